import { Recorder, SIM_EPOCH } from '../../core';
import type {
  ChallengeActor,
  ChallengeContext,
  ChallengeInput,
  ChallengeState,
  Command,
} from '../../core';

export type ChallengeSnapshot = ReturnType<ChallengeActor['getSnapshot']>;

/**
 * The workbench's current run: a core Recorder (its own SimulatedClock and
 * actor) observed as runes. Every view reads `snap` and `now`; nothing else
 * holds a copy of the model.
 */
export class Session {
  recorder = $state.raw<Recorder | null>(null);
  snap = $state.raw<ChallengeSnapshot | null>(null);
  now = $state(SIM_EPOCH);
  nextDue = $state<number | null>(null);
  pendingTimers = $state(0);
  private stopWatching: (() => void) | null = null;

  get state(): ChallengeState | null {
    return (this.snap?.value as ChallengeState | undefined) ?? null;
  }

  get context(): ChallengeContext | null {
    return this.snap?.context ?? null;
  }

  /** Starts a new recorded challenge; throws (PolicyError) before replacing the current one. */
  start(input: ChallengeInput, seed: number, scenario: string | null = null): Recorder {
    const recorder = new Recorder(input, seed, scenario);
    this.watch(recorder);
    return recorder;
  }

  /** Replaces the current run with `recorder`, and follows its actor and clock. */
  watch(recorder: Recorder): void {
    this.stopWatching?.();
    this.recorder?.actor.stop();
    this.recorder = recorder;
    const sync = () => {
      this.snap = recorder.actor.getSnapshot();
      this.now = recorder.clock.now();
      this.nextDue = recorder.clock.nextDue();
      this.pendingTimers = recorder.clock.pendingTimers;
    };
    const sub = recorder.actor.subscribe(sync);
    const unclock = recorder.clock.subscribe(sync);
    this.stopWatching = () => {
      sub.unsubscribe();
      unclock();
    };
    sync();
  }

  send(command: Command): void {
    this.recorder?.send(command);
  }

  advance(ms: number): void {
    this.recorder?.advance(ms);
  }

  /** Jumps to the next timer and fires it; false when nothing is waiting. */
  advanceToNext(): boolean {
    return this.recorder?.clock.advanceToNext() ?? false;
  }
}
