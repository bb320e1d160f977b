import { createSubscriber } from 'svelte/reactivity';
import type { ScenarioRun } from '../core/scenario/run';
import { runEnded } from '../core/scenario/selectors';

/**
 * A ScenarioRun read through runes: each getter subscribes on first read.
 * The run notifies on every clock advance (every animation frame while it
 * plays), so each getter passes a notice on only when what it returns has
 * changed: the state and the challenge snapshot by reference (both are
 * replaced, never mutated), the time by the whole second shown on screen.
 */
export class LiveRun {
  readonly run: ScenarioRun;
  readonly #state: () => void;
  readonly #challenge: () => void;
  readonly #second: () => void;
  readonly #any: () => void;

  constructor(run: ScenarioRun) {
    this.run = run;
    this.#state = this.#when(() => run.state);
    this.#challenge = this.#when(() => run.challenge);
    this.#second = this.#when(() => Math.floor(run.clock.now() / 1000));
    this.#any = createSubscriber((update) => run.subscribe(update));
  }

  /** A subscriber that updates its readers only when `read()` gives something new. */
  #when(read: () => unknown): () => void {
    return createSubscriber((update) => {
      let seen = read();
      return this.run.subscribe(() => {
        const next = read();
        if (next !== seen) {
          seen = next;
          update();
        }
      });
    });
  }

  get state() {
    this.#state();
    return this.run.state;
  }

  get challenge() {
    this.#challenge();
    return this.run.challenge;
  }

  /** The simulated time, updated once per shown second. */
  get now() {
    this.#second();
    return this.run.clock.now();
  }

  /** The run itself, for readers of its logs (the audit log): updates on every notice. */
  get tracked(): ScenarioRun {
    this.#any();
    return this.run;
  }

  decisionOpen(id: string): boolean {
    this.#state();
    return this.run.decisionOpen(id);
  }
}

export const SPEEDS = [1, 10, 60] as const;

/**
 * The clock outside the model: plays the run's simulated time from
 * animation frames, at a chosen speed, until paused or the run ends.
 */
export class Player {
  playing = $state(true);
  speed = $state<number>(1);
  readonly #run: ScenarioRun;

  constructor(run: ScenarioRun) {
    this.#run = run;
  }

  /** Starts the frame loop; returns the function that stops it (for $effect). */
  attach(): () => void {
    let last = performance.now();
    let frame = 0;
    const tick = (time: number) => {
      // A hidden tab pauses frames: never turn that gap into a jump of minutes.
      const dt = Math.min(Math.max(time - last, 0), 250);
      last = time;
      if (this.playing && !runEnded(this.#run.state)) {
        this.#run.advance(Math.round(dt * this.speed));
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }
}
