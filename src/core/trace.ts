import { startChallenge } from './challenge';
import type { AuditEntry, ChallengeActor, ChallengeInput, ChallengeState } from './challenge';
import { SimulatedClock } from './clock';
import { SeededRandom } from './random';
import { TRACE_FORMAT, TRACE_VERSION } from './schema/trace';
import { replay } from './replay';
import type { Replayed, ReplayEvent } from './replay';
import { SIM_EPOCH } from './world';

/**
 * A trace is a run written down: the seed, the challenge's input, and every
 * event a person sent with the simulated time it was sent at. Replaying it
 * on a fresh SimulatedClock gives the same audit log, byte for byte.
 * A trace holds what was typed, codes included: it is a test artefact.
 */
export interface Trace {
  format: 'otp-sandbox-trace';
  version: 1;
  seed: number;
  scenario: string | null;
  input: ChallengeInput;
  /** Sent events, `at` in ms after the start. */
  events: TracedEvent[];
  /** Where the run ended; a replay must end there too. */
  final: { at: number; state: ChallengeState; log: AuditEntry[] };
}

export type TracedEvent =
  | { at: number; type: 'SUBMIT'; code: string }
  | { at: number; type: 'RESEND'; channel?: 'sms' | 'email' }
  | { at: number; type: 'CANCEL' }
  | { at: number; type: 'WAIT' };

// The parser is schema/trace.ts (one valibot schema of the format); these names stay here too.
export {
  MAX_TRACE_BYTES,
  MAX_TRACE_EVENTS,
  parseTrace,
  TRACE_FORMAT,
  TRACE_VERSION,
} from './schema/trace';
export type { TraceCheck } from './schema/trace';

/**
 * Records a challenge run so it can be exported as a trace. `from` goes on
 * from a replay (`recorderFromTrace`, `recorderFromPath`): its clock, its
 * actor and what it sent, as if recorded here.
 */
export class Recorder {
  readonly clock: SimulatedClock;
  readonly actor: ChallengeActor;
  private events: TracedEvent[];

  constructor(
    readonly input: ChallengeInput,
    readonly seed: number,
    readonly scenario: string | null = null,
    from?: Pick<Replayed, 'clock' | 'actor' | 'sent'>,
  ) {
    this.clock = from?.clock ?? new SimulatedClock(SIM_EPOCH);
    this.actor =
      from?.actor ?? startChallenge(input, { clock: this.clock, random: new SeededRandom(seed) });
    this.events = [...(from?.sent ?? [])];
  }

  /** Sends an event a person can send, and writes it down with its time. */
  send(event: Command): void {
    this.events.push({ ...event, at: this.clock.now() - SIM_EPOCH });
    this.actor.send(event);
  }

  advance(ms: number): void {
    this.clock.increment(ms);
  }

  trace(): Trace {
    const snap = this.actor.getSnapshot();
    const at = this.clock.now() - SIM_EPOCH;
    return {
      format: TRACE_FORMAT,
      version: TRACE_VERSION,
      seed: this.seed,
      scenario: this.scenario,
      input: this.input,
      events: [...this.events, { at, type: 'WAIT' }],
      final: { at, state: snap.value as ChallengeState, log: snap.context.log },
    };
  }
}

/** The events a person sends (the rest come from the clock). */
export type Command =
  | { type: 'SUBMIT'; code: string }
  | { type: 'RESEND'; channel?: 'sms' | 'email' }
  | { type: 'CANCEL' };

export interface ReplayResult {
  state: ChallengeState;
  log: AuditEntry[];
  /** Whether the replay ended in the recorded state with the recorded log. */
  matches: boolean;
  /** The first difference, in words, when it does not match. */
  difference: string | null;
}

/**
 * A trace's events as a replay's: each at its time, then the authenticator
 * check (asynchronous) is let finish before going on.
 */
export function traceEvents(trace: Trace): ReplayEvent[] {
  return trace.events.flatMap((e): ReplayEvent[] => {
    const at = SIM_EPOCH + e.at;
    const { at: _at, ...command } = e;
    return [
      command.type === 'WAIT' ? { kind: 'wait', at } : { kind: 'send', at, command },
      { kind: 'settle' },
    ];
  });
}

/** Replays a trace on a fresh SimulatedClock and compares it with its record. */
export async function replayTrace(trace: Trace): Promise<ReplayResult> {
  const { actor } = await replay(trace, traceEvents(trace));
  const snap = actor.getSnapshot();
  actor.stop();
  const state = snap.value as ChallengeState;
  const log = snap.context.log;
  let difference: string | null = null;
  if (state !== trace.final.state) {
    difference = `ended in "${state}", the trace recorded "${trace.final.state}"`;
  } else {
    const i = log.findIndex((e, k) => JSON.stringify(e) !== JSON.stringify(trace.final.log[k]));
    if (i >= 0 || log.length !== trace.final.log.length) {
      const k = i >= 0 ? i : Math.min(log.length, trace.final.log.length);
      difference = `the logs differ from entry ${k}`;
    }
  }
  return { state, log, matches: difference === null, difference };
}

/**
 * Rebuilds a trace as a live Recorder, so an imported trace becomes the
 * current run and can be driven on (and exported again) from where it ended.
 */
export async function recorderFromTrace(trace: Trace): Promise<Recorder> {
  const replayed = await replay(trace, traceEvents(trace));
  return new Recorder(trace.input, trace.seed, trace.scenario, replayed);
}

/**
 * "Copy as test": a Vitest test that replays the trace on a SimulatedClock
 * and asserts its final state and log. Paste it under test/ and it runs.
 */
export function traceToTest(trace: Trace, importPath = '../../src/core'): string {
  const name = `${trace.scenario ?? trace.input.purpose.kind} ends ${trace.final.state} (seed ${trace.seed})`;
  return [
    "import { expect, it } from 'vitest';",
    `import { parseTrace, replayTrace } from '${importPath}';`,
    '',
    `const trace = ${JSON.stringify(trace)};`,
    '',
    `it(${JSON.stringify(name)}, async () => {`,
    '  const parsed = parseTrace(JSON.stringify(trace));',
    '  if (!parsed.ok) throw new Error(parsed.error);',
    '  const replay = await replayTrace(parsed.trace);',
    `  expect(replay.state).toBe(${JSON.stringify(trace.final.state)});`,
    '  expect(replay.log).toEqual(trace.final.log);',
    '});',
    '',
  ].join('\n');
}
