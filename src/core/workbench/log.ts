import type { AuditEntry } from '../challenge';
import { formatClock } from '../format';
import type { RunLogEntry } from '../scenario/log';
import { mergeByTime } from '../timeline';

/**
 * The workbench's one event log for a scenario run: the challenges' audit
 * entries and the run's own log (flow, attacker, call, page, learner) as rows of one
 * shape, so a table can show them side by side and filter them by actor.
 */
export type LogActor = 'learner' | 'page' | 'call' | 'attacker' | 'challenge' | 'flow';

/**
 * Every actor, in the order rows of the same simulated time are shown: the
 * learner's action first, then what it moved on the phone (the look-alike
 * page, a call), the attacker's, the shop's challenge, and the learner's
 * flow, which mostly reacts to the others (a code accepted, the attacker
 * done).
 */
export const LOG_ACTORS: readonly LogActor[] = [
  'learner',
  'page',
  'call',
  'attacker',
  'challenge',
  'flow',
];

export interface MergedEntry {
  /** Unique within one merge: `challenge:<index>` or `run:<seq>`. */
  key: string;
  at: number;
  actor: LogActor;
  /** The entry's number in its own log (challenge entries: in their challenge). */
  seq: number;
  event: string;
  from: string | null;
  to: string;
  /** Challenge entries only; null for the run's own rows. */
  outcome: string | null;
  reason: string | null;
  codeRef: string | null;
}

/**
 * Merges the challenges' audit entries (oldest first, as a debrief's
 * timeline gives them) with the run's own log. Rows are ordered by
 * simulated time; at the same time by actor, in `LOG_ACTORS` order; within
 * one actor, each log keeps its own order. The result depends only on the
 * two lists, so the same run always gives the same rows.
 */
export function mergeRunLogs(
  challenge: readonly AuditEntry[],
  run: readonly RunLogEntry[],
): MergedEntry[] {
  const ours = challenge.map((e, index): MergedEntry => ({
    key: `challenge:${index}`,
    at: e.at,
    actor: 'challenge',
    seq: e.seq,
    event: e.event,
    from: e.from,
    to: e.to,
    outcome: e.outcome,
    reason: e.reason,
    codeRef: e.codeRef,
  }));
  const theirs = run.map((e): MergedEntry => ({
    key: `run:${e.seq}`,
    at: e.at,
    actor: e.actor,
    seq: e.seq,
    event: e.event,
    from: e.from,
    to: e.to,
    outcome: null,
    reason: null,
    codeRef: null,
  }));
  return mergeByTime([ours, theirs], (r) => LOG_ACTORS.indexOf(r.actor));
}

/** A challenge's own audit log as rows of the merged shape (actor `challenge`). */
export function challengeRows(log: readonly AuditEntry[]): MergedEntry[] {
  return mergeRunLogs(log, []);
}

export interface LogFilter {
  actor?: LogActor | '';
  event?: string;
  outcome?: string;
}

/** The rows that pass every filter that is set (an empty string lets all through). */
export function filterLog(rows: readonly MergedEntry[], filter: LogFilter): MergedEntry[] {
  return rows.filter(
    (r) =>
      (!filter.actor || r.actor === filter.actor) &&
      (!filter.event || r.event === filter.event) &&
      (!filter.outcome || r.outcome === filter.outcome),
  );
}

/** One row as a tab-separated line, as "copy as text" gives it; the actor column is optional. */
export function logLine(r: MergedEntry, withActor: boolean): string {
  return [
    formatClock(r.at, true),
    ...(withActor ? [r.actor] : []),
    r.event,
    `${r.from ?? '—'} → ${r.to}`,
    r.outcome ?? '',
    r.reason ?? '',
    r.codeRef ?? '',
  ].join('\t');
}
