import { createActor } from 'xstate';
import type { Actor } from 'xstate';
import { LEARNER_PASSWORD } from '../world';
import type { AuthenticatorApp } from './app';
import type { LearnerChallenges } from './challenges';
import { flowMachine } from './flow';
import type { FlowEvent, FlowMachine } from './flow';
import { runEnded } from './selectors';
import type { RunContext } from './state';

/**
 * The learner's path through the shop (flow.ts's machine, whose state is
 * `state.step`): setting up the app, signing in, and the run's end, by an
 * accepted code, a remembered device, the last decision, the attacker
 * being done, or a stop.
 */
export class LearnerFlow {
  private readonly machine: Actor<FlowMachine>;
  /** The learner ticked "remember this device": the run's end says so. */
  private remember = false;

  constructor(
    private readonly ctx: RunContext,
    private readonly challenges: LearnerChallenges,
    private readonly app: AuthenticatorApp,
  ) {
    const { scenario, clock, log } = ctx;
    this.machine = createActor(flowMachine, {
      input: { flow: scenario.flow, enrols: !!scenario.enrolment },
      clock,
      inspect: (e) => log.inspect('flow', e),
    });
  }

  /** Starts the machine; from then on `state.step` follows its state. */
  start(): void {
    const { store } = this.ctx;
    this.machine.subscribe((snap) => {
      const step = snap.value;
      if (step !== 'start' && step !== store.state.step) store.update({ step });
    });
    this.machine.start();
  }

  signIn(password: string, rememberDevice: boolean): void {
    const { store } = this.ctx;
    if (store.state.step !== 'password') return;
    if (password.trim() === '') return store.update({ passwordError: 'empty' });
    if (password !== LEARNER_PASSWORD) return store.update({ passwordError: 'wrong-password' });
    this.remember = rememberDevice;
    if (store.state.trustedDevice) return this.finish('TRUSTED_DEVICE');
    store.update({ passwordError: null });
    this.machine.send({ type: 'SIGNED_IN' });
    this.challenges.start();
  }

  /** The app's set-up step: its code must match, and that time step then counts as used. */
  async confirmEnrolment(code: string): Promise<boolean> {
    const { scenario, store } = this.ctx;
    const enrolment = scenario.enrolment;
    if (store.state.step !== 'enrol' || !enrolment) return false;
    const verdict = await this.app.check(enrolment, code);
    if (!verdict.ok) {
      store.update({ enrolError: 'wrong-code' });
      return false;
    }
    this.challenges.lastUsedStep = verdict.step;
    store.update({ enrolError: null });
    this.machine.send({ type: 'ENROLLED' });
    return true;
  }

  /** Ends the run (once): a code nobody asked for is withdrawn, a ticked device remembered. */
  finish(event: FlowEvent['type']): void {
    const { scenario, store, clock } = this.ctx;
    if (runEnded(store.state)) return;
    if (scenario.flow === 'unrequested') this.challenges.cancel();
    store.update({
      trustedDevice: store.state.trustedDevice || this.remember,
      endedAt: clock.now(),
    });
    this.machine.send({ type: event } as FlowEvent);
  }

  /** Stops the run where it is (the challenges and attacker are stopped first). */
  stop(): void {
    const { store, clock } = this.ctx;
    store.update({ endedAt: store.state.endedAt ?? clock.now() });
    // A run stopped twice (ended, then left) has nothing more to stop: XState warns on a send
    // to a stopped actor.
    if (this.machine.getSnapshot().status === 'active') this.machine.send({ type: 'STOP' });
  }
}
