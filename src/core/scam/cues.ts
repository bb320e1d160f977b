import type { RedFlag } from './flags';

/**
 * What carried a red flag in one item: the very words (`quote`, found word
 * for word in the item's text, so a learner can select them), or a cue said
 * in words (`cue`) when no words carry it, such as a call nobody expected.
 * Cues live in each scenario's texts under `cues`, keyed by `cueKey(item)`.
 */
export type FlagCue = { readonly quote: string } | { readonly cue: string };
export type FlagCues = Readonly<Record<string, Partial<Readonly<Record<RedFlag, FlagCue>>>>>;

/**
 * The key of an item's cues: the beat's id for a message or call
 * (`beat-<id>`, `call-<id>`), `page` for the look-alike page, and `code`
 * for the genuine code message (the only other item that carries flags).
 */
export function cueKey(item: string): string {
  if (item === 'page') return 'page';
  if (item.startsWith('call-') || item.startsWith('beat-')) return item.slice(5);
  return 'code';
}

export function flagCue(cues: FlagCues | undefined, item: string, flag: RedFlag): FlagCue | null {
  return cues?.[cueKey(item)]?.[flag] ?? null;
}

/** Fewer characters than this are too little to mean anything ("a", "the"). */
export const MIN_SELECTION = 4;
/** Characters in a row a selection must share with a quote when neither holds the other. */
const OVERLAP = 12;
/** How far a selection may run past the quote it holds: selecting everything finds nothing. */
const SLACK = 20;

const normalise = (text: string): string =>
  text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/**
 * The flags among `flags` whose quoted words a learner's selection points
 * at: the selection lies inside the quote, or holds it with little more
 * around it, or shares at least 12 characters in a row with it. Case,
 * curly quotes and spacing do not matter. A selection of a whole message
 * holds every quote but points at none, so it finds nothing.
 */
export function flagsInSelection(
  cues: FlagCues | undefined,
  item: string,
  flags: readonly RedFlag[],
  selection: string,
): RedFlag[] {
  const s = normalise(selection);
  if (s.length < MIN_SELECTION) return [];
  return flags.filter((flag) => {
    const cue = flagCue(cues, item, flag);
    if (!cue || !('quote' in cue)) return false;
    const q = normalise(cue.quote);
    if (q.includes(s)) return true;
    if (s.includes(q)) return s.length <= q.length + SLACK;
    const run = Math.min(OVERLAP, q.length);
    if (s.length > q.length + SLACK) return false;
    for (let i = 0; i + run <= s.length; i++) if (q.includes(s.slice(i, i + run))) return true;
    return false;
  });
}
