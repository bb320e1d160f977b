// Mutation testing of the model's core (`npm run mutation`): Stryker changes the code one small
// way at a time and checks that some test fails. Too slow for CI (see doc/benchmarks.md for the
// wall time); run it before changing the engine's rules. One folder: `npm run mutation -- --mutate 'src/core/otp/**/*.ts'`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The engine's own tests (test/mutation/vitest.config.ts says which and why).
  vitest: { configFile: 'test/mutation/vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/core/challenge/**/*.ts',
    'src/core/otp/**/*.ts',
    'src/core/policy.ts',
    'src/core/entry.ts',
    'src/core/clock.ts',
    'src/core/trace.ts',
    'src/core/progress.ts',
    // The parsers of every untrusted input (traces, saves, share links, commands).
    'src/core/schema/**/*.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants such as the presets) need every test re-run for each
  // one: 84 % of the time for half the mutants here. They are left out of the score and said so.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
