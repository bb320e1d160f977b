import { loadScenario } from '../../src/core/scenario/library';
import { ScenarioRun } from '../../src/core/scenario/run';
import { newestCode } from '../../src/core/scenario/selectors';
import { describe, expect, it } from 'vitest';
import { codeInReply } from '../../src/core/scam/reply';

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

describe('ScenarioRun.reply', () => {
  async function atTheCode(): Promise<{ run: ScenarioRun; code: string; from: string }> {
    const run = new ScenarioRun(await loadScenario('scam-reply'), { seed: 3 });
    while (newestCode(run.state) === null) expect(run.skipToNext()).toBe(true);
    const from = run.state.arrivals.find((a) => a.beat !== null)!.from;
    return { run, code: newestCode(run.state)!, from };
  }

  it('keeps a reply without a code in the run and hands nothing over', async () => {
    const { run, from } = await atTheCode();
    expect(run.reply(from, '  Who is this?  ')).toBe('sent');
    expect(run.state.replies).toEqual([
      { to: from, text: 'Who is this?', at: run.clock.now(), code: null },
    ]);
    expect(run.state.decisions.filter((d) => d.id === 'share-code')).toEqual([]);
    expect(run.log.at(-1)).toMatchObject({ actor: 'learner', event: `reply to ${from}` });
  });

  it('hands over a code typed in a reply, however it is grouped', async () => {
    const { run, code, from } = await atTheCode();
    const typed = `ok it is ${code.slice(0, 3)}-${code.slice(3)}`;
    expect(run.reply(from, typed)).toBe('sent');
    expect(run.state.replies.at(-1)).toMatchObject({ text: typed, code });
    expect(run.state.decisions.at(-1)).toMatchObject({ id: 'share-code', choice: 'reply' });
    while (run.skipToNext());
    expect(run.debrief().outcome).toBe('taken-over');
  });

  it('refuses an empty reply and one after the run ended, changing nothing', async () => {
    const { run, from } = await atTheCode();
    expect(run.reply(from, '   ')).toBe('empty');
    run.stop();
    expect(run.reply(from, 'hello')).toBe('ended');
    expect(run.state.replies).toEqual([]);
  });
});
