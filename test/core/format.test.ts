import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, parseLinks, splitAddress } from '../../src/core';
import { plainText } from '../../src/core/format';

describe('format', () => {
  it('formats simulated time and durations', () => {
    expect(formatClock(Date.UTC(2026, 2, 2, 9, 58, 7), true)).toBe('09:58:07');
    expect(formatDuration(300_000)).toBe('5 min');
    expect(formatDuration(3_690_000)).toBe('1 h 1 min 30 s');
    expect(formatDuration(0)).toBe('0 s');
  });

  it('splits links from text, keeping where they really go', () => {
    expect(parseLinks('Go to [larkspur.example](https://larkspur-help.example/login) now')).toEqual(
      [
        { text: 'Go to ' },
        { text: 'larkspur.example', href: 'https://larkspur-help.example/login' },
        { text: ' now' },
      ],
    );
    expect(parseLinks('no links')).toEqual([{ text: 'no links' }]);
    // Only http(s): a script URL stays plain text.
    expect(parseLinks('[x](javascript:alert(1))')).toEqual([{ text: '[x](javascript:alert(1))' }]);
  });

  it('shows a message on the lock screen as plain text, a link as its words', () => {
    expect(
      plainText(
        'Confirm at [shop-verify.example/account](https://shop-verify.example/account) now',
      ),
    ).toBe('Confirm at shop-verify.example/account now');
    expect(plainText('no links')).toBe('no links');
  });
});

describe('splitAddress', () => {
  it('puts the real domain apart from the scheme and the path', () => {
    expect(splitAddress('https://larkspur-verify.example/account?x=1')).toEqual({
      scheme: 'https://',
      host: 'larkspur-verify.example',
      rest: '/account?x=1',
    });
  });

  it('shows an address that is not a URL as written, all host', () => {
    expect(splitAddress('larkspur.example')).toEqual({
      scheme: '',
      host: 'larkspur.example',
      rest: '',
    });
  });
});
