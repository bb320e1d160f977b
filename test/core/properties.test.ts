/**
 * Property-based tests: fast-check throws thousands of random sequences of
 * submissions, resends, cancels and clock jumps at a challenge, and the
 * safety rules of standards.md must hold after every one of them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  preset,
  SeededRandom,
  SimulatedClock,
  SIM_EPOCH,
  startChallenge,
  type AuditEntry,
  type ChallengeActor,
  type ChallengeContext,
  type PresetId,
} from '../../src/core';

type Kind = 'right' | 'wrong' | 'old' | 'reused' | 'malformed';
type Command =
  | { do: 'submit'; kind: Kind; garbage: string }
  | { do: 'resend'; channel?: 'email' }
  | { do: 'cancel' }
  | { do: 'tick'; ms: number };

const MIN = 60_000;

// Thousands of runs per test: allow for a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      do: fc.constant('submit' as const),
      kind: fc.constantFrom<Kind>('right', 'wrong', 'wrong', 'old', 'reused', 'malformed'),
      garbage: fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('', '12a456', '1 2 3', 'x'.repeat(40)),
      ),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ do: 'resend' as const }) },
  { weight: 1, arbitrary: fc.constant({ do: 'resend' as const, channel: 'email' as const }) },
  { weight: 1, arbitrary: fc.constant({ do: 'cancel' as const }) },
  {
    weight: 4,
    arbitrary: fc.record({
      do: fc.constant('tick' as const),
      ms: fc.oneof(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 20 * MIN })),
    }),
  },
);

const scenario = fc.record({
  preset: fc.constantFrom<PresetId>('retail', 'nist', 'strict'),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  commands: fc.array(command, { minLength: 1, maxLength: 30 }),
});

interface Step {
  command: Command;
  code: string | null;
  /** The simulated time the test acted at. */
  at: number;
  before: ChallengeContext;
  beforeState: string;
  after: ChallengeContext;
  afterState: string;
  entries: AuditEntry[];
}

function codeOf(ctx: ChallengeContext, kind: Kind, garbage: string): string {
  const newest = ctx.codes.at(-1);
  switch (kind) {
    case 'right':
      return newest?.code ?? '000000';
    case 'old':
      return ctx.codes.length > 1 ? ctx.codes[0]!.code : (newest?.code ?? '');
    case 'reused':
      return ctx.codes.find((c) => c.status === 'used')?.code ?? newest?.code ?? '';
    case 'malformed':
      return garbage.replace(/^\s*\d+(?:[ -]\d+)?\s*$/, 'x'); // never a well-formed code
    case 'wrong': {
      const issued = new Set(ctx.codes.map((c) => c.code));
      for (let i = 0; ; i++) {
        const c = String(i).padStart(ctx.policy.digits, '0');
        if (!issued.has(c)) return c;
      }
    }
  }
}

function run(presetId: PresetId, seed: number, commands: Command[]) {
  const clock = new SimulatedClock(SIM_EPOCH);
  const actor: ChallengeActor = startChallenge(
    {
      purpose: { kind: 'sign-in', device: 'Firefox on Linux' },
      channel: 'sms',
      policy: preset(presetId),
    },
    { clock, random: new SeededRandom(seed) },
  );
  const steps: Step[] = [];
  const snap = () => actor.getSnapshot();
  // When each code was sent, by the test's own clock: the first at the start, each
  // resend's at the moment the test asked for it (a refused resend adds none).
  const sentAt = new Map<string, number>();
  const noteSent = (ctx: ChallengeContext, at: number) => {
    for (const c of ctx.codes) if (!sentAt.has(c.ref)) sentAt.set(c.ref, at);
  };
  noteSent(snap().context, SIM_EPOCH);
  for (const c of commands) {
    const at = clock.now();
    const before = snap().context;
    const beforeState = String(snap().value);
    let code: string | null = null;
    if (c.do === 'submit') {
      code = codeOf(before, c.kind, c.garbage);
      actor.send({ type: 'SUBMIT', code });
    } else if (c.do === 'resend') {
      actor.send(c.channel ? { type: 'RESEND', channel: c.channel } : { type: 'RESEND' });
    } else if (c.do === 'cancel') {
      actor.send({ type: 'CANCEL' });
    } else {
      clock.increment(c.ms);
    }
    const after = snap().context;
    if (c.do === 'resend') noteSent(after, at);
    steps.push({
      command: c,
      code,
      at,
      before,
      beforeState,
      after,
      afterState: String(snap().value),
      entries: after.log.slice(before.log.length),
    });
  }
  actor.stop();
  return { steps, log: snap().context.log, final: snap().context, sentAt };
}

const withoutLog = ({ log: _log, ...rest }: ChallengeContext) => rest;

let runs = 0;
let runMs = 0;

