import type { RunState } from './state';
import type { Scenario } from './types';

/**
 * "If this happened for real": what to do after a code or a password left
 * the learner's hands, in the order consumer advice gives (UK NCSC and
 * Report Fraud, US FTC IdentityTheft.gov; shared/guide/scams.md). Each step
 * is a key of the catalogue's `recovery` texts.
 *
 * - `password`: change the password, stop reusing it, turn on two-step
 *   checks: whenever the other side has (or just got) the password.
 * - `devices`: sign out of every device: they may be signed in.
 * - `check`: check addresses, payment cards, orders, phone and email.
 * - `bank`: money went through the learner's card (a payment the code
 *   approved, or an order or gift card the attacker bought with it).
 * - `shop`: tell the shop, through its own app or site, about an order or
 *   a parcel that went to someone else.
 * - `report`: report it (the words follow the learner's region).
 * - `friends`: warn friends: the scammer may text them from this account,
 *   as a friend's hijacked account texted the learner.
 */
export const RECOVERY_STEPS = [
  'password',
  'devices',
  'check',
  'bank',
  'shop',
  'report',
  'friends',
] as const;
export type RecoveryStep = (typeof RECOVERY_STEPS)[number];

/** What left the learner's hands in a run. */
export interface Leak {
  /** A genuine code went to someone else (read out, texted back, typed into a fake page). */
  code: boolean;
  /** The real password was typed into a look-alike page. */
  password: boolean;
}

/** What the learner handed over in this run (nothing, in most runs). */
export function leaked(scenario: Scenario, state: RunState): Leak {
  const code = state.decisions.some(
    (d) =>
      d.id === 'share-code' ||
      scenario.decisions.some(
        (x) => x.id === d.id && x.choices.some((c) => c.id === d.choice && c.handsOver === 'code'),
      ),
  );
  const password = state.decisions.some((d) => d.id === 'page-password');
  return { code, password };
}

/**
 * The steps for this run, in order; empty when nothing left the learner's
 * hands (then the debrief shows no "If this happened for real" section).
 * Pure: the same scenario and state always give the same steps.
 */
export function recoverySteps(scenario: Scenario, state: RunState): RecoveryStep[] {
  const leak = leaked(scenario, state);
  if (!leak.code && !leak.password) return [];
  const script = scenario.attacker;
  // What the handed-over code approves: the attacker's action, or the scenario's own.
  const kind = script ? script.purpose.kind : scenario.purpose.kind;
  // A delivery code opens no account: the parcel is what it gives away.
  const account = kind !== 'delivery';
  // Whoever asked holds the password: a sign-in or payment code they
  // triggered means they signed in with it; a fake page captured it.
  const knowsPassword =
    leak.password || (account && (script ? state.attacker?.hasPassword !== false : true));
  // Once inside, the attacker does what their script says: plan for all of it.
  const inside = state.attacker?.insideAt != null;
  const taken = new Set(inside ? (script?.loot ?? []).map((l) => l.kind) : []);
  const paid =
    leak.code &&
    (kind === 'checkout' || kind === 'gift-card' || taken.has('order') || taken.has('gift-card'));
  const goods =
    leak.code &&
    (kind === 'checkout' || kind === 'delivery' || taken.has('order') || taken.has('delivered'));
  const friends = leak.code && (script?.loot.some((l) => l.kind === 'contacts') ?? false);
  const steps: RecoveryStep[] = [];
  if (knowsPassword) steps.push('password');
  if (leak.code && account) steps.push('devices', 'check');
  if (paid) steps.push('bank');
  if (goods) steps.push('shop');
  steps.push('report');
  if (friends) steps.push('friends');
  return steps;
}
