/*
 * doc/model.md, "The audit log", prints the start of one retail challenge
 * (seed 42) as a table. This test makes that run and checks the table row
 * by row against the log and `explain`, so the page cannot drift from the
 * engine.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  explain,
  formatClock,
  preset,
  SeededRandom,
  SimulatedClock,
  SIM_EPOCH,
  startChallenge,
  type AuditEntry,
} from '../../src/core';

/** The run: the same steps as the example in doc/api.md, up to the first resend. */
function run(): AuditEntry[] {
  const clock = new SimulatedClock(SIM_EPOCH);
  const actor = startChallenge(
    {
      purpose: { kind: 'sign-in', device: 'Firefox on Linux' },
      channel: 'sms',
      policy: preset('retail'),
    },
    { clock, random: new SeededRandom(42) },
  );
  const context = () => actor.getSnapshot().context;
  const first = context().codes[0]!.code;
  expect(first).not.toBe('000000');
  actor.send({ type: 'SUBMIT', code: '000000' }); // a wrong code, at once
  clock.increment(5 * 60_000); // the text arrives, the cooldown ends, the code expires
  actor.send({ type: 'SUBMIT', code: first }); // the right code, too late
  actor.send({ type: 'RESEND' });
  actor.stop();
  return context().log;
}

/** The page's words for each event of the log. */
const EVENT_WORDS: Record<string, string> = {
  'xstate.init': 'challenge starts',
  SUBMIT: 'code typed',
  RESEND: 'resend',
  'otp.deliver': 'message arrives',
  'otp.cooldown-over': 'cooldown ends',
  'xstate.after.codeLifetime.challenge.pending': 'lifetime runs out',
};

/** One log entry as the page's table shows it. */
function row(entry: AuditEntry): string[] {
  const words = EVENT_WORDS[entry.event];
  if (!words) throw new Error(`no words for the event ${entry.event}`);
  return [
    formatClock(entry.at, true),
    words,
    entry.from === null ? `→ ${entry.to}` : `${entry.from} → ${entry.to}`,
    entry.outcome,
    explain(entry).detail ?? '—',
    entry.codeRef ?? '—',
  ];
}

/** The table that follows "Here is the start of one retail challenge (seed 42)". */
function documentedRows(): string[][] {
  const doc = readFileSync('doc/model.md', 'utf8');
  const start = doc.indexOf('Here is the start of one retail challenge (seed 42)');
  expect(start).toBeGreaterThan(0);
  const lines = doc.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const table = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    table.push(
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  }
  expect(table[0]).toEqual(['Time', 'Event', 'State', 'Outcome', 'Reason', 'Code ref']);
  return table.slice(2); // the header and its rule
}

it('model.md’s seed-42 audit log table is what the engine logs and explain says', () => {
  const log = run();
  expect(documentedRows()).toEqual(log.map(row));
});

it('the references the page names are those of the run', () => {
  const log = run();
  const doc = readFileSync('doc/model.md', 'utf8');
  const section = doc.slice(doc.indexOf('## The audit log'), doc.indexOf('## Sources'));
  const [issued, wrong, late, resent] = [log[0], log[1], log[5], log[6]];
  // "a code reference such as …" is the first code's, and the prose names the wrong one.
  expect(section).toContain(`such as "${issued!.codeRef}"`);
  expect(section).toContain(`own reference (${wrong!.codeRef})`);
  expect(late!.codeRef).toBe(issued!.codeRef);
  expect(resent!.codeRef).not.toBe(issued!.codeRef);
});
