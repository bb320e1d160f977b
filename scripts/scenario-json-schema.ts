// The JSON Schema of the scenario format 1.0, generated from the valibot schema
// (src/core/schema/scenario.ts) that checkScenario runs: doc/scenario.schema.json
// is this, written by `npm run scenario:schema`, and a test fails when the two differ.
import { toJsonSchema } from '@valibot/to-json-schema';
import type { ConversionConfig, JsonSchema } from '@valibot/to-json-schema';
import * as prettier from 'prettier';
import type * as v from 'valibot';
import { isPlainObject } from '../src/core/schema/issues';
import {
  SCENARIO_FORMAT,
  SCENARIO_FORMAT_VERSION,
  ScenarioDocumentSchema,
} from '../src/core/schema/scenario';

/**
 * The format's strict objects and lists start with a guard (`custom`: an
 * object, not a list; a list) so that a wrong type gets one clear message.
 * JSON Schema says the same with `type`; the schema behind the guard and the
 * checks that follow it then add to that same JSON object.
 */
const overrideSchema: ConversionConfig['overrideSchema'] = ({ valibotSchema, jsonSchema }) => {
  const check = (valibotSchema as { type: string; check?: unknown }).check;
  if (valibotSchema.type !== 'custom') return undefined;
  if (check === isPlainObject) return { ...jsonSchema, type: 'object' };
  if (check === Array.isArray) return { ...jsonSchema, type: 'array' };
  return undefined;
};

/** Regular expressions keep their source; the `u` flag is what JSON Schema patterns assume. */
const overrideAction: ConversionConfig['overrideAction'] = ({ valibotAction, jsonSchema }) =>
  valibotAction.type === 'regex'
    ? {
        ...jsonSchema,
        pattern: (valibotAction as unknown as { requirement: RegExp }).requirement.source,
      }
    : undefined;

const CONFIG: ConversionConfig = {
  target: 'draft-2020-12',
  // Collected by `convert`: only the guard's pipelines may warn.
  errorMode: 'warn',
  overrideSchema,
  overrideAction,
  // Checks across values (not blank, a reserved name, one of quote or cue) are checkScenario's.
  ignoreActions: ['check', 'raw_check'],
};

/** The guard followed by its schema makes a pipeline of two schemas: that warning, and no other, is expected. */
const TWO_SCHEMAS =
  'Set the "typeMode" config to "input" or "output" to convert pipelines with multiple schemas.';

function convert(schema: v.GenericSchema): JsonSchema {
  const warnings: unknown[] = [];
  const warn = console.warn;
  console.warn = (message: unknown) => warnings.push(message);
  try {
    const json = toJsonSchema(schema, CONFIG);
    const other = warnings.filter((w) => w !== TWO_SCHEMAS);
    if (other.length > 0) throw new Error(`Cannot convert the scenario schema: ${other.join(' ')}`);
    return json;
  } finally {
    console.warn = warn;
  }
}

/** The JSON Schema of a scenario document, as doc/scenario.schema.json holds it. */
export function scenarioJsonSchema(): JsonSchema {
  const { $schema, ...shape } = convert(ScenarioDocumentSchema);
  return {
    $schema,
    $id: `https://otp-sandbox.example/scenario-${SCENARIO_FORMAT_VERSION}.schema.json`,
    title: `${SCENARIO_FORMAT} ${SCENARIO_FORMAT_VERSION}`,
    description:
      'The shape of a scenario document (doc/scenarios.md). checkScenario checks more: every reference resolves, times are in order, texts match the data, and each demo reaches its ending.',
    ...shape,
  };
}

/** The file's text, as Prettier writes JSON in this project (so `npm run lint` passes it). */
export async function scenarioJsonSchemaText(file = 'doc/scenario.schema.json'): Promise<string> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(JSON.stringify(scenarioJsonSchema()), { ...options, parser: 'json' });
}
