import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  MAX_TRACE_BYTES,
  parseTrace,
  preset,
  Recorder,
  replayTrace,
  traceToTest,
  type ChallengeInput,
  type PresetId,
  type Trace,
  validatePolicy,
} from '../../src/core';
import { PolicySchema } from '../../src/core/schema/trace';

const signIn = { kind: 'sign-in', device: 'Firefox on Linux' } as const;
const input = (p: PresetId = 'retail'): ChallengeInput => ({
  purpose: signIn,
  channel: 'sms',
  policy: preset(p),
});

type Step = { do: 'right' | 'wrong' | 'resend' | 'cancel' | 'wait'; ms: number };
const step: fc.Arbitrary<Step> = fc.record({
  do: fc.constantFrom('right', 'wrong', 'wrong', 'resend', 'cancel', 'wait', 'wait'),
  ms: fc.integer({ min: 0, max: 8 * 60_000 }),
});

function record(p: PresetId, seed: number, steps: Step[]): Trace {
  const r = new Recorder(input(p), seed);
  for (const s of steps) {
    const codes = r.actor.getSnapshot().context.codes;
    if (s.do === 'right') r.send({ type: 'SUBMIT', code: codes.at(-1)?.code ?? '' });
    else if (s.do === 'wrong') r.send({ type: 'SUBMIT', code: '0'.repeat(preset(p).digits) });
    else if (s.do === 'resend') r.send({ type: 'RESEND' });
    else if (s.do === 'cancel') r.send({ type: 'CANCEL' });
    else r.advance(s.ms);
  }
  return r.trace();
}

function sample(): Trace {
  const steps: Step[] = [
    { do: 'wrong', ms: 0 },
    { do: 'wait', ms: 40_000 },
    { do: 'resend', ms: 0 },
    { do: 'wait', ms: 6 * 60_000 },
    { do: 'resend', ms: 0 },
    { do: 'right', ms: 0 },
  ];
  return record('retail', 9, steps);
}

