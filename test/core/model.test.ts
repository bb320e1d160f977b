/**
 * Model-based tests: xstate/graph walks the challenge machine and gives the
 * shortest path to every state it can reach; each path is then replayed on a
 * real actor whose timers run on a SimulatedClock, and the replay must pass
 * through the same states. Finally the paths must have visited every state
 * and taken every transition the machine defines.
 *
 * Timers make this more than a plain walk: the walk only offers the timer
 * that would really fire next (times come from the context), so every path
 * is one a clock can produce.
 */
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import type { AnyEventObject, AnyStateNode, InspectionEvent } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import {
  base32Encode,
  CHALLENGE_STATES,
  createChallengeMachine,
  preset,
  SeededRandom,
  SimulatedClock,
  SIM_EPOCH,
  totp,
  totpStep,
  type ChallengeContext,
  type ChallengeInput,
  type ChallengeMachine,
  type Policy,
  type TotpEnrolment,
  type VerifyInput,
  type VerifyOutput,
} from '../../src/core';

type Verdict = 'ok' | 'no-match' | 'replayed' | 'error';
type SubmitKind = 'current' | 'older' | 'used' | 'wrong' | 'malformed' | 'totp' | 'busy';

interface Config {
  name: string;
  input: ChallengeInput;
  verdicts: Verdict[];
  /** Also offer RESEND to another channel. */
  switchChannel?: boolean;
  /** Stop offering RESEND after this many (for policies with no real limit). */
  resendBudget?: number;
}

const SECRET = new TextEncoder().encode('12345678901234567890');
const ENROLMENT: TotpEnrolment = {
  secret: base32Encode(SECRET),
  digits: 6,
  period: 30,
  algorithm: 'SHA-1',
  issuer: 'Larkspur',
  account: 'sam.rivera@mail.example',
};
const signIn = { kind: 'sign-in', device: 'Firefox on Linux' } as const;
const custom = (over: Partial<Policy>): Policy => ({ ...preset('retail'), id: 'model', ...over });

const CONFIGS: Config[] = [
  {
    name: 'retail preset, SMS',
    input: { purpose: signIn, channel: 'sms', policy: preset('retail') },
    verdicts: [],
  },
  {
    name: 'throttling (nist-like, small numbers), SMS',
    input: {
      purpose: signIn,
      channel: 'sms',
      policy: custom({
        maxFailures: 4,
        lockoutMs: 600_000,
        lifetimeMs: 600_000,
        throttle: { freeFailures: 1, firstWaitMs: 20_000, maxWaitMs: 40_000 },
        maxResends: 2,
        emailForAuthentication: false,
      }),
    },
    verdicts: [],
    switchChannel: true,
  },
  {
    name: 'cooldown longer than the lockout, SMS',
    input: {
      purpose: signIn,
      channel: 'sms',
      policy: custom({
        maxFailures: 2,
        lockoutMs: 10_000,
        resendCooldownMs: 100_000,
        maxResends: 1,
      }),
      deliveries: [{ latencyMs: 3_000 }, { latencyMs: 5_000 }],
    },
    verdicts: [],
  },
  {
    name: 'a throttle wait and a cooldown that outlast the code, SMS',
    input: {
      purpose: signIn,
      channel: 'sms',
      policy: custom({
        lifetimeMs: 60_000,
        maxFailures: 3,
        throttle: { freeFailures: 0, firstWaitMs: 90_000, maxWaitMs: 90_000 },
        resendCooldownMs: 120_000,
        maxResends: 1,
      }),
    },
    verdicts: [],
  },
  {
    name: 'weak preset, SMS',
    input: { purpose: signIn, channel: 'sms', policy: preset('weak') },
    verdicts: [],
    resendBudget: 2,
  },
  {
    name: 'authenticator app',
    input: {
      purpose: signIn,
      channel: 'authenticator',
      policy: custom({
        maxFailures: 3,
        throttle: { freeFailures: 1, firstWaitMs: 20_000, maxWaitMs: 20_000 },
      }),
      enrolment: ENROLMENT,
      lastUsedStep: totpStep(SIM_EPOCH) - 1,
    },
    verdicts: ['ok', 'no-match', 'replayed'],
  },
  {
    name: 'authenticator app whose checker fails',
    input: {
      purpose: signIn,
      channel: 'authenticator',
      policy: preset('retail'),
      enrolment: ENROLMENT,
    },
    verdicts: ['error'],
  },
];

