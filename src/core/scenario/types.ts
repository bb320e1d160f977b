import type { DeliveryPlan } from '../challenge';
import type { PresetId, RuleId } from '../policy';
import type { Channel, Purpose } from '../purpose';
import type { TotpEnrolment } from '../otp/totp';

/**
 * A scenario is data a trainer could read: what the code is for, how its
 * messages travel, what else happens and when, which choices the learner
 * meets, and what the debrief teaches. Its words live in the locale
 * catalogues under `scenario.<id>`, so the data holds only keys.
 */
export interface Scenario {
  id: string;
  /** Its place in the picker. */
  number: number;
  /**
   * How the flow starts: a password sign-in; an action the learner confirms
   * with a code; or a code someone else triggered, which the learner must
   * not use (only decide what to do about it).
   */
  flow: 'sign-in' | 'confirm' | 'unrequested';
  purpose: Purpose;
  channel: Channel;
  /** Overrides the learner's chosen policy (e.g. a demo of the weak preset). */
  policy?: PresetId;
  deliveries?: DeliveryPlan[];
  /** The authenticator app's enrolled secret, for the authenticator channel. */
  enrolment?: TotpEnrolment;
  /** Typical length, in minutes of the learner's time. */
  minutes: number;
  /** Things that happen on the simulated clock, besides code messages. */
  beats: Beat[];
  /** Choices the learner meets. */
  decisions: Decision[];
  /** The rules the debrief explains. */
  rules: RuleId[];
}

export interface Beat {
  id: string;
  /** Milliseconds after the scenario starts. */
  at: number;
  /** A call rings the phone; its words are the catalogue's `calls.<id>` lines. */
  kind: 'sms' | 'email' | 'notice' | 'call';
  from: string;
}

export interface Decision {
  id: string;
  /** Shown once this beat has happened (or at the start when absent). */
  afterBeat?: string;
  choices: Choice[];
}

export interface Choice {
  id: string;
  /** Whether a careful account holder would make this choice. */
  safe: boolean;
}
