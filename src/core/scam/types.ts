import type { Money, Purpose } from '../purpose';
import type { RedFlag } from './flags';

/** How the attacker wants the code handed over. */
export type ShareVia = 'call' | 'reply' | 'page';
export const SHARE_VIAS: readonly ShareVia[] = ['call', 'reply', 'page'];

/**
 * What made the shop send the genuine code: the attacker signing in with
 * the leaked password, starting a checkout with the saved card, or (for a
 * delivery) the real parcel leaving the depot.
 */
export type Trigger = 'sign-in' | 'checkout' | 'dispatch';

/** One thing the attacker does once inside, `after` ms after getting in. */
export interface Loot {
  after: number;
  kind: 'order' | 'address' | 'gift-card' | 'payment-card' | 'contacts' | 'delivered';
  amount?: Money;
}

/**
 * The attacker's script, as data: when they start the real flow, what the
 * genuine code approves, how they ask for it, how long they wait, and what
 * they take if they get in. Their calls and texts are the scenario's beats.
 */
export interface AttackerScript {
  trigger: Trigger;
  /** When the attacker starts the flow, ms after the scenario starts; or as soon as a look-alike page hands them the password. */
  startsAt: number | 'on-phished-password';
  /** What the genuine code approves, as the shop's message says. */
  purpose: Purpose;
  asksVia: ShareVia;
  /** How long the attacker waits for a code after starting, before giving up. */
  patienceMs: number;
  loot: Loot[];
}

/** The look-alike page a scam text links to; it asks for the password, then the code. */
export interface FakePage {
  /** The link's real target, e.g. https://larkspur-help.example/verify */
  url: string;
}

/**
 * A demo is a scam scenario played along a fixed path, step by step: what
 * a trainer shows a room, what a share link's `beat` counts, and what the
 * headless tests replay. Each step waits until its time on the run's clock,
 * then does one thing as the target would. Its caption (speaker notes) is
 * the catalogue's `scenario.<id>.notes.<step id>`.
 */
export type DemoAction =
  /** Nothing to do: let the clock reach this moment (a text lands, the phone rings). */
  | { do: 'wait' }
  | { do: 'answer' }
  | { do: 'decline' }
  | { do: 'hang-up' }
  /** Opens the newest message (or `item`, an arrival id) and reads it through. */
  | { do: 'read'; item?: string }
  /**
   * Hands over the newest code on the phone, as a victim reading it out
   * would; by `page`, it is typed into the open look-alike page.
   */
  | { do: 'share'; via: ShareVia }
  | { do: 'open-link' }
  /** Types the account's real password into the look-alike page. */
  | { do: 'page-password' }
  | { do: 'choose'; decision: string; choice: string }
  | { do: 'mark'; item: string; flag: RedFlag };

export interface DemoStep {
  id: string;
  /** When it happens, ms after the scenario starts. */
  at: number;
  action: DemoAction;
}

export type Ending = 'foiled' | 'taken-over';
export const ENDINGS: readonly Ending[] = ['foiled', 'taken-over'];
