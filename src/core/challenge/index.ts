import { createActor } from 'xstate';
import type { Actor, InspectionEvent } from 'xstate';
import type { TimerClock } from '../clock';
import { catalogue, fill } from '../i18n';
import { formatClock, formatDuration } from '../format';
import { createChallengeMachine } from './machine';
import type { ChallengeMachine } from './machine';
import type { AuditEntry, ChallengeEnv, ChallengeInput } from './types';

export * from './types';
export { createChallengeMachine, initialContext } from './machine';
export type { ChallengeMachine, VerifyInput, VerifyOutput } from './machine';
export { composeMessage, describePurpose, groupCode } from './message';
export {
  arrivalDueAt,
  attemptsLeft,
  codeRunning,
  cooldownEndsAt,
  coolingDownAt,
  metersAt,
  newestRecord,
  shopAnswer,
} from './selectors';
export type { Meter, Meters } from './selectors';

export type ChallengeActor = Actor<ChallengeMachine>;

/** Everything a challenge runs on: one clock (time and timers) and one random source. */
export interface ChallengeRuntime extends ChallengeEnv {
  clock: ChallengeEnv['clock'] & TimerClock;
}

// One machine per runtime: building a machine costs more than running a challenge.
const machines = new WeakMap<ChallengeRuntime, ChallengeMachine>();

/**
 * Starts a challenge whose timers run on `runtime.clock`. Throws a
 * PolicyError, before anything starts, when the input makes no sense.
 * `options.machine` runs another machine built for this runtime (the model
 * walk's, with a failing checker); `options.inspect` sees its every step.
 */
export function startChallenge(
  input: ChallengeInput,
  runtime: ChallengeRuntime,
  options: { machine?: ChallengeMachine; inspect?: (event: InspectionEvent) => void } = {},
): ChallengeActor {
  let machine = options.machine ?? machines.get(runtime);
  if (!machine) machines.set(runtime, (machine = createChallengeMachine(runtime)));
  const actor = createActor(machine, { input, clock: runtime.clock, inspect: options.inspect });
  let failure: unknown = null;
  const sub = actor.subscribe({ error: (err) => (failure = err) });
  actor.start();
  sub.unsubscribe();
  if (failure) throw failure;
  return actor;
}

/** The last thing that happened, in words: what a learner reads under the code field. */
export function explain(
  entry: AuditEntry,
  locale: ChallengeInput['locale'] = 'en',
): {
  headline: string;
  detail: string | null;
} {
  const t = catalogue(locale);
  const d = entry.data;
  const values: Record<string, string | number> = {
    attemptsLeft: d.attemptsLeft ?? '',
    wait: formatDuration(d.waitMs ?? 0),
    lockout: formatDuration(d.lockoutMs ?? 0),
    until: d.until !== undefined ? formatClock(d.until, true) : '',
    lifetime: formatDuration(d.lifetimeMs ?? 0),
    digits: d.digits ?? '',
    length: d.length ?? '',
    maxResends: d.maxResends ?? '',
    channel: d.channel ? t.channel[d.channel] : '',
    codeRef: entry.codeRef ?? '',
    example: '1234567890'.slice(0, d.digits ?? 6),
  };
  return {
    headline: t.outcome[entry.outcome],
    detail: entry.reason ? fill(t.reason[entry.reason], values) : null,
  };
}
