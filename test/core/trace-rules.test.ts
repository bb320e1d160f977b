// Trace rules the trace tests left unpinned, written against the surviving mutants of
// `npm run mutation` (doc/benchmarks.md). Expected values come from doc/api.md ("Traces":
// `ReplayResult`, "copy as test", `Recorder`), never from a replay of the same trace.
import { describe, expect, it } from 'vitest';
import {
  preset,
  Recorder,
  recorderFromTrace,
  replayTrace,
  SIM_EPOCH,
  traceEvents,
  traceToTest,
  type Trace,
} from '../../src/core';

/** A short run: a wrong code, a resend after the cooldown, the right code. */
function sample(scenario: string | null = null): Trace {
  const r = new Recorder(
    {
      purpose: { kind: 'sign-in', device: 'a new laptop' },
      channel: 'sms',
      policy: preset('retail'),
    },
    7,
    scenario,
  );
  r.send({ type: 'SUBMIT', code: '000000' });
  r.advance(61_000);
  r.send({ type: 'RESEND' });
  r.advance(5_000);
  r.send({ type: 'SUBMIT', code: r.actor.getSnapshot().context.codes.at(-1)?.code ?? '' });
  return r.trace();
}

const copy = (t: Trace): Trace => JSON.parse(JSON.stringify(t)) as Trace;

describe('replayTrace: the first difference in words (api.md, ReplayResult)', () => {
  it('a faithful trace matches', async () => {
    const r = await replayTrace(sample());
    expect(r).toMatchObject({ matches: true, difference: null, state: 'accepted' });
  });

  it('another final state: "ended in …, the trace recorded …"', async () => {
    const t = copy(sample());
    t.final.state = 'expired';
    const r = await replayTrace(t);
    expect(r.matches).toBe(false);
    expect(r.difference).toBe('ended in "accepted", the trace recorded "expired"');
  });

  it('one entry changed: the logs differ from that entry', async () => {
    const t = copy(sample());
    const k = 2;
    t.final.log[k] = { ...t.final.log[k]!, at: t.final.log[k]!.at + 1 };
    const r = await replayTrace(t);
    expect(r).toMatchObject({ matches: false, difference: `the logs differ from entry ${k}` });
  });

  it('an entry missing at the end: the logs differ from where the shorter one ends', async () => {
    const t = copy(sample());
    const n = t.final.log.length;
    t.final.log.pop();
    const r = await replayTrace(t);
    expect(r).toMatchObject({ matches: false, difference: `the logs differ from entry ${n - 1}` });
  });

  it('an entry too many at the end: the same', async () => {
    const t = copy(sample());
    const n = t.final.log.length;
    t.final.log.push({ ...t.final.log[n - 1]! });
    const r = await replayTrace(t);
    expect(r).toMatchObject({ matches: false, difference: `the logs differ from entry ${n}` });
  });

  it('the first entry changed is entry 0, not "no difference"', async () => {
    const t = copy(sample());
    t.final.log[0] = { ...t.final.log[0]!, at: t.final.log[0]!.at + 1 };
    expect((await replayTrace(t)).difference).toBe('the logs differ from entry 0');
  });
});

describe('traceEvents: each event at its time, then let the authenticator check finish', () => {
  it('sends commands, waits for WAIT, settles after each', () => {
    const t = sample();
    const events = traceEvents(t);
    expect(events).toHaveLength(t.events.length * 2);
    t.events.forEach((e, i) => {
      const { at, ...command } = e;
      expect(events[2 * i]).toEqual(
        e.type === 'WAIT'
          ? { kind: 'wait', at: SIM_EPOCH + at }
          : { kind: 'send', at: SIM_EPOCH + at, command },
      );
      expect(events[2 * i + 1]).toEqual({ kind: 'settle' });
    });
  });
});

describe('Recorder', () => {
  it('advance(ms) moves its clock by ms', () => {
    const r = new Recorder(sample().input, 1);
    const before = r.clock.now();
    r.advance(1234);
    expect(r.clock.now()).toBe(before + 1234);
  });

  it('a recorder rebuilt from a trace goes on with the events already sent', async () => {
    const t = sample();
    const r = await recorderFromTrace(t);
    r.send({ type: 'CANCEL' });
    const again = r.trace();
    // The commands the trace sent (its closing WAIT only marked the end, and the clock is
    // there now), then the new one, then a closing WAIT.
    const sent = t.events.filter((e) => e.type !== 'WAIT');
    expect(sent.length).toBeGreaterThan(0);
    expect(again.events.slice(0, sent.length)).toEqual(sent);
    expect(again.events.slice(sent.length).map((e) => e.type)).toEqual(['CANCEL', 'WAIT']);
    expect((await replayTrace(again)).matches).toBe(true);
  });
});

describe('traceToTest: "copy as test" (api.md)', () => {
  it('imports the core from where a test under test/core/ finds it, as api.md’s example does', () => {
    expect(traceToTest(sample())).toContain(
      "import { parseTrace, replayTrace } from '../../src/core';",
    );
    expect(traceToTest(sample(), '../src/core')).toContain(
      "import { parseTrace, replayTrace } from '../src/core';",
    );
  });

  it('names the test by scenario (or purpose), final state and seed', () => {
    const t = sample();
    expect(traceToTest(t)).toContain(`it("sign-in ends accepted (seed 7)", async () => {`);
    expect(traceToTest(sample('new-device'))).toContain(
      `it("new-device ends accepted (seed 7)", async () => {`,
    );
  });

  it('checks the parse, then asserts the final state and the whole log', () => {
    const lines = traceToTest(sample()).split('\n');
    expect(lines).toContain('  if (!parsed.ok) throw new Error(parsed.error);');
    expect(lines).toContain('  expect(replay.state).toBe("accepted");');
    expect(lines).toContain('  expect(replay.log).toEqual(trace.final.log);');
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe('});');
  });
});
