import * as v from 'valibot';
import { ScenarioDocumentSchema } from '../../schema/scenario';
import { scenarioOf, scenarioTextsOf } from '../from-document';
import type { Loaded } from './index';

/**
 * A built-in's file as its document and the runner's Scenario. The tests
 * run every file through checkScenario, demos played (test/core/builtins.test.ts);
 * here only the shape is read, so a file that is not a document fails with
 * its name rather than somewhere in a view.
 */
export function readBuiltIn(id: string, data: unknown): Loaded {
  const read = v.safeParse(ScenarioDocumentSchema, data);
  if (!read.success) {
    const where = read.issues.map((i) => `${v.getDotPath(i) ?? 'document'}: ${i.message}`);
    throw new Error(
      `The built-in scenario file ${id}.json is not a scenario document: ${where.slice(0, 3).join('; ')}`,
    );
  }
  const doc = read.output;
  if (doc.scenario.id !== id) {
    throw new Error(
      `The built-in scenario file ${id}.json holds the scenario "${doc.scenario.id}".`,
    );
  }
  return { doc, scenario: scenarioOf(doc), texts: scenarioTextsOf(doc) };
}
