/**
 * The walk behind the model-based tests and the workbench's path explorer:
 * xstate/graph gives the shortest path to every state a challenge can reach,
 * and one step beyond each (so every transition is taken). Timers make this
 * more than a plain walk: it only offers the timer that would really fire
 * next (times come from the context), so every path is one a clock can
 * produce, and `replayPath` replays it on a real actor and SimulatedClock.
 */
import { fromPromise } from 'xstate';
import type { AnyEventObject, InspectionEvent } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { arrivalDueAt, cooldownEndsAt, createChallengeMachine } from './challenge';
import type {
  ChallengeActor,
  ChallengeContext,
  ChallengeEnv,
  ChallengeInput,
  ChallengeMachine,
  VerifyInput,
  VerifyOutput,
} from './challenge';
import { SimulatedClock } from './clock';
import { base32Decode } from './otp/base32';
import { totp, totpStep } from './otp/totp';
import { SeededRandom } from './random';
import { replay } from './replay';
import type { ReplayCommand, ReplayEvent } from './replay';
import { Recorder } from './trace';
import { SIM_EPOCH } from './world';

/** The authenticator check's possible answers, chosen by the walk. */
export type Verdict = 'ok' | 'no-match' | 'replayed' | 'error';
/** Which code a walked SUBMIT sends, resolved against the live context. */
export type SubmitKind = 'current' | 'older' | 'used' | 'wrong' | 'malformed' | 'totp' | 'busy';

export interface WalkConfig {
  name: string;
  input: ChallengeInput;
  /** Answers the authenticator check may give (empty for SMS and email). */
  verdicts: Verdict[];
  /** Also offer RESEND to email. */
  switchChannel?: boolean;
  /**
   * Stop offering RESEND after this many. Default: 2 when the policy's
   * limit is too high to walk (the weak preset), otherwise the policy's.
   */
  resendBudget?: number;
  /** Refuse to guess when two timers fall due at once (the model tests set this). */
  strictTies?: boolean;
}

function resendBudget(config: WalkConfig): number {
  return config.resendBudget ?? (config.input.policy.maxResends > 10 ? 2 : Infinity);
}

const TIE_ORDER = [
  'otp.deliver',
  'otp.cooldown-over',
  'xstate.after.throttleWait',
  'xstate.after.lockout',
];
function tieRank(e: AnyEventObject): number {
  const i = TIE_ORDER.findIndex((prefix) => e.type.startsWith(prefix));
  return i < 0 ? TIE_ORDER.length : i;
}

export interface Snap {
  value: unknown;
  context: ChallengeContext;
}

export interface WalkStep {
  event: AnyEventObject;
  state: Snap;
}

const failingChecker = {
  actors: {
    verifyTotp: fromPromise<VerifyOutput, VerifyInput>(() =>
      Promise.reject(new Error('Web Crypto unavailable')),
    ),
  },
};

/** The machine a walk config runs: with a failing checker when 'error' is a verdict. */
export function machineFor(config: WalkConfig, env: ChallengeEnv): ChallengeMachine {
  const m = createChallengeMachine(env);
  return (config.verdicts.includes('error') ? m.provide(failingChecker) : m) as ChallengeMachine;
}