const failingChecker = {
  actors: {
    verifyTotp: fromPromise<VerifyOutput, VerifyInput>(() =>
      Promise.reject(new Error('Web Crypto unavailable')),
    ),
  },
};

function machineFor(
  config: Config,
  env: Parameters<typeof createChallengeMachine>[0],
): ChallengeMachine {
  const m = createChallengeMachine(env);
  return (config.verdicts.includes('error') ? m.provide(failingChecker) : m) as ChallengeMachine;
}

interface Snap {
  value: unknown;
  context: ChallengeContext;
}

/** The part of a snapshot that decides what happens next. */
function abstract(s: Snap): string {
  const c = s.context;
  return JSON.stringify({
    v: s.value,
    // With no failure limit, the count past 2 changes nothing but a number.
    f: c.policy.maxFailures === null ? Math.min(c.failures, 2) : c.failures,
    r: c.resends,
    cd: c.coolingDown,
    live: c.codes.filter((x) => x.status === 'live').length,
    sup: c.codes.some((x) => x.status === 'superseded'),
    used: c.codes.some((x) => x.status === 'used'),
    // Messages still on their way: their arrival is what lets time move on.
    und: c.codes.filter((x) => x.arrivedAt === null).length,
  });
}

const now = (c: ChallengeContext) => c.log.at(-1)?.at ?? SIM_EPOCH;

/** The timers pending in a snapshot, with the time each is due. */
function timers(s: Snap): { event: AnyEventObject; at: number }[] {
  const c = s.context;
  const out: { event: AnyEventObject; at: number }[] = [];
  const v = String(s.value);
  if (v === 'pending' || v === 'throttled') {
    out.push({ event: { type: `xstate.after.codeLifetime.challenge.${v}` }, at: c.expiresAt });
  }
  if (v === 'throttled' && c.waitUntil !== null) {
    out.push({ event: { type: 'xstate.after.throttleWait.challenge.throttled' }, at: c.waitUntil });
  }
  if (v === 'locked' && c.lockedUntil !== null) {
    out.push({ event: { type: 'xstate.after.lockout.challenge.locked' }, at: c.lockedUntil });
  }
  const last = c.codes.at(-1);
  if (c.coolingDown && last) {
    out.push({ event: { type: 'otp.cooldown-over' }, at: last.sentAt + c.policy.resendCooldownMs });
  }
  for (const code of c.codes) {
    if (code.arrivedAt === null) {
      out.push({ event: { type: 'otp.deliver', n: code.n }, at: code.sentAt + code.latencyMs });
    }
  }
  return out;
}

function codeFor(c: ChallengeContext, kind: SubmitKind): string | null {
  const pick = (status: string) =>
    [...c.codes].reverse().find((x) => x.status === status)?.code ?? null;
  switch (kind) {
    case 'current':
      return pick('live');
    case 'older':
      return pick('superseded');
    case 'used':
      return pick('used');
    case 'malformed':
      return '12a456';
    case 'totp':
    case 'busy':
      return '000000';
    case 'wrong': {
      const issued = new Set(c.codes.map((x) => x.code));
      for (let i = 0; ; i++) {
        const code = String(i).padStart(c.policy.digits, '0');
        if (!issued.has(code)) return code;
      }
    }
  }
}

