import type { DeliveryPlan } from '../challenge';
import type { PresetId, RuleId } from '../policy';
import type { SituationChannel, Verdict } from '../quiz/situations';
import type { Channel, Purpose } from '../purpose';
import type { TotpEnrolment } from '../otp/totp';
import type { RedFlag } from '../scam/flags';
import type { AttackerScript, DemoStep, Ending, FakePage } from '../scam/types';

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
   * not use (only decide what to do about it); or a scam, where an
   * attacker holding the password starts the real flow and works on the
   * learner to hand over the code.
   */
  flow: 'sign-in' | 'confirm' | 'unrequested' | 'scam';
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
  /** The attacker's script (scam scenarios only). */
  attacker?: AttackerScript;
  /** The look-alike page a scam text links to, if any. */
  page?: FakePage;
  /** Red flags in the genuine code message itself (a code nobody asked for). */
  codeFlags?: RedFlag[];
  /** Red flags of the look-alike page. */
  pageFlags?: RedFlag[];
  /** Scripted paths to each ending, for presenter mode, share links and tests (scams). */
  demo?: Record<Ending, DemoStep[]>;
  /**
   * Moments a trainer's scenario adds to "Real or scam?" rounds (the
   * built-ins' situations are the quiz's own, src/core/quiz/situations.ts).
   */
  situations?: ScenarioSituation[];
}

/** A moment of a scenario as a situation of "Real or scam?"; its words are the texts' `situations.<id>`. */
export interface ScenarioSituation {
  id: string;
  kind: Verdict;
  channel: SituationChannel;
  /** Who it seems to come from, as the phone, inbox or door shows it. */
  from: string;
}

export interface Beat {
  id: string;
  /** Milliseconds after the scenario starts. */
  at: number;
  /** A call rings the phone; its words are the catalogue's `calls.<id>` lines. */
  kind: 'sms' | 'email' | 'notice' | 'call';
  from: string;
  /** What looks wrong in it, for the learner to find. */
  flags?: RedFlag[];
  /** Sent by the attacker's script (the split view names the cause). */
  byAttacker?: boolean;
  /**
   * The learner knows it is coming (a courier due today): until it
   * happens, the view says so beside "Next event". Never for a scammer's
   * move, which would give the story away.
   */
  expected?: boolean;
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
  /**
   * The shop hears of the attack and cancels the attacker's pending
   * sign-in or payment (calling its official number, reporting it).
   */
  foils?: boolean;
  /**
   * The choice hands the genuine code to someone else (a stranger's "send
   * me the code"): the debrief then shows what to do if it happened for
   * real (see `recoverySteps`). Scam runs record a handed-over code as the
   * `share-code` decision instead.
   */
  handsOver?: 'code';
  /**
   * The choice uses the genuine code for its real purpose (read to the
   * real courier at the door, with the parcel in hand). A code works once,
   * so the attacker can no longer use it.
   */
  redeems?: boolean;
}
