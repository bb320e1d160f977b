import { describe, expect, it } from 'vitest';
import { codeInReply } from '../../src/ui/scam/reply';

describe('codeInReply', () => {
  it('finds a code however it is typed', () => {
    expect(codeInReply('482913')).toBe('482913');
    expect(codeInReply('sure, it is 482 913 :)')).toBe('482913');
    expect(codeInReply('482-913')).toBe('482913');
    expect(codeInReply('Code: 48291301')).toBe('48291301');
  });

  it('takes the first code when there are two', () => {
    expect(codeInReply('111222 or maybe 333444')).toBe('111222');
  });

  it('finds none in a reply without one', () => {
    expect(codeInReply('Who is this?')).toBeNull();
    expect(codeInReply('')).toBeNull();
    expect(codeInReply('call me at 9 or 10')).toBeNull();
    expect(codeInReply('see you at 12:30')).toBeNull();
  });
});
