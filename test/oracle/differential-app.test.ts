// The engine against the reference model for the authenticator channel (see differential.test.ts).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { PresetId } from '../../src/core';
import { checkScenario, scenarioArb } from './differential';

const PRESETS: PresetId[] = ['retail', 'nist', 'strict', 'weak'];
const SEED = Number(process.env.ORACLE_SEED ?? 20_261_210);
const RUNS = Number(process.env.ORACLE_RUNS ?? 2_000); // per preset: 8,000 sequences in this file

describe('engine and reference model agree (authenticator app)', () => {
  it.each(PRESETS)(
    '%s',
    async (preset) => {
      await fc.assert(
        fc.asyncProperty(scenarioArb({ presets: [preset], channels: ['authenticator'] }), (s) =>
          checkScenario(s),
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    120_000,
  );
});
