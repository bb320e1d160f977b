// The tests Stryker runs for the parsers of untrusted input (`npm run mutation:schema`). A schema
// is a module-level constant, so its mutants are static: each re-runs every test listed here, and
// only the tests that feed those parsers are listed. The two tests that start a child process (a
// generated test, the replay CLI) are left out: a child loads the files unmutated.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vite.config';

const config = mergeConfig(
  base,
  defineConfig({
    test: {
      testTimeout: 60_000,
      // A mutant that stops a schema module from loading is a failed test (see that file).
      reporters: ['default', './test/mutation/unloadable-file-fails.ts'],
    },
  }),
);
config.test!.include = [
  'test/core/{hostile-input,bad-input,progress,progress-rules,share,trace,trace-rules,quiz,schema-rules}.test.ts',
];
config.test!.testNamePattern = /^(?!.*(copy as test|the replay CLI)).*$/;
export default config;
