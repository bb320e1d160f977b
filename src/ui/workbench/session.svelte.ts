import { waitFor } from 'xstate';
import { codeFor, Recorder, SIM_EPOCH } from '../../core';
import type {
  ChallengeActor,
  ChallengeContext,
  ChallengeInput,
  ChallengeState,
  Command,
  SubmitKind,
  Trace,
  WalkStep,
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

/** Moves a recorder's clock to `at` (ms after SIM_EPOCH), firing timers on the way. */
function moveTo(recorder: Recorder, absolute: number): void {
  const delta = absolute - recorder.clock.now();
  if (delta > 0) recorder.advance(delta);
}

/**
 * Rebuilds a trace as a live Recorder, so an imported trace becomes the
 * current run and can be driven on (and exported again) from where it ended.
 */
export async function recorderFromTrace(trace: Trace): Promise<Recorder> {
  const recorder = new Recorder(trace.input, trace.seed, trace.scenario);
  for (const e of trace.events) {
    moveTo(recorder, SIM_EPOCH + e.at);
    if (e.type !== 'WAIT') {
      const { at: _at, ...command } = e;
      recorder.send(command as Command);
    }
    await waitFor(recorder.actor, (s) => s.value !== 'verifying');
  }
  return recorder;
}

/**
 * Rebuilds a walked path (SMS or email) as a live Recorder: people's events
 * at their time, timer events left to the clock; each SUBMIT's code kind is
 * resolved against this recorder's own codes, as the model tests do.
 */
export function recorderFromPath(input: ChallengeInput, seed: number, steps: WalkStep[]): Recorder {
  const recorder = new Recorder(input, seed, null);
  for (const step of steps) {
    const e = step.event;
    if (e.type === 'xstate.init') continue;
    if (e.type.startsWith('xstate.after.') || e.type.startsWith('otp.')) {
      recorder.clock.advanceToNext();
      continue;
    }
    moveTo(recorder, e.at as number);
    if (e.type === 'SUBMIT') {
      const ctx = recorder.actor.getSnapshot().context;
      const code = codeFor(ctx, e.kind as SubmitKind) ?? String(e.code);
      recorder.send({ type: 'SUBMIT', code });
    } else if (e.type === 'RESEND') {
      recorder.send(
        e.channel === 'sms' || e.channel === 'email'
          ? { type: 'RESEND', channel: e.channel }
          : { type: 'RESEND' },
      );
    } else if (e.type === 'CANCEL') {
      recorder.send({ type: 'CANCEL' });
    }
  }
  return recorder;
}
