import { createSubscriber } from 'svelte/reactivity';
import { DemoSession } from '../../core/scam/session';
import type { DemoSettings } from '../../core/scam/session';
import type { Scenario } from '../../core/scenario/types';
import { t } from '../i18n/views.en';
import { LiveRun } from '../run.svelte';

/** Simulated ms per real ms while auto-playing: a minute of the scam in six seconds. */
export const AUTO_SPEED = 10;

/**
 * A DemoSession read through runes, with the auto-play loop outside the
 * model (the model only moves when told to). `live` is a LiveRun of the
 * session's current run, for the panes that take one.
 */
export class LiveDemo {
  readonly session: DemoSession;
  playing = $state(false);
  readonly #subscribe: () => void;
  #live: LiveRun;

  constructor(scenario: Scenario, settings: DemoSettings, beat: number) {
    this.session = new DemoSession(scenario, settings, beat);
    this.#live = new LiveRun(this.session.run);
    this.#subscribe = createSubscriber((update) => this.session.subscribe(update));
  }

  get beat(): number {
    this.#subscribe();
    return this.session.beat;
  }

  get total(): number {
    return this.session.steps.length;
  }

  get atEnd(): boolean {
    this.#subscribe();
    return this.session.atEnd;
  }

  /** The run's live view; a new one after each replay (back, reset). */
  get live(): LiveRun {
    this.#subscribe();
    if (this.#live.run !== this.session.run) this.#live = new LiveRun(this.session.run);
    return this.#live;
  }

  /** The step just played, or null at the start. */
  get current() {
    this.#subscribe();
    return this.session.current;
  }

  forward(): boolean {
    this.playing = false;
    return this.session.forward();
  }

  back(): boolean {
    this.playing = false;
    return this.session.back();
  }

  reset(): void {
    this.playing = false;
    this.session.reset();
  }

  toggle(): void {
    if (this.session.atEnd) this.playing = false;
    else this.playing = !this.playing;
  }

  /** A room command that moves the demo (showing the attacker's console is the view's own). */
  apply(command: 'forward' | 'back' | 'toggle' | 'reset'): void {
    if (command === 'forward') this.forward();
    else if (command === 'back') this.back();
    else if (command === 'toggle') this.toggle();
    else this.reset();
  }

  /**
   * Sets up a projector page (the presenter's or the audience window): the
   * projector theme and the window's title, both undone by the function it
   * returns. Call it in onMount.
   */
  static projector(title: string): () => void {
    document.title = title;
    document.documentElement.classList.add('projector');
    return () => {
      document.documentElement.classList.remove('projector');
      document.title = t('app.name');
    };
  }

  /** Starts the frame loop; returns the function that stops it (for $effect). */
  attach(): () => void {
    let last = performance.now();
    let frame = 0;
    const tick = (time: number) => {
      // A hidden tab pauses frames: never turn that gap into a jump.
      const dt = Math.min(Math.max(time - last, 0), 250);
      last = time;
      if (this.playing && !this.session.advance(Math.round(dt * AUTO_SPEED))) {
        this.playing = false;
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      this.session.dispose();
    };
  }
}
