/**
 * The scenario format's tools (issue 12): `npm run scenario:new` writes a
 * starting file from a built-in, `npm run scenario:check` lists each file's
 * problems as `path: message` (exit 0 all valid, 1 problems, 2 unreadable
 * or no file), and doc/scenario.schema.json is what the valibot schema
 * generates now.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../scripts/scenario-json-schema';
import { SCENARIO_IDS } from '../support/builtins';
import { checkScenario } from '../../src/core/scenario/check';

const dir = mkdtempSync(join(tmpdir(), 'otp-scenario-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const node = (script: string, args: string[]) =>
  spawnSync('node', [`scripts/${script}`, ...args], { encoding: 'utf8' });

describe('doc/scenario.schema.json', () => {
  it('is exactly what the scenario schema generates now (npm run scenario:schema)', async () => {
    expect(readFileSync('doc/scenario.schema.json', 'utf8')).toBe(await scenarioJsonSchemaText());
  });

  it('says what the format says: strict objects, the version, slug ids, limits', async () => {
    const schema = JSON.parse(await scenarioJsonSchemaText()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['format', 'version', 'scenario', 'texts']);
    expect(schema.properties.version).toEqual({ const: '1.0' });
    const data = schema.properties.scenario;
    expect(data.additionalProperties).toBe(false);
    expect(data.properties.id.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    expect(data.properties.beats.maxItems).toBe(30);
    expect(data.properties.minutes).toEqual({ type: 'integer', minimum: 1, maximum: 60 });
    expect(schema.properties.texts.properties.en.properties.title.maxLength).toBe(100);
  });
});

describe('npm run scenario:new', () => {
  it('writes a starting file from a built-in that passes checkScenario as it is', () => {
    const out = spawnSync('npm', ['run', '--silent', 'scenario:new', '--', '--from', 'scam-call'], {
      encoding: 'utf8',
    });
    expect(out.status).toBe(0);
    const doc = JSON.parse(out.stdout) as { scenario: { id: string } };
    expect(doc.scenario.id).toBe('my-scam-call');
    expect(checkScenario(doc)).toEqual([]);
    writeFileSync(join(dir, 'mine.json'), out.stdout);
  }, 30_000);

  it('refuses an unknown id, listing every built-in (exit 2)', () => {
    const out = node('scenario-new.mjs', ['--from', 'scam-phone']);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('There is no built-in scenario "scam-phone".');
    expect(out.stderr).toContain(`The built-in scenarios: ${SCENARIO_IDS.join(', ')}.`);
    expect(node('scenario-new.mjs', []).status).toBe(2);
  }, 30_000);
});

describe('npm run scenario:check', () => {
  it('exit 0 when every file is valid, 1 with each problem as path: message, 2 for a file it cannot read', () => {
    const good = join(dir, 'mine.json');
    const doc = JSON.parse(readFileSync(good, 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    doc.scenario.decisions[0].afterBeat = 'nowhere';
    doc.scenario.decisions[0].choices[0].safe = false;
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(doc));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format":');
    const missing = join(dir, 'missing.json');

    const ok = node('scenario-check.mjs', [good]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(`${good}: a valid scenario ("my-scam-call").\n`);

    const problems = node('scenario-check.mjs', [good, bad, broken]);
    expect(problems.status).toBe(1);
    expect(problems.stdout.split('\n')).toEqual([
      `${good}: a valid scenario ("my-scam-call").`,
      `${bad}: 2 problems`,
      '  scenario.decisions[0].afterBeat: names no beat of this scenario ("nowhere"); the beats are "agent-call".',
      '  scenario.decisions[0].choices: has no safe choice: give the learner at least one choice with "safe": true.',
      `${broken}: 1 problem`,
      expect.stringMatching(/^ {2}document: This is not JSON: ./),
      '',
    ]);

    const unreadable = node('scenario-check.mjs', [good, missing]);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toBe(`${missing}: cannot be read (ENOENT).\n`);

    const none = node('scenario-check.mjs', []);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^Usage: npm run scenario:check -- /);
  }, 60_000);
});
