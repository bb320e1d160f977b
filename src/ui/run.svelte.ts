import { createSubscriber } from 'svelte/reactivity';
import type { ScenarioRun } from '../core/scenario/run';

/** A ScenarioRun read through runes: each getter subscribes on first read. */
export class LiveRun {
  readonly run: ScenarioRun;
  readonly #subscribe: () => void;

  constructor(run: ScenarioRun) {
    this.run = run;
    this.#subscribe = createSubscriber((update) => run.subscribe(update));
  }

  get state() {
    this.#subscribe();
    return this.run.state;
  }

  get challenge() {
    this.#subscribe();
    return this.run.challenge;
  }

  get now() {
    this.#subscribe();
    return this.run.clock.now();
  }

  decisionOpen(id: string): boolean {
    this.#subscribe();
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
      const step = this.#run.state.step;
      if (this.playing && step !== 'done' && step !== 'stopped') {
        this.#run.advance(Math.round(dt * this.speed));
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }
}
