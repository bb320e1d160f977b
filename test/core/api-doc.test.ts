/*
 * doc/api.md is code you can copy. This test
 *
 * - runs every ```ts block of the page exactly as printed (a block marked
 *   `<!-- not run: signature -->` is a signature, not an example), checking
 *   each printed result (`expr; // → value`);
 * - type-checks every example with the project's tsconfig, as a reader's
 *   file in test/core/ would be, and checks that every field of the main
 *   input and output types is named on the page;
 * - checks that every name in "Every export, by module" is exported by
 *   that module (values at run time, types with the compiler), and that
 *   every function, class, constant or type the page names is in that index.
 *
 * Each block is written to its own file two folders below the project root
 * (in .reports/, which git ignores), so the page's '../../src/core' imports
 * resolve exactly as they would from test/core/.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { exportIndex, tsBlocks, withChecks } from '../support/doc-blocks';

const PAGE = 'doc/api.md';
const INDEX = '## Every export, by module';
const markdown = readFileSync(PAGE, 'utf8');
const blocks = tsBlocks(markdown);
const index = exportIndex(markdown, INDEX);

const dir = resolve(`.reports/api-doc-${process.pid}-${Date.now()}`);
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What `// → value` becomes: a call of this helper, imported at the end of the file. */
const HELPER = "import { shows as __shows } from '../../test/support/doc-blocks';\n";

const examples = blocks
  .filter((b) => b.notRun === null)
  .map((block) => {
    const { code, checks } = withChecks(block.code);
    const file = join(dir, `block-${String(block.n).padStart(2, '0')}.ts`);
    // Appended, so line numbers stay the page's; imports are hoisted anyway.
    writeFileSync(file, `${code}${checks ? HELPER : ''}export {};\n`);
    const isTestFile = /^(?:it|test|describe)\(/m.test(block.code);
    return { block, file, checks, isTestFile };
  });

const typesFile = join(dir, 'listed-types.ts');
writeFileSync(
  typesFile,
  index
    .filter((row) => row.types.length > 0)
    .map((row) => `import type { ${row.types.join(', ')} } from '../../${specifier(row.module)}';`)
    .join('\n') + '\nexport {};\n',
);

function specifier(module: string): string {
  return module.replace(/\.ts$/, '').replace(/\/index$/, '');
}

describe(`every example in ${PAGE} runs as printed`, () => {
  for (const { block, file, isTestFile } of examples) {
    const name = `example ${block.n} (line ${block.line}, "${block.heading}")`;
    if (isTestFile) {
      // A test file as printed: its own `it`s are collected here.
      describe(name, async () => {
        await import(/* @vite-ignore */ file);
      });
    } else {
      it(name, async () => {
        await import(/* @vite-ignore */ file);
      });
    }
  }

  it('leaves only signatures unrun, and checks the printed results', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    for (const b of blocks.filter((b) => b.notRun !== null)) {
      expect(b.notRun, `block at line ${b.line}`).toBe('signature');
      expect(b.code, `block at line ${b.line}`).not.toMatch(/^(?:import|const|await) /m);
    }
    expect(examples.reduce((sum, e) => sum + e.checks, 0)).toBeGreaterThanOrEqual(5);
  });
});

let checked: ts.Program | null = null;

/** One program for the examples and the listed types, with the project's options. */
function program(): ts.Program {
  if (checked) return checked;
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined };
  const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, host);
  if (!config) throw new Error('tsconfig.json could not be read');
  const files = [...examples.map((e) => e.file), typesFile];
  // The examples need Node's types and the packages they import; not Svelte's.
  return (checked = ts.createProgram(files, { ...config.options, types: ['node'] }));
}

