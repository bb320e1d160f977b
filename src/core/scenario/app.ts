import type { ChallengeActor } from '../challenge';
import { base32Decode } from '../otp/base32';
import { totp, verifyTotp } from '../otp/totp';
import type { TotpEnrolment, TotpVerdict } from '../otp/totp';
import type { RunContext } from './state';

type ChallengeSnapshot = ReturnType<ChallengeActor['getSnapshot']>;

/**
 * The authenticator app on the learner's phone, in scenarios with an
 * enrolment: the code it shows on the phone's own clock (which may be off,
 * `state.phoneDriftMs`), and the check that it was set up right.
 */
export class AuthenticatorApp {
  constructor(private readonly ctx: RunContext) {}

  private get enrolment(): TotpEnrolment | undefined {
    return this.ctx.scenario.enrolment;
  }

  /** Sets the phone's clock off by `ms`, to see what drift does to app codes. */
  setDrift(ms: number): void {
    if (!Number.isFinite(ms)) return;
    this.ctx.store.update({ phoneDriftMs: Math.round(ms) });
  }

  /** The code the app shows now (null without an enrolment). */
  async code(): Promise<string | null> {
    const e = this.enrolment;
    if (!e) return null;
    return totp(
      base32Decode(e.secret),
      this.ctx.clock.now() + this.ctx.store.state.phoneDriftMs,
      e,
    );
  }

  /** Checks the code typed to confirm the app is set up (no time step used yet). */
  check(enrolment: TotpEnrolment, code: string): Promise<TotpVerdict> {
    return verifyTotp({ enrolment, code, atMs: this.ctx.clock.now(), lastUsedStep: null });
  }

  /**
   * When the app shows its next code, while the learner waits for one they
   * can use (the current one's time step is spent, e.g. by setting the app
   * up); null otherwise.
   */
  nextCodeAt(snap: ChallengeSnapshot | null): number | null {
    const e = this.enrolment;
    const state = this.ctx.store.state;
    if (!e || state.step !== 'code' || snap?.value !== 'pending') return null;
    const used = snap.context.lastUsedStep;
    const periodMs = e.period * 1000;
    const step = Math.floor((this.ctx.clock.now() + state.phoneDriftMs) / periodMs);
    if (used === null || step > used) return null;
    return (used + 1) * periodMs - state.phoneDriftMs;
  }
}