/** The part of a snapshot that decides what happens next. */
export function abstractState(s: Snap): string {
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

/**
 * The timers pending in a snapshot, with the time each is due: the
 * deadlines the challenge's selectors read, in the states whose timers
 * mark them. The walk offers only the one due next.
 */
function timers(s: Snap): { event: AnyEventObject; at: number }[] {
  const c = s.context;
  const out: { event: AnyEventObject; at: number }[] = [];
  const v = String(s.value);
  // Only these states set the lifetime's timer (verifying waits for the check's answer).
  if (v === 'pending' || v === 'throttled') {
    out.push({ event: { type: `xstate.after.codeLifetime.challenge.${v}` }, at: c.expiresAt });
  }
  if (v === 'throttled' && c.waitUntil !== null) {
    out.push({ event: { type: 'xstate.after.throttleWait.challenge.throttled' }, at: c.waitUntil });
  }
  if (v === 'locked' && c.lockedUntil !== null) {
    out.push({ event: { type: 'xstate.after.lockout.challenge.locked' }, at: c.lockedUntil });
  }
  // The flag says the newest cooldown's timer is still set (an older one's is stale).
  const cooldownEnd = cooldownEndsAt(c);
  if (c.coolingDown && cooldownEnd !== null) {
    out.push({ event: { type: 'otp.cooldown-over' }, at: cooldownEnd });
  }
  for (const code of c.codes) {
    if (code.arrivedAt === null) {
      out.push({ event: { type: 'otp.deliver', n: code.n }, at: arrivalDueAt(code) });
    }
  }
  return out;
}

export function codeFor(c: ChallengeContext, kind: SubmitKind): string | null {
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

function eventsFor(config: WalkConfig) {
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
    if (next.length > 1) {
      // Another tie: the walk cannot see which timer was set first.
      if (config.strictTies) {
        throw new Error(`Timers tie at ${first} in ${config.name}: choose other numbers`);
      }
      // Best guess, and the replay will say if it was wrong: timers set
      // earlier (messages, then the cooldown) come first.
      next = [...next].sort((a, b) => tieRank(a.event) - tieRank(b.event)).slice(0, 1);
    }
    // A timer due now fires before anyone can act.
    if (first <= at) return next.map((t) => ({ ...t.event, at: t.at }));
    const acts = (when: number, race?: true) => [
      ...submits.map((e) => ({ ...e, at: when, race })),
      ...(c.resends < resendBudget(config) ? [{ type: 'RESEND', at: when, race }] : []),
      ...(config.switchChannel ? [{ type: 'RESEND', channel: 'email', at: when, race }] : []),
      { type: 'CANCEL', at: when, race },
    ];
    // The race: a person acting in the very millisecond a deadline's timer falls due, before
    // it fires. The machine must settle the deadline first (replayed with clock.reach).
    const deadline = next.some(
      (t) => t.event.type.startsWith('xstate.after.') || t.event.type === 'otp.cooldown-over',
    );
    return [
      ...acts(at),
      ...(deadline ? acts(first, true) : []),
      ...next.map((t) => ({ ...t.event, at: t.at })),
    ];
  };
}

/**
 * Every shortest path, and every path that is a shortest path plus one more
 * event: together they take every transition that can happen, not only
 * reach every state.
 */
export function walk(config: WalkConfig): { shortest: WalkStep[][]; paths: WalkStep[][] } {
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
    serializeState: (s: unknown) => abstractState(s as Snap),
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
  const byState = new Map(
    shortest.map((p) => [abstractState(p.state as unknown as Snap), p.steps]),
  );
  const paths: WalkStep[][] = [];
  type Vertex = { transitions: Record<string, { event: AnyEventObject; state: unknown }> };
  for (const [key, vertex] of Object.entries(adjacency) as [string, Vertex][]) {
    const prefix = byState.get(key);
    if (!prefix) throw new Error(`No shortest path to ${key}`);
    const edges = Object.values(vertex.transitions);
    if (edges.length === 0) paths.push(prefix as never);
    for (const edge of edges)
      paths.push([...(prefix as never[]), { event: edge.event, state: edge.state } as never]);
  }
  return { shortest: shortest.map((p) => p.steps as unknown as WalkStep[]), paths };
}

/**
 * A walked path as a replay's events: people's events at their time (a
 * SUBMIT's code resolved against the replay's own codes; an app code made
 * to earn the verdict the walk chose next), the authenticator check let
 * finish, and timer events left to the clock, which fires exactly the next one.
 */
export function pathEvents(input: ChallengeInput, steps: readonly WalkStep[]): ReplayEvent[] {
  const secret = input.enrolment ? base32Decode(input.enrolment.secret) : null;
  const walked = steps.filter((s) => s.event.type !== 'xstate.init');
  return walked.map(({ event: e }, i): ReplayEvent => {
    const at = e.at as number;
    const race = e.race === true;
    if (e.type.startsWith('xstate.done.actor') || e.type.startsWith('xstate.error.actor')) {
      return { kind: 'settle' };
    }
    if (e.type.startsWith('xstate.after.') || e.type.startsWith('otp.')) {
      return { kind: 'timer', at };
    }
    let command: ReplayCommand;
    if (e.type === 'SUBMIT') {
      const kind = e.kind as SubmitKind;
      const verdict = walked[i + 1]?.event.verdict as Verdict | undefined;
      command = async (context, now) => {
        let code = codeFor(context, kind) ?? String(e.code ?? '');
        if (kind === 'totp' && secret) {
          // The walk chose the checker's verdict; submit a code that earns it.
          if (verdict === 'ok') code = await totp(secret, now);
          else if (verdict === 'replayed') code = await totp(secret, now - 30_000);
          else code = await wrongTotp(secret, now);
        }
        return { type: 'SUBMIT', code };
      };
    } else if (e.type === 'RESEND') {
      command =
        e.channel === 'sms' || e.channel === 'email'
          ? { type: 'RESEND', channel: e.channel }
          : { type: 'RESEND' };
    } else {
      command = { type: 'CANCEL' };
    }
    return { kind: 'send', at, command, race };
  });
}

export interface ReplayedPath {
  /** Per step: the walk's abstract state and the replay's. */
  steps: { event: string; expected: string; actual: string; at: number; dueAt: number | null }[];
  /** The first step whose state differs from the walk's, or null when none does. */
  firstMismatch: number | null;
  actor: ChallengeActor;
}

/** Replays a walked path on a real actor whose timers run on `clock` (see `pathEvents`). */
export async function replayPath(
  config: WalkConfig,
  steps: WalkStep[],
  options: { clock?: SimulatedClock; inspect?: (e: InspectionEvent) => void } = {},
): Promise<ReplayedPath> {
  const walked = steps.filter((s) => s.event.type !== 'xstate.init');
  const replayed = await replay(
    { input: config.input, seed: 11, clock: options.clock },
    pathEvents(config.input, steps),
    { machine: (runtime) => machineFor(config, runtime), inspect: options.inspect },
  );
  const out = replayed.steps.map((r, i) => ({
    event: walked[i]!.event.type,
    expected: abstractState(walked[i]!.state),
    actual: abstractState(r.snapshot),
    at: r.at,
    dueAt: r.dueAt,
  }));
  const bad = out.findIndex((s) => s.expected !== s.actual);
  return { steps: out, firstMismatch: bad < 0 ? null : bad, actor: replayed.actor };
}

/**
 * Rebuilds a walked path as a live Recorder (seeded with `seed`), so the
 * workbench can go on from where it ends and export it as a trace.
 */
export async function recorderFromPath(
  input: ChallengeInput,
  seed: number,
  steps: readonly WalkStep[],
): Promise<Recorder> {
  const replayed = await replay({ input, seed }, pathEvents(input, steps));
  return new Recorder(input, seed, null, replayed);
}

async function wrongTotp(secret: Uint8Array, t: number): Promise<string> {
  const near = new Set(await Promise.all([-1, 0, 1].map((k) => totp(secret, t + k * 30_000))));
  for (let i = 0; ; i++) {
    const code = String(i).padStart(6, '0');
    if (!near.has(code)) return code;
  }
}