/** The rules every honest policy must keep. */
function checkSafety(presetId: PresetId, seed: number, commands: Command[]): void {
  const policy = preset(presetId);
  const started = performance.now();
  const { steps, log, final, sentAt } = run(presetId, seed, commands);
  const accepted = log.filter((e) => e.outcome === 'accepted');
  // At most one acceptance per challenge.
  expect(accepted.length).toBeLessThanOrEqual(1);
  for (const entry of accepted) {
    const record = final.codes.find((c) => c.ref === entry.codeRef);
    expect(record, 'the accepted code was issued').toBeDefined();
    // Never at or after expiry: the policy's lifetime from when the test had it sent.
    const sent = sentAt.get(entry.codeRef!);
    expect(sent, 'the test saw the accepted code sent').toBeDefined();
    expect(entry.at).toBeLessThan(sent! + policy.lifetimeMs);
    // Only the newest code: a superseded code never gets in.
    expect(record!.n).toBe(final.codes.length - 1);
    // Never out of a lockout or a wait.
    expect(['pending', 'verifying']).toContain(entry.from);
    for (const lock of log.filter((e) => e.to === 'locked')) {
      expect(entry.at < lock.at || entry.at >= lock.at + policy.lockoutMs).toBe(true);
    }
  }
  for (const s of steps) {
    // Counted failures never pass the limit.
    expect(s.after.failures).toBeLessThanOrEqual(policy.maxFailures ?? Infinity);
    // Resend never resets the count.
    if (s.command.do === 'resend')
      expect(s.after.failures).toBeGreaterThanOrEqual(s.before.failures);
    if (s.command.do === 'submit') {
      const entry = s.entries.at(-1)!;
      // A used code never works twice.
      if (s.before.codes.find((c) => c.code === s.code)?.status === 'used') {
        expect(entry.outcome).not.toBe('accepted');
      }
      if (s.command.kind === 'malformed') {
        // Malformed input changes nothing but the log. Where a code can be
        // typed (pending, expired) the learner hears it is malformed; where
        // entry is shut (locked, waiting, voided, over), they hear that instead.
        if (['pending', 'expired'].includes(s.beforeState)) {
          expect(entry.outcome).toBe('malformed');
        } else {
          expect(['locked', 'voided', 'closed']).toContain(entry.outcome);
        }
        expect(withoutLog(s.after)).toEqual(withoutLog(s.before));
        expect(s.afterState).toBe(s.beforeState);
        expect(entry.codeRef).toBeNull();
      }
      // And the engine is not merely refusing everything: the live code works.
      if (s.beforeState === 'pending' && s.command.kind === 'right') {
        expect(entry.outcome).toBe('accepted');
      }
    }
    // Each step's log grows by whole entries, numbered in order.
    s.entries.forEach((e, i) => expect(e.seq).toBe(s.before.log.length + i));
  }
  // Same seed and same timed events: the same log, byte for byte.
  expect(JSON.stringify(run(presetId, seed, commands).log)).toBe(JSON.stringify(log));
  runs++;
  runMs += performance.now() - started;
}

describe('properties of every honest policy (retail, nist, strict)', () => {
  it('hold over 10,000 random sequences', () => {
    fc.assert(
      fc.property(scenario, ({ preset: p, seed, commands }) => checkSafety(p, seed, commands)),
      { numRuns: 10_000, seed: Number(process.env.FC_SEED ?? 20261123) },
    );
  }, 120_000);
});

describe('the weak preset breaks rules on purpose: that is its lesson', () => {
  const weak = fc.record({
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    commands: fc.array(command, { minLength: 1, maxLength: 30 }),
  });
  const breaks = (rule: (r: ReturnType<typeof run>) => boolean) =>
    fc.check(
      fc.property(weak, ({ seed, commands }) => rule(run('weak', seed, commands))),
      { numRuns: 10_000, seed: 7 },
    ).failed;

  it('lets a resend reset the failure count', () => {
    expect(
      breaks((r) =>
        r.steps.every((s) => s.command.do !== 'resend' || s.after.failures >= s.before.failures),
      ),
    ).toBe(true);
  });

  it('accepts a code that is not the newest', () => {
    expect(
      breaks((r) =>
        r.log
          .filter((e) => e.outcome === 'accepted')
          .every(
            (e) => r.final.codes.find((c) => c.ref === e.codeRef)?.n === r.final.codes.length - 1,
          ),
      ),
    ).toBe(true);
  });

  it('never locks, however many wrong codes arrive', () => {
    expect(breaks((r) => r.final.failures < 5 || r.log.some((e) => e.to === 'locked'))).toBe(true);
  });

  it('still keeps the rules it does not break: one acceptance, never after expiry', () => {
    fc.assert(
      fc.property(weak, ({ seed, commands }) => {
        const r = run('weak', seed, commands);
        const accepted = r.log.filter((e) => e.outcome === 'accepted');
        expect(accepted.length).toBeLessThanOrEqual(1);
        for (const e of accepted) {
          expect(e.at).toBeLessThan(r.sentAt.get(e.codeRef!)! + preset('weak').lifetimeMs);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

afterAll(() => {
  // Read by `npm run bench` (property-test throughput).
  mkdirSync('.reports', { recursive: true });
  writeFileSync(
    '.reports/property-throughput.json',
    JSON.stringify({ runs, ms: Math.round(runMs) }),
  );
});
