/**
 * `npm run fuzz -- --runs 1000000 [--seed N] [--path P] [--engine path/to/core/index.ts]`
 *
 * The differential property of test/oracle (engine against reference model)
 * for as many runs as asked. Prints runs per second as it goes; on a
 * disagreement prints the seed, fast-check's path and the shrunk sequence,
 * and exits 1. `--seed N --path P` replays exactly that counterexample.
 * `--engine` points at a scratch copy of src/core (for planting a bug).
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { CryptoRandom, randomSeed } from '../src/core';
import type { Channel, PresetId } from '../src/core';
import {
  checkScenario,
  scenarioArb,
  type Engine,
  type ScenarioOptions,
} from '../test/oracle/differential';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    path: { type: 'string' },
    engine: { type: 'string' },
    commands: { type: 'string', default: '25' },
    preset: { type: 'string', multiple: true, default: [] },
    channel: { type: 'string', multiple: true, default: [] },
  },
});

// Narrowing the draw changes what a seed means: repeat the same flags to reproduce.
const drawn: ScenarioOptions = { maxCommands: Number(values.commands) };
if (values.preset.length) drawn.presets = values.preset as PresetId[];
if (values.channel.length) drawn.channels = values.channel as Channel[];

const runs = Number(values.runs);
// No --seed: a fresh one, drawn the way the app draws its own (printed, so a run can be repeated).
const seed = values.seed !== undefined ? Number(values.seed) : randomSeed(new CryptoRandom());
if (!Number.isSafeInteger(runs) || runs < 1 || !Number.isSafeInteger(seed)) {
  console.error('usage: npm run fuzz -- --runs N [--seed N] [--path P] [--engine FILE]');
  process.exit(2);
}

const engine: Engine | undefined = values.engine
  ? ((await import(pathToFileURL(resolve(values.engine)).href)) as Engine)
  : undefined;

let done = 0;
const started = performance.now();
let lastReport = started;
const report = (final = false) => {
  const s = (performance.now() - started) / 1000;
  console.log(
    `${final ? 'done' : 'progress'}: ${done.toLocaleString('en')} runs in ${s.toFixed(1)} s, ` +
      `${Math.round(done / s).toLocaleString('en')} runs/s`,
  );
};

console.log(
  `fuzz: ${runs.toLocaleString('en')} runs, seed ${seed}${values.path ? `, path ${values.path}` : ''}` +
    `${values.engine ? `, engine ${values.engine}` : ''}`,
);
const result = await fc.check(
  fc.asyncProperty(scenarioArb(drawn), async (s) => {
    await checkScenario(s, engine);
    done++;
    const now = performance.now();
    if (now - lastReport > 10_000) {
      lastReport = now;
      report();
    }
  }),
  { numRuns: runs, seed, ...(values.path ? { path: values.path } : {}) },
);

if (!result.failed) {
  report(true);
  process.exit(0);
}
report(true);
const [scenario] = result.counterexample ?? [];
console.log('\nDISAGREEMENT between the engine and the reference model');
console.log(`seed: ${result.seed}`);
console.log(`path: ${result.counterexamplePath}`);
const sameFlags = process.argv
  .slice(2)
  .join(' ')
  .replace(/--(runs|seed|path) \S+/g, '')
  .trim();
console.log(
  `reproduce: npm run fuzz -- --seed ${result.seed} --path ${result.counterexamplePath} ${sameFlags}`,
);
console.log(`shrunk ${result.numShrinks} times; the shrunk sequence, as sent:\n`);
const error = result.errorInstance;
console.log(error instanceof Error ? error.message : String(error));
console.log(`\ndrawn: ${JSON.stringify(scenario)}`);
process.exit(1);
