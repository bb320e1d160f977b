import { ownSituations } from '../../core/quiz';
import type { Situation } from '../../core/quiz';
import type { ShareError } from '../../core/share';
import { own, openRecord } from './own.svelte';

/** A trainer's scenario's situations for a round of "Real or scam?", with its title. */
export type OwnRound =
  { ok: true; title: string; situations: Situation[] } | { ok: false; error: ShareError };

/**
 * The situations of the scenario `id` kept in Your scenarios, checked again
 * as it is opened and its texts registered (so `quizText` finds their
 * words). A round link names the scenario by id: a browser that does not
 * keep it, or keeps one without situations, is told so and draws nothing.
 */
export async function ownRound(id: string): Promise<OwnRound> {
  await own.load();
  const record = own.find(id);
  if (!record) return { ok: false, error: 'not-kept' };
  const opened = openRecord(record);
  if (!opened.ok) return { ok: false, error: 'not-kept' };
  const situations = ownSituations(opened.scenario);
  if (situations.length === 0) return { ok: false, error: 'no-situations' };
  return { ok: true, title: record.title, situations };
}
