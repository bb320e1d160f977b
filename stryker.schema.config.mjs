// Mutation testing of the parsers of untrusted input (`npm run mutation:schema`): traces, saves,
// share links, workbench commands. Unlike stryker.config.mjs it keeps static mutants, because a
// parser's rules are its schema, a module-level constant; test/mutation/vitest.schema.config.ts
// lists the tests that feed those parsers, so each static mutant re-runs only those.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'test/mutation/vitest.schema.config.ts' },
  mutate: [
    'src/core/schema/command.ts',
    'src/core/schema/issues.ts',
    'src/core/schema/json.ts',
    'src/core/schema/parts.ts',
    'src/core/schema/save.ts',
    'src/core/schema/share.ts',
    'src/core/schema/trace.ts',
  ],
  ignoreStatic: false,
  jsonReporter: { fileName: 'reports/mutation/schema.json' },
};
