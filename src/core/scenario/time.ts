import type { SimulatedClock } from '../clock';
import type { AuditLogs } from './challenges';
import type { RunStore } from './state';

/**
 * Jumps a run's clock to the next timed event the learner can notice (a
 * message, a call, an expiry, a lockout's end, or `appCodeAt`, when the
 * authenticator app shows its next code). A lost message is not one: the
 * learner never sees it, so the jump goes on past it (doc/model.md: "No
 * spoilers"). Returns false when nothing is due.
 */
export function skipToNext(
  clock: SimulatedClock,
  store: RunStore,
  logs: AuditLogs,
  appCodeAt: number | null,
): boolean {
  const due = clock.nextDue();
  if (appCodeAt !== null && (due === null || appCodeAt < due)) {
    clock.set(appCodeAt);
    return true;
  }
  let seen = store.state;
  let logged = logs.lengths();
  if (!clock.advanceToNext()) return false;
  // A step that only lost a message showed nothing: go on to the next one.
  while (store.state === seen && logs.onlyLostSince(logged) && clock.nextDue() !== null) {
    seen = store.state;
    logged = logs.lengths();
    clock.advanceToNext();
  }
  return true;
}
