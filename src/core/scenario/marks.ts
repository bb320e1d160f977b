import { flagsInSelection } from '../scam/cues';
import type { FlagCues } from '../scam/cues';
import type { RedFlag } from '../scam/flags';
import type { Phone } from './phone';
import type { RunContext } from './state';

/** One red flag that was in the run, and whether the learner marked it. */
export interface FlagFinding {
  item: string;
  flag: RedFlag;
  found: boolean;
}

/** What the learner marked, against what was there. */
export interface Findings {
  /** Every red flag in what arrived (or was opened), found or missed. */
  redFlags: FlagFinding[];
  /** Flags the learner marked on items that did not have them. */
  falseFlags: { item: string; flag: RedFlag }[];
}

/**
 * The red flags of a run: which items can carry them (what arrived, the
 * calls that rang, the look-alike page once opened), which flags each
 * really has, and the learner's marks on them (`state.marks`).
 */
export class Marks {
  constructor(
    private readonly ctx: RunContext,
    private readonly phone: Phone,
  ) {}

  /** Everything the learner has seen that can carry red flags. */
  items(): string[] {
    const state = this.ctx.store.state;
    const items = state.arrivals.map((a) => a.id);
    for (const beat of this.ctx.scenario.beats) {
      if (beat.kind === 'call' && this.phone.callRang(beat.id)) items.push(`call-${beat.id}`);
    }
    if (state.page) items.push('page');
    return items;
  }

  /** The red flags really in an item (empty for a plain, honest message). */
  flagsOf(item: string): RedFlag[] {
    const scenario = this.ctx.scenario;
    if (item === 'page') return scenario.pageFlags ?? [];
    const beatId = item.startsWith('call-')
      ? item.slice(5)
      : item.startsWith('beat-')
        ? item.slice(5)
        : null;
    if (beatId !== null) return scenario.beats.find((b) => b.id === beatId)?.flags ?? [];
    const arrival = this.ctx.store.state.arrivals.find((a) => a.id === item);
    return arrival?.cause ? (scenario.codeFlags ?? []) : [];
  }

  /** Marks (or unmarks) a red flag on something that arrived or was opened. */
  mark(item: string, flag: RedFlag): void {
    if (!this.items().includes(item)) return;
    const { store } = this.ctx;
    const marked = store.state.marks[item] ?? [];
    const next = marked.includes(flag) ? marked.filter((f) => f !== flag) : [...marked, flag];
    store.update({ marks: { ...store.state.marks, [item]: next } });
  }

  /**
   * Marks the red flags whose words the learner selected in an item
   * (`flagsInSelection`: only flags really there can be found this way) and
   * returns them; empty when the words carry none. It never unmarks.
   */
  markSelection(item: string, selection: string, cues: FlagCues | undefined): RedFlag[] {
    if (!this.items().includes(item)) return [];
    const { store } = this.ctx;
    const found = flagsInSelection(cues, item, this.flagsOf(item), selection);
    const marked = store.state.marks[item] ?? [];
    const added = found.filter((f) => !marked.includes(f));
    if (added.length > 0) {
      store.update({ marks: { ...store.state.marks, [item]: [...marked, ...added] } });
    }
    return found;
  }

  /** Every flag there, found or missed, and every flag marked that was not there. */
  findings(): Findings {
    const redFlags: FlagFinding[] = [];
    const falseFlags: { item: string; flag: RedFlag }[] = [];
    for (const item of this.items()) {
      const there = this.flagsOf(item);
      const marked = this.ctx.store.state.marks[item] ?? [];
      for (const flag of there) redFlags.push({ item, flag, found: marked.includes(flag) });
      for (const flag of marked) if (!there.includes(flag)) falseFlags.push({ item, flag });
    }
    return { redFlags, falseFlags };
  }
}
