import type { Play } from './schema/save';
import type { RunOutcome } from './scenario/outcome';

/**
 * My results: the learner's plays (the save's `history`) as a table, as
 * CSV to download, and what a certificate of completion states. Nothing
 * here leaves the browser; the view formats dates and words.
 */

/** The scenarios played to an end (any outcome but `unfinished`), each once, in the order first finished. */
export function finishedScenarios(history: readonly Play[]): string[] {
  const ids: string[] = [];
  for (const play of history) {
    if (play.outcome !== 'unfinished' && !ids.includes(play.scenario)) ids.push(play.scenario);
  }
  return ids;
}

/** The words a results table needs from the view: a scenario's title and an outcome's name. */
export interface ResultWords {
  title: (scenarioId: string) => string;
  outcome: (outcome: RunOutcome) => string;
  headings: readonly [
    date: string,
    scenario: string,
    outcome: string,
    score: string,
    found: string,
    there: string,
  ];
}

/**
 * The history as rows for CSV, newest first, with a heading row. The date
 * is ISO 8601 in UTC (a spreadsheet reads it, whatever its language); the
 * score is rounded to a whole number as the page shows it; red flags are
 * empty in a scenario without any.
 */
export function resultRows(history: readonly Play[], words: ResultWords): string[][] {
  const rows = [...history]
    .reverse()
    .map((p) => [
      new Date(p.at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      words.title(p.scenario),
      words.outcome(p.outcome),
      String(Math.round(p.score)),
      p.flags ? String(p.flags.found) : '',
      p.flags ? String(p.flags.there) : '',
    ]);
  return [[...words.headings], ...rows];
}

/**
 * Rows as CSV (RFC 4180): fields joined by commas, lines by CRLF; a field
 * with a comma, a quote or a line break is quoted, its quotes doubled. A
 * field that a spreadsheet would read as a formula (it starts with =, +,
 * -, @, a tab or a carriage return) is written with a leading apostrophe,
 * as OWASP's "CSV Injection" page advises, so a scenario title can never
 * run as one.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (text: string) => {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