describe('traces', () => {
  it('export → import → replay gives the same log, byte for byte, for generated runs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<PresetId>('retail', 'nist', 'strict', 'weak'),
        fc.integer({ min: 1, max: 1e9 }),
        fc.array(step, { maxLength: 25 }),
        async (p, seed, steps) => {
          const trace = record(p, seed, steps);
          const parsed = parseTrace(JSON.stringify(trace));
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const replay = await replayTrace(parsed.trace);
          expect(replay.difference).toBeNull();
          expect(JSON.stringify(replay.log)).toBe(JSON.stringify(trace.final.log));
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('notices a tampered trace', async () => {
    const t = sample();
    t.events = t.events.filter((e) => e.type !== 'RESEND');
    const r = await replayTrace(t);
    expect(r.matches).toBe(false);
    expect(r.difference).toMatch(/ended in|logs differ/);
  });

  const good = () => JSON.parse(JSON.stringify(sample())) as Record<string, unknown>;
  const bad: [string, () => string, RegExp][] = [
    ['wrong JSON', () => '{"format": ', /not JSON/],
    ['not an object', () => '[1,2]', /^A trace is a JSON object, not a list of 2\.$/],
    [
      'another format',
      () => JSON.stringify({ ...good(), format: 'har' }),
      /not an OTP Sandbox trace/,
    ],
    ['unknown version', () => JSON.stringify({ ...good(), version: 7 }), /version 7 is unknown/],
    ['bad seed', () => JSON.stringify({ ...good(), seed: 1.5 }), /seed/],
    [
      'no input',
      () => JSON.stringify({ ...good(), input: null }),
      /^input: must be the challenge input, an object \(it is null\)\.$/,
    ],
    [
      'bad policy',
      () =>
        JSON.stringify({
          ...good(),
          input: { ...(good().input as object), policy: { ...preset('retail'), digits: 0 } },
        }),
      /^input\.policy\.digits: must be a whole number from 1 to 10 \(it is 0\)\.$/,
    ],
    [
      'unknown purpose',
      () =>
        JSON.stringify({
          ...good(),
          input: { ...(good().input as object), purpose: { kind: 'lottery' } },
        }),
      /^input\.purpose\.kind: must be one of sign-in, .*, suspicious-activity \(it is "lottery"\)\.$/,
    ],
    [
      'unknown channel',
      () => JSON.stringify({ ...good(), input: { ...(good().input as object), channel: 'fax' } }),
      /^input\.channel: must be one of sms, email, authenticator \(it is "fax"\)\.$/,
    ],
    [
      'unknown event',
      () => JSON.stringify({ ...good(), events: [{ at: 0, type: 'HACK' }] }),
      /^events\[0\]\.type: must be one of SUBMIT, RESEND, CANCEL, WAIT \(it is "HACK"\)\.$/,
    ],
    [
      'time going back',
      () =>
        JSON.stringify({
          ...good(),
          events: [
            { at: 5, type: 'CANCEL' },
            { at: 1, type: 'CANCEL' },
          ],
        }),
      /^events\[1\]\.at: must not be earlier than the event before it \(at 5 ms\) \(it is 1\)\.$/,
    ],
    [
      'submit without code',
      () => JSON.stringify({ ...good(), events: [{ at: 0, type: 'SUBMIT' }] }),
      /^events\[0\]\.code: is missing\.$/,
    ],
    [
      'resend by fax',
      () => JSON.stringify({ ...good(), events: [{ at: 0, type: 'RESEND', channel: 'fax' }] }),
      /^events\[0\]\.channel: must be one of sms, email \(it is "fax"\)\.$/,
    ],
    [
      'no final',
      () => JSON.stringify({ ...good(), final: null }),
      /^final: must be where the run ended, an object \(it is null\)\.$/,
    ],
    [
      'too many events',
      () =>
        JSON.stringify({
          ...good(),
          events: Array.from({ length: 10_001 }, () => ({ at: 0, type: 'WAIT' })),
        }),
      /^events: must hold at most 10000 events \(it is a list of 10001\)\.$/,
    ],
    [
      'oversized',
      () => ' '.repeat(MAX_TRACE_BYTES + 1),
      /^This is 1000001 bytes; a trace may be at most 1000000 bytes\.$/,
    ],
  ];
  it.each(bad)('refuses %s with a message naming the problem', (_name, text, message) => {
    const r = parseTrace(text());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('"copy as test" writes a Vitest test that passes on the trace and fails when tampered', async () => {
    const dir = mkdtempSync(join(process.cwd(), 'test/core/.generated-'));
    try {
      const file = join(dir, 'copied.test.ts');
      writeFileSync(file, traceToTest(sample(), '../../../src/core'));
      const pass = spawnSync('npx', ['vitest', 'run', file], { encoding: 'utf8' });
      expect(pass.status, pass.stdout + pass.stderr).toBe(0);
      const t = sample();
      writeFileSync(
        file,
        traceToTest({ ...t, final: { ...t.final, state: 'expired' } }, '../../../src/core'),
      );
      const fail = spawnSync('npx', ['vitest', 'run', file], { encoding: 'utf8' });
      expect(fail.status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('the replay CLI passes on a good trace and fails on a tampered one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'otp-trace-'));
    const goodFile = join(dir, 'good.json');
    const tamperedFile = join(dir, 'tampered.json');
    const brokenFile = join(dir, 'broken.json');
    const t = sample();
    writeFileSync(goodFile, JSON.stringify(t));
    writeFileSync(tamperedFile, JSON.stringify({ ...t, final: { ...t.final, state: 'locked' } }));
    writeFileSync(brokenFile, '{');
    const run = (file: string) =>
      spawnSync('node', ['scripts/replay.mjs', file], { encoding: 'utf8' });
    const ok = run(goodFile);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/final state: accepted/);
    expect(ok.stdout).toMatch(/SUBMIT .* accepted/);
    const tampered = run(tamperedFile);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toMatch(/does not match/);
    const broken = run(brokenFile);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/Not a valid trace: This is not JSON/);
  }, 30_000);
});

describe('the trace schema’s policy', () => {
  const SEC = 1000;
  const DAY = 24 * 3600 * SEC;
  const values = fc.constantFrom<unknown>(
    ...[-1, 0, 1, 2, 5, 6, 10, 11, 999, 1000, 30 * SEC, 7 * DAY, 7 * DAY + 1, 100_000, 100_001],
    ...[1.5, 1e308, null, '6', true, false, 'retail', ' ', 'x'.repeat(41), [], {}],
    { freeFailures: 3, firstWaitMs: 30 * SEC, maxWaitMs: 3600 * SEC },
    { freeFailures: 0, firstWaitMs: 10 * SEC, maxWaitMs: 5 * SEC },
    { freeFailures: -1, firstWaitMs: 1, maxWaitMs: 1 },
  );
  const fields = Object.keys(preset('retail'));
  const policies = fc
    .tuple(
      fc.constantFrom<PresetId>('retail', 'nist', 'strict', 'weak'),
      fc.array(fc.tuple(fc.constantFrom(...fields), values), { maxLength: 3 }),
    )
    .map(([id, changes]) => {
      const p: Record<string, unknown> = { ...preset(id) };
      for (const [field, value] of changes) p[field] = value;
      return p;
    });

  it('accepts exactly the policies validatePolicy accepts (one rule, in two places, kept equal)', () => {
    fc.assert(
      fc.property(policies, (p) => {
        expect(v.safeParse(PolicySchema, p).success).toBe(validatePolicy(p).ok);
      }),
      { numRuns: 3000 },
    );
  });
});
