import { waitFor } from 'xstate';
import type { InspectionEvent } from 'xstate';
import { startChallenge } from './challenge';
import type {
  ChallengeActor,
  ChallengeContext,
  ChallengeInput,
  ChallengeMachine,
  ChallengeRuntime,
} from './challenge';
import { SimulatedClock } from './clock';
import { SeededRandom } from './random';
import type { Command, TracedEvent } from './trace';
import { SIM_EPOCH } from './world';

/**
 * The one replay of a challenge: a start (input, seed, clock) and a list of
 * timed events, played on a real actor whose timers run on a
 * SimulatedClock. Traces (`replayTrace`, the workbench's import), walked
 * paths (`replayPath`, the model tests, the path explorer) and the
 * workbench's recorder all replay through it, each building its events.
 */

/** Where a replay starts. */
export interface ReplayStart {
  input: ChallengeInput;
  /** Seeds the challenge's random source, so its codes are the same each time. */
  seed: number;
  /** The clock the timers run on; a new one at SIM_EPOCH when absent. */
  clock?: SimulatedClock;
}

/** What a person sends: a command, or one worked out from the challenge as it is then. */
export type ReplayCommand =
  Command | ((context: ChallengeContext, now: number) => Command | Promise<Command>);

/** One timed event of a replay; `at` is simulated time (ms since the epoch, not since the start). */
export type ReplayEvent =
  /**
   * A person's event, sent at `at`. With `race`, sent in the very
   * millisecond a deadline falls due, before its timer fires
   * (`clock.reach`): the machine must settle the deadline first.
   */
  | { kind: 'send'; at: number; command: ReplayCommand; race?: boolean }
  /** Time moves on to `at`, firing every timer due on the way at its own time. */
  | { kind: 'wait'; at: number }
  /** The clock fires exactly its next timer, which should be due at `at`. */
  | { kind: 'timer'; at: number }
  /** The authenticator check (asynchronous) finishes before going on. */
  | { kind: 'settle' };

export interface ReplayOptions {
  /** The machine to run on the replay's runtime (default: the challenge machine). */
  machine?: (runtime: ChallengeRuntime) => ChallengeMachine;
  /** Sees every inspection event of the actor (the model tests count transitions). */
  inspect?: (event: InspectionEvent) => void;
}

/** The challenge after one event of the replay. */
export interface ReplayStep {
  snapshot: ReturnType<ChallengeActor['getSnapshot']>;
  /** The clock after the event. */
  at: number;
  /** For a timer: when it was due. */
  dueAt: number | null;
}

export interface Replayed {
  /** Still running, so a caller can go on from where the replay ended; stop it when done. */
  actor: ChallengeActor;
  clock: SimulatedClock;
  /** One per event, in order. */
  steps: ReplayStep[];
  /** What was sent and when (ms after SIM_EPOCH), as a trace records it. */
  sent: TracedEvent[];
}

/** Replays `events` from `start`. Throws (PolicyError) before anything runs when the input makes no sense. */
export async function replay(
  start: ReplayStart,
  events: readonly ReplayEvent[],
  options: ReplayOptions = {},
): Promise<Replayed> {
  const clock = start.clock ?? new SimulatedClock(SIM_EPOCH);
  const runtime: ChallengeRuntime = { clock, random: new SeededRandom(start.seed) };
  const actor = startChallenge(start.input, runtime, {
    machine: options.machine?.(runtime),
    inspect: options.inspect,
  });
  // Only forward: a person acting again in the same millisecond moves no time.
  const move = (at: number, race = false) => {
    if (at === clock.now()) return;
    if (race) clock.reach(at);
    else clock.set(at);
  };
  const steps: ReplayStep[] = [];
  const sent: TracedEvent[] = [];
  for (const e of events) {
    let dueAt: number | null = null;
    switch (e.kind) {
      case 'send': {
        move(e.at, e.race);
        const command =
          typeof e.command === 'function'
            ? await e.command(actor.getSnapshot().context, clock.now())
            : e.command;
        sent.push({ ...command, at: clock.now() - SIM_EPOCH });
        actor.send(command);
        break;
      }
      case 'wait':
        move(e.at);
        break;
      case 'timer':
        // The clock fires the timer, not the replay: exactly the next one, on time.
        clock.advanceToNext();
        dueAt = e.at;
        break;
      case 'settle':
        await waitFor(actor, (s) => s.value !== 'verifying');
        break;
    }
    steps.push({ snapshot: actor.getSnapshot(), at: clock.now(), dueAt });
  }
  return { actor, clock, steps, sent };
}