function eventsFor(config: Config) {
  return (s: Snap): AnyEventObject[] => {
    const c = s.context;
    const at = now(c);
    if (s.value === 'verifying') {
      const step = totpStep(at);
      const verdicts = {
        ok: {
          type: 'xstate.done.actor.verify',
          output: { verdict: { ok: true, step, drift: 0 }, codeRef: '#000000' },
        },
        'no-match': {
          type: 'xstate.done.actor.verify',
          output: { verdict: { ok: false, reason: 'no-match' }, codeRef: '#000000' },
        },
        replayed: {
          type: 'xstate.done.actor.verify',
          output: {
            verdict: { ok: false, reason: 'replayed', step: step - 1 },
            codeRef: '#000000',
          },
        },
        error: { type: 'xstate.error.actor.verify', error: 'Web Crypto unavailable' },
      };
      return [
        ...config.verdicts.map((v) => ({ ...verdicts[v], at, verdict: v })),
        { type: 'SUBMIT', code: '000000', kind: 'busy', at },
        { type: 'RESEND', at },
        { type: 'CANCEL', at },
      ];
    }
    const kinds: SubmitKind[] =
      c.channel === 'authenticator'
        ? ['totp', 'malformed']
        : ['current', 'older', 'used', 'wrong', 'malformed'];
    const submits = kinds.flatMap((kind) => {
      const code = codeFor(c, kind);
      return code === null ? [] : [{ type: 'SUBMIT', code, kind, at }];
    });
    const pending = timers(s).filter((t) => t.at >= at);
    const first = Math.min(...pending.map((t) => t.at));
    let next = pending.filter((t) => t.at === first);
    // Messages sent at once arrive in the order they were sent, as on the clock.
    if (next.every((t) => t.event.type === 'otp.deliver')) next = next.slice(0, 1);
    // Any other tie would make the order of the walk a guess.
    if (next.length > 1)
      throw new Error(`Timers tie at ${first} in ${config.name}: choose other numbers`);
    // A timer due now fires before anyone can act.
    if (first <= at) return next.map((t) => ({ ...t.event, at: t.at }));
    return [
      ...submits,
      ...(c.resends < (config.resendBudget ?? Infinity) ? [{ type: 'RESEND', at }] : []),
      ...(config.switchChannel ? [{ type: 'RESEND', channel: 'email', at }] : []),
      { type: 'CANCEL', at },
      ...next.map((t) => ({ ...t.event, at: t.at })),
    ];
  };
}

/** Identifies a transition definition the same way in every machine instance. */
function transitionId(t: { source: AnyStateNode; eventType: string }, index: number): string {
  return `${t.source.id} ${t.eventType} #${index}`;
}

function allTransitions(machine: ChallengeMachine): string[] {
  const nodes: AnyStateNode[] = [machine.root, ...Object.values(machine.root.states)];
  return nodes.flatMap((node) =>
    [...node.transitions.entries()].flatMap(([, defs]) => defs.map((d, i) => transitionId(d, i))),
  );
}

function idOf(t: { source: AnyStateNode; eventType: string }): string {
  const defs = t.source.transitions.get(t.eventType) ?? [];
  return transitionId(t, defs.indexOf(t as never));
}

const visitedStates = new Set<string>();
const takenTransitions = new Set<string>();

async function replay(
  config: Config,
  steps: { event: AnyEventObject; state: Snap }[],
): Promise<void> {
  const clock = new SimulatedClock(SIM_EPOCH);
  const machine = machineFor(config, { clock, random: new SeededRandom(11) });
  const actor = createActor(machine, {
    clock,
    input: config.input,
    inspect: (e: InspectionEvent) => {
      if (e.type === '@xstate.microstep') {
        for (const t of e._transitions) takenTransitions.add(idOf(t as never));
      }
    },
  });
  actor.start();
  visitedStates.add(String(actor.getSnapshot().value));
  for (const [i, step] of steps.entries()) {
    const e = step.event;
    if (e.type === 'xstate.init') continue;
    const ctx = actor.getSnapshot().context;
    if (e.type === 'SUBMIT') {
      clock.set(e.at);
      let code = codeFor(ctx, e.kind);
      if (e.kind === 'busy') code = '000000'; // sent while a check is running: no await here
      if (e.kind === 'totp') {
        // The walk chose the checker's verdict; submit a code that earns it.
        const verdict = steps[i + 1]?.event.verdict as Verdict | undefined;
        const t = clock.now();
        if (verdict === 'ok') code = await totp(SECRET, t);
        else if (verdict === 'replayed') code = await totp(SECRET, t - 30_000);
        else code = await wrongTotp(t);
      }
      actor.send({ type: 'SUBMIT', code: code ?? '' });
    } else if (e.type.startsWith('xstate.done.actor') || e.type.startsWith('xstate.error.actor')) {
      await waitFor(actor, (s) => s.value !== 'verifying', { timeout: 2_000 });
    } else if (e.type.startsWith('xstate.after.') || e.type.startsWith('otp.')) {
      // The clock fires the timer, not the test: exactly the next one, on time.
      clock.advanceToNext();
      expect(clock.now()).toBe(e.at);
    } else {
      clock.set(e.at);
      const { at: _at, ...event } = e;
      actor.send(event as never);
    }
    const snap = actor.getSnapshot();
    visitedStates.add(String(snap.value));
    expect(abstract(snap), `${config.name}: step ${i} (${e.type})`).toBe(abstract(step.state));
  }
  // The log chains: each entry starts where the last one ended, and ends in the final state.
  const log = actor.getSnapshot().context.log;
  log.slice(1).forEach((entry, i) => expect(entry.from).toBe(log[i]!.to));
  expect(log.at(-1)!.to).toBe(actor.getSnapshot().value);
  actor.stop();
}

