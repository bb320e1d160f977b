// The tests Stryker runs for `npm run mutation`: the engine's own unit, property, model-based,
// oracle and hostile-input tests. Scenario, scam and workbench tests exercise the engine too, but
// through so much else that running them for every mutant would take hours on two cores; a
// mutant only they would catch is listed as a survivor and explained in doc/benchmarks.md.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vite.config';

// Two Stryker runners share two cores with everything else: a 5 s test can take 20 s here.

const config = mergeConfig(
  base,
  defineConfig({
    test: {
      env: { ORACLE_RUNS: '300' },
      testTimeout: 60_000,
      reporters: ['default', './test/mutation/unloadable-file-fails.ts'],
    },
  }),
);
// mergeConfig joins lists; the engine's tests replace the whole suite instead.
config.test!.include = [
  'test/core/{challenge,challenge-rules,deadlines,properties,model,selectors,message-rules,otp,otp-rules,policy,clock,clock-rules,trace,trace-rules,progress,progress-rules,hostile-input,bad-input,schema-rules,random}.test.ts',
  'test/oracle/*.test.ts',
];
export default config;
