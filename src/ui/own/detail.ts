import { parseScenarioDocument } from '../../core/scenario/check';

/** What a card of Your scenarios shows of a record beyond its title. */
export interface RecordDetail {
  summary: string;
  /** A scam with a demo: it can be presented. */
  demo: boolean;
  /** How many moments it gives rounds of Real or scam?. */
  situations: number;
}

const details = new Map<string, RecordDetail>();

/**
 * A stored document's detail, checked once per text (a check plays the
 * demo headless; the list asks again whenever it changes). A document that
 * no longer passes shows nothing beyond its title.
 */
export function recordDetail(text: string): RecordDetail {
  let detail = details.get(text);
  if (!detail) {
    const parsed = parseScenarioDocument(text);
    detail = parsed.ok
      ? {
          summary: parsed.doc.texts.en.summary,
          demo: parsed.doc.scenario.demo !== undefined,
          situations: parsed.doc.scenario.situations?.length ?? 0,
        }
      : { summary: '', demo: false, situations: 0 };
    details.set(text, detail);
  }
  return detail;
}