it(`every example in ${PAGE}, and every type it lists, type-checks`, () => {
  const files = [...examples.map((e) => e.file), typesFile];
  const problems = files.flatMap((file) => {
    const source = program().getSourceFile(file)!;
    const example = examples.find((e) => e.file === file);
    return [
      ...program().getSyntacticDiagnostics(source),
      ...program().getSemanticDiagnostics(source),
    ]
      .filter((d) => d.category === ts.DiagnosticCategory.Error)
      .map((d) => {
        const { line } = source.getLineAndCharacterOfPosition(d.start ?? 0);
        const where = example
          ? `${PAGE}:${example.block.line + line} (example ${example.block.n})`
          : `"${INDEX}"`;
        return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
  });
  expect(problems).toEqual([]);
}, 120_000);

/** The input and output types whose every field the page documents. */
const DOCUMENTED_TYPES = [
  ...['ChallengeInput', 'Policy', 'Throttle', 'DeliveryPlan', 'Delivery', 'Brand', 'Destinations'],
  ...['ChallengeContext', 'CodeRecord', 'AuditEntry', 'ResultData', 'Purpose', 'Money'],
  ...['TotpEnrolment', 'TotpVerdict', 'BruteForceOdds', 'RuleCheck', 'PolicyProblem'],
  ...['Trace', 'TracedEvent', 'ReplayResult', 'RunOptions', 'Debrief'],
];

it(`every field of ${DOCUMENTED_TYPES.length} input and output types is named in ${PAGE}`, () => {
  const checker = program().getTypeChecker();
  const source = program().getSourceFile(typesFile)!;
  // Code in the prose, and the lines of the signatures (the AuditEntry interface).
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  const spans = [
    ...[...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!),
    ...blocks.filter((b) => b.notRun !== null).flatMap((b) => b.code.split('\n')),
  ];
  const undocumented: string[] = [];
  const seen = new Set<string>();
  source.forEachChild(function visit(node) {
    if (ts.isImportSpecifier(node) && DOCUMENTED_TYPES.includes(node.name.text)) {
      seen.add(node.name.text);
      const symbol = checker.getAliasedSymbol(checker.getSymbolAtLocation(node.name)!);
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      const members = type.isUnion() ? type.types : [type];
      const fields = new Set(members.flatMap((t) => t.getProperties().map((p) => p.name)));
      for (const field of fields) {
        const word = new RegExp(`(^|[^\\w.])${field}([^\\w]|$)`);
        if (!spans.some((span) => word.test(span))) undocumented.push(`${node.name.text}.${field}`);
      }
    }
    node.forEachChild(visit);
  });
  expect([...seen].sort()).toEqual([...DOCUMENTED_TYPES].sort());
  expect(undocumented).toEqual([]);
}, 120_000);

describe(`every value "${INDEX}" lists is exported by its module`, () => {
  for (const row of index) {
    it(row.module, async () => {
      const module = (await import(/* @vite-ignore */ resolve(row.module))) as object;
      expect(row.values.filter((name) => !(name in module))).toEqual([]);
    });
  }
});

/** Names in backticks that are not the project's: JavaScript's, XState's, and event types. */
const NOT_EXPORTS = new Set([
  ...['Error', 'RangeError', 'DataError', 'Uint8Array', 'Promise'],
  ...['Clock', 'createActor'],
  ...['SUBMIT', 'RESEND', 'CANCEL', 'WAIT', 'ACCEPTED'],
]);

it(`every function, class, constant and type the page names is in "${INDEX}"`, () => {
  const listed = new Set(index.flatMap((row) => [...row.values, ...row.types]));
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  const named = new Set<string>();
  for (const [, span] of prose.matchAll(/`([^`\n]+)`/g)) {
    const m = /^(?:new )?([A-Za-z_$][\w$]*)(\(.*\))?$/.exec(span!);
    if (!m) continue;
    const [, name, call] = m;
    // Calls of a bare name, and capitalised names (classes, types, constants).
    if (call || /^[A-Z]/.test(name!)) named.add(name!);
  }
  const missing = [...named].filter((name) => !listed.has(name) && !NOT_EXPORTS.has(name));
  expect(missing, `named on the page; add each to its module's row of "${INDEX}"`).toEqual([]);
  expect(listed.size).toBeGreaterThan(100);
});
