import type { AuditEntry } from '../challenge';
import { policyRules } from '../policy';
import type { Policy, RuleCheck, RuleId } from '../policy';
import type { RedFlag } from '../scam/flags';
import { mergeByTime } from '../timeline';
import type { FlagFinding, Findings } from './marks';
import type { RunOutcome } from './outcome';
import type { AttackerView, RunState } from './state';
import type { Scenario } from './types';

export interface Debrief {
  outcome: RunOutcome;
  /** Every audit entry of every challenge in this run, in order. */
  timeline: AuditEntry[];
  /** Rules that visibly did their job in this run. */
  protectedBy: RuleId[];
  /** The scenario's rules, each with whether the run's policy meets it, and its source. */
  rules: RuleCheck[];
  /** Every standard the rules cite, once each. */
  standards: string[];
  wrongCodes: number;
  resends: number;
  /**
   * Resends that cost points: those asked for while the code they replaced
   * had already arrived (phone, inbox or Spam) and still worked. A new code
   * when the message never came, or after the old one expired or was voided,
   * is the right move and costs nothing (see `costlyResends`).
   */
  costlyResends: number;
  /** The unsafe decisions, by id (handing over a code or password counts too). */
  unsafeChoices: string[];
  /** Every red flag in what arrived (or was opened), found or missed. */
  redFlags: FlagFinding[];
  /** Flags the learner marked on items that did not have them. */
  falseFlags: { item: string; flag: RedFlag }[];
  /** The attacker's console at the end (scam scenarios). */
  attacker: AttackerView | null;
  /** 0–100: see `score()` for how it is made up. */
  score: number;
}

/** What a debrief is read off: the run's scenario, policy and state, and its challenges' logs. */
export interface DebriefInput {
  scenario: Scenario;
  policy: Policy;
  state: RunState;
  /** Each challenge's audit log, in the order they started. */
  logs: readonly AuditEntry[][];
  findings: Findings;
}

/** The debrief of a run, as it stands now (a run still going debriefs as `unfinished`). */
export function debriefRun({ scenario, policy, state, logs, findings }: DebriefInput): Debrief {
  // Entries of one moment by their number in their own challenge.
  const timeline = mergeByTime(logs, (e) => e.seq);
  const protectedBy = new Set<RuleId>();
  for (const e of timeline) {
    if (e.to === 'locked' && e.from !== 'locked') protectedBy.add('failure-limit');
    if (e.outcome === 'expired') protectedBy.add('code-lifetime');
    if (e.outcome === 'superseded') protectedBy.add('resend-kills-old-code');
    if (e.outcome === 'used') protectedBy.add('single-use');
  }
  const wrongCodes = timeline.filter(
    (e) =>
      ['wrong', 'superseded'].includes(e.outcome) ||
      (e.outcome === 'used' && e.from !== 'accepted'),
  ).length;
  const resends = timeline.filter((e) => e.outcome === 'resent').length;
  const unsafeChoices = state.decisions.filter((d) => !d.safe).map((d) => d.id);
  const ending = outcome(scenario, state, timeline);
  const rules = policyRules(policy).filter((r) => scenario.rules.includes(r.rule));
  const { redFlags, falseFlags } = findings;
  const costly = logs.reduce((n, log) => n + costlyResends(log), 0);
  return {
    outcome: ending,
    timeline,
    protectedBy: [...protectedBy],
    rules,
    standards: [...new Set(rules.flatMap((r) => r.source.split('; ')))],
    wrongCodes,
    resends,
    costlyResends: costly,
    unsafeChoices,
    redFlags,
    falseFlags,
    attacker: state.attacker,
    score: score({
      outcome: ending,
      wrongCodes,
      resends: costly,
      unsafe: unsafeChoices.length,
      flags:
        scenario.flow === 'scam'
          ? {
              there: redFlags.length,
              found: redFlags.filter((f) => f.found).length,
              wrong: falseFlags.length,
            }
          : undefined,
    }),
  };
}

/** The red flags found of those there were, as My results lists them; null when there were none. */
export function flagTally(
  debrief: Pick<Debrief, 'redFlags'>,
): { found: number; there: number } | null {
  const there = debrief.redFlags.length;
  return there === 0 ? null : { found: debrief.redFlags.filter((f) => f.found).length, there };
}

/** How the run ended (or stands): see `RunOutcome`. */
function outcome(scenario: Scenario, state: RunState, timeline: AuditEntry[]): RunOutcome {
  if (scenario.flow === 'scam') {
    const attacker = state.attacker;
    if (attacker?.insideAt != null) return 'taken-over';
    if (state.step !== 'done') return 'unfinished';
    // Nobody got in, but the scammer still has the password: not safe yet.
    if (attacker?.hasPassword && attacker.gaveUp !== 'cancelled') return 'password-at-risk';
    return 'foiled';
  }
  if (state.decisions.some((d) => !d.safe)) return 'compromised';
  if (state.step === 'done') {
    return scenario.flow === 'unrequested' ? 'safe' : 'completed';
  }
  const last = timeline.at(-1);
  if (last && (last.to === 'locked' || last.to === 'voided')) return 'locked-out';
  if (last?.to === 'cancelled') return 'gave-up';
  return 'unfinished';
}

/**
 * The score a debrief shows, out of 100. Each ending has its base: 100 for
 * a completed, safe or foiled run, 60 when the scammer still holds the
 * password, 60 locked out, 50 gave up, 40 unfinished, 20 compromised or
 * taken over. Then each wrong code costs 5, each costly resend 2 (a new
 * code the learner needed is free) and each unsafe choice 40; in a
 * password-at-risk run the first unsafe choice is the ending itself, so
 * it is not counted twice. In a scam with red flags, what was learnt counts
 * on its own: those points count 0.8, and the flags add 20 × (flags found
 * − flags marked that were not there) / flags there (at least 0), so a
 * learner the scammer got past still earns the signs they spotted.
 */
export function score(r: {
  outcome: RunOutcome;
  wrongCodes: number;
  resends: number;
  unsafe: number;
  flags?: { there: number; found: number; wrong: number };
}): number {
  const base = {
    completed: 100,
    safe: 100,
    foiled: 100,
    'password-at-risk': 60,
    'taken-over': 20,
    'locked-out': 60,
    'gave-up': 50,
    unfinished: 40,
    compromised: 20,
  }[r.outcome];
  const unsafe = r.outcome === 'password-at-risk' ? Math.max(0, r.unsafe - 1) : r.unsafe;
  const points = Math.max(0, base - 5 * r.wrongCodes - 2 * r.resends - 40 * unsafe);
  const f = r.flags;
  if (!f || f.there === 0) return points;
  const share = Math.max(0, f.found - f.wrong) / f.there;
  return Math.max(0, Math.min(100, Math.round(0.8 * points + 20 * share)));
}

/**
 * How many of a challenge's resends cost points: a resend asked for while
 * the code it replaces was live (the challenge `pending`) and its message
 * had already arrived (on the phone, in the inbox or in Spam). A resend
 * when that message was lost or still on its way, or after the code
 * expired or was voided, is the move the scenario teaches: free.
 */
export function costlyResends(log: readonly AuditEntry[]): number {
  const arrived = new Set<string>();
  let newest: string | null = null;
  let costly = 0;
  for (const e of log) {
    if (e.outcome === 'delivered' && e.codeRef) arrived.add(e.codeRef);
    if (e.outcome === 'resent' || e.outcome === 'issued') {
      if (e.outcome === 'resent' && e.from === 'pending' && newest && arrived.has(newest)) {
        costly += 1;
      }
      newest = e.codeRef;
    }
  }
  return costly;
}
