// The worked example of doc/api.md ("From a trace to a passing test"), kept identical.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseTrace, replayTrace } from '../../src/core';

it('the lockout trace replays', async () => {
  const parsed = parseTrace(readFileSync('test/traces/lockout.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const replay = await replayTrace(parsed.trace);
  expect(replay.state).toBe(parsed.trace.final.state);
  expect(replay.log).toEqual(parsed.trace.final.log);
});