async function wrongTotp(t: number): Promise<string> {
  const near = new Set(await Promise.all([-1, 0, 1].map((k) => totp(SECRET, t + k * 30_000))));
  for (let i = 0; ; i++) {
    const code = String(i).padStart(6, '0');
    if (!near.has(code)) return code;
  }
}

/**
 * Every shortest path, and every path that is a shortest path plus one more
 * event: together they take every transition that can happen, not only
 * reach every state.
 */
function pathsFor(config: Config) {
  let traversalNow = SIM_EPOCH;
  const machine = machineFor(config, {
    clock: { now: () => traversalNow },
    random: new SeededRandom(5),
  });
  // A plain logic object, so the walk uses exactly our events (for a machine
  // it would drop timer events that are not the state's own descriptors).
  const logic = {
    transition: machine.transition.bind(machine),
    getInitialSnapshot: machine.getInitialSnapshot.bind(machine),
  } as unknown as Parameters<typeof getAdjacencyMap>[0];
  const options = {
    input: config.input,
    events: eventsFor(config) as never,
    serializeState: (s: unknown) => abstract(s as Snap),
    // Called just before each transition: the walk's clock follows the event.
    filterEvents: (_s: unknown, e: AnyEventObject) => {
      const at = e.at as number | undefined;
      if (at === undefined) return false; // a timer that is not due next
      traversalNow = at;
      return true;
    },
    limit: 200_000,
  };
  const shortest = getShortestPaths(logic, options);
  traversalNow = SIM_EPOCH; // the second walk starts from the same moment
  const adjacency = getAdjacencyMap(logic, options);
  const byState = new Map(shortest.map((p) => [abstract(p.state as unknown as Snap), p.steps]));
  const paths: { event: AnyEventObject; state: Snap }[][] = [];
  type Vertex = { transitions: Record<string, { event: AnyEventObject; state: unknown }> };
  for (const [key, vertex] of Object.entries(adjacency) as [string, Vertex][]) {
    const prefix = byState.get(key);
    if (!prefix) throw new Error(`No shortest path to ${key}`);
    const edges = Object.values(vertex.transitions);
    if (edges.length === 0) paths.push(prefix as never);
    for (const edge of edges)
      paths.push([...(prefix as never[]), { event: edge.event, state: edge.state } as never]);
  }
  return { shortest: shortest.length, paths };
}

describe('model-based: shortest paths replayed on a SimulatedClock', () => {
  for (const config of CONFIGS) {
    it(config.name, async () => {
      const { shortest, paths } = pathsFor(config);
      expect(shortest).toBeGreaterThan(2);
      expect(paths.length).toBeGreaterThan(shortest);
      for (const path of paths) await replay(config, path);
    });
  }

  it('visits every state and takes every transition of the machine', () => {
    expect([...visitedStates].sort()).toEqual([...CHALLENGE_STATES].sort());
    const all = allTransitions(
      createChallengeMachine({ clock: { now: () => 0 }, random: new SeededRandom(1) }),
    );
    const missing = all.filter((t) => !takenTransitions.has(t));
    expect(missing).toEqual([]);
    expect(all.length).toBeGreaterThan(40);
  });
});
