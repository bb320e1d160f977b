/**
 * My results (src/core/results.ts): the CSV follows RFC 4180 (fields joined
 * by commas, records by CRLF, a field with a comma, quote or line break in
 * double quotes with its quotes doubled) and OWASP's advice on CSV
 * injection (a field starting with =, +, -, @, tab or CR gets a leading
 * apostrophe). The expected texts are written from those rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finishedScenarios, resultRows, toCsv } from '../../src/core/results';
import type { Play } from '../../src/core/progress';

/** Reads CSV back as RFC 4180 section 2 describes it: the test's own reader, the format's oracle. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('toCsv', () => {
  it('quotes what needs quoting, and only that', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['say "hi"', 'two\nlines'],
      ]),
    ).toBe('a,"b,c"\r\n"say ""hi""","two\nlines"\r\n');
    expect(toCsv([['plain', '']])).toBe('plain,\r\n');
  });

  it('never lets a spreadsheet read a field as a formula', () => {
    expect(toCsv([['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', 'a=b']])).toBe(
      "'=1+1,'+SUM(A1),'-2,'@cmd,'\tx,a=b\r\n",
    );
  });

  it('any rows of text read back as they were (formula starts aside)', () => {
    const text = fc.string({ unit: 'binary' }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        (rows) => {
          expect(readCsv(toCsv(rows))).toEqual(rows);
        },
      ),
    );
  });
});

const play = (p: Partial<Play>): Play => ({
  scenario: 'new-device',
  outcome: 'completed',
  score: 93,
  flags: null,
  at: Date.UTC(2026, 10, 28, 9, 30, 5),
  ...p,
});

describe('resultRows', () => {
  const words = {
    title: (id: string) => `Title of ${id}`,
    outcome: (o: string) => `said ${o}`,
    headings: [
      'Date',
      'Scenario',
      'Outcome',
      'Score',
      'Red flags found',
      'Red flags there',
    ] as const,
  };

  it('heads the table, then lists the newest play first, dated in UTC', () => {
    const rows = resultRows(
      [
        play({}),
        play({
          scenario: 'scam-call',
          outcome: 'foiled',
          score: 87.6,
          flags: { found: 2, there: 3 },
          at: Date.UTC(2026, 10, 28, 10, 0),
        }),
      ],
      words,
    );
    expect(rows).toEqual([
      ['Date', 'Scenario', 'Outcome', 'Score', 'Red flags found', 'Red flags there'],
      ['2026-11-28T10:00:00Z', 'Title of scam-call', 'said foiled', '88', '2', '3'],
      ['2026-11-28T09:30:05Z', 'Title of new-device', 'said completed', '93', '', ''],
    ]);
  });
});

describe('finishedScenarios', () => {
  it('counts each scenario played to an end once, in the order first finished', () => {
    expect(
      finishedScenarios([
        play({ scenario: 'b' }),
        play({ scenario: 'a', outcome: 'unfinished' }),
        play({ scenario: 'c', outcome: 'locked-out' }),
        play({ scenario: 'b', outcome: 'foiled' }),
        play({ scenario: 'a', outcome: 'gave-up' }),
      ]),
    ).toEqual(['b', 'c', 'a']);
  });
});
