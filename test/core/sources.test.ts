/**
 * Every factual sentence a learner sees is traceable: the catalogues cite
 * sources by key (a `sources` map beside each scenario's texts, `enSources`
 * beside the shared texts), and doc/sources.md lists every key with its date.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en, enSources } from '../../src/core/i18n/en';
import { RED_FLAGS } from '../../src/core/scam/flags';
import { builtInDocument, SCENARIO_IDS } from '../support/builtins';

type SourceMap = Readonly<Record<string, readonly string[]>>;
interface ScenarioModule {
  texts: object;
  sources?: SourceMap;
}

const DOC = readFileSync('doc/sources.md', 'utf8');

/** The keys doc/sources.md lists (`### \`key\``), with the text of each entry. */
function listed(doc: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = doc.split(/^### /m).slice(1);
  for (const part of parts) {
    const key = /^`([a-z0-9.-]+)`/.exec(part)?.[1];
    if (key) out.set(key, part);
  }
  return out;
}
const LISTED = listed(DOC);

/** A built-in's texts (its card included) and their sources, from its file. */
function scenarioModule(id: string): ScenarioModule {
  const doc = builtInDocument(id);
  return { texts: doc.texts.en, sources: doc.sources?.en ?? {} };
}

/** The value at a path like `rightMoves.0` or `redFlag.look-alike.explain`. */
function at(root: unknown, path: string): unknown {
  let node = root;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Every citing map: the shared one and one per scenario, each with the texts it cites. */
function citingMaps(): { name: string; texts: unknown; sources: SourceMap }[] {
  return [
    { name: 'en', texts: en, sources: enSources },
    ...SCENARIO_IDS.map((id) => {
      const mod = scenarioModule(id);
      return {
        name: id,
        texts: mod.texts,
        sources: mod.sources ?? {},
      };
    }),
  ];
}

describe('doc/sources.md', () => {
  it('lists sources by key, each with who, a date and what it supports', () => {
    expect(LISTED.size).toBeGreaterThanOrEqual(15);
    for (const [key, entry] of LISTED) {
      expect(entry, key).toMatch(/\*\*Who, what:\*\* \S/);
      expect(entry, key).toMatch(/\*\*Date:\*\* \S/);
      expect(entry, key).toMatch(/\*\*Supports:\*\* \S/);
    }
  });

  it('every source listed is cited by some text (none is left over)', () => {
    const cited = new Set(citingMaps().flatMap((m) => Object.values(m.sources).flat()));
    expect([...LISTED.keys()].filter((k) => !cited.has(k))).toEqual([]);
  });
});

describe('the catalogues cite by key', () => {
  it.each(citingMaps().map((m) => [m.name, m] as const))(
    '%s: every key cited is in doc/sources.md, on a text that exists',
    (_name, m) => {
      for (const [path, keys] of Object.entries(m.sources)) {
        expect(typeof at(m.texts, path), `${m.name}: ${path} is not a text`).toBe('string');
        expect(keys.length, `${m.name}: ${path} cites nothing`).toBeGreaterThan(0);
        for (const key of keys) expect(LISTED.has(key), `${m.name}: ${path} → ${key}`).toBe(true);
      }
    },
  );

  it.each(SCENARIO_IDS)('%s: every right move in its debrief cites a source', (id) => {
    const mod = scenarioModule(id);
    const moves = (mod.texts as { rightMoves: readonly string[] }).rightMoves;
    expect(moves.length).toBeGreaterThan(0);
    const missing = moves
      .map((_, i) => `rightMoves.${i}`)
      .filter((path) => !(mod.sources?.[path]?.length ?? 0));
    expect(missing).toEqual([]);
  });

  it('every red flag explanation cites a source', () => {
    const sources = enSources as SourceMap;
    for (const flag of RED_FLAGS) {
      expect(sources[`redFlag.${flag}.explain`]?.length ?? 0, flag).toBeGreaterThan(0);
    }
  });

  it('every reporting line, and what every code message says if you did not start it, cites a source', () => {
    const sources = enSources as SourceMap;
    for (const region of ['uk', 'us', 'elsewhere']) {
      expect(sources[`report.${region}`]?.length ?? 0, region).toBeGreaterThan(0);
    }
    for (const purpose of Object.keys(en.notYou)) {
      expect(sources[`notYou.${purpose}`]?.length ?? 0, purpose).toBeGreaterThan(0);
    }
    // The subject line is a template of names, not a claim; the bodies are.
    for (const key of ['sms', 'deliverySms', 'email']) {
      expect(sources[`message.${key}`]?.length ?? 0, key).toBeGreaterThan(0);
    }
  });

  it('a text that names a standard cites it by key', () => {
    const sources = enSources as SourceMap;
    const byName: [RegExp, string][] = [
      [/NIST SP 800-63B-4/, 'nist-800-63b-4'],
      [/RFC 6238/, 'rfc-6238'],
      [/RFC 4226/, 'rfc-4226'],
      [/OWASP MFA Cheat Sheet/, 'owasp-mfa-cheat-sheet'],
    ];
    for (const [group, texts] of [
      ['reason', en.reason],
      ['redFlag', en.redFlag],
    ] as const) {
      for (const [key, value] of Object.entries(texts)) {
        const text = typeof value === 'string' ? value : value.explain;
        const path = typeof value === 'string' ? `${group}.${key}` : `${group}.${key}.explain`;
        for (const [name, source] of byName) {
          if (name.test(text)) expect(sources[path] ?? [], path).toContain(source);
        }
      }
    }
  });
});
