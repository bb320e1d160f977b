import * as v from 'valibot';
import { byteLength, clip } from '../schema/json';
import { MAX_ID, SLUG } from '../schema/parts';
import { MAX_SHARE_BYTES } from '../schema/share';
import type { ShareError } from '../schema/share';
import { MAX_SEED } from '../seed';
import { decode } from '../share';
import { QUIZ_PATH, isQuizHash } from './path';

export { QUIZ_PATH, isQuizHash } from './path';

/**
 * The link to one round of "Real or scam?": `#/real-or-scam?seed=<n>`, and
 * `&scenario=<id>` for a round with a trainer's situations in it (from the
 * scenario of that id in Your scenarios). Without a seed the app draws one
 * and writes it into the address, so the link a trainer copies always names
 * its round. Parsing never throws; a
 * refusal names its ShareError (the picker explains it) and the part as
 * written.
 */
export type QuizLinkResult =
  | { ok: true; seed: number | null; scenario: string | null }
  | { ok: false; error: ShareError; detail: string };

const QuizParamsSchema = v.strictObject(
  {
    seed: v.optional(
      v.pipe(
        v.string('seed-not-integer'),
        v.regex(/^-?\d{1,15}$/, 'seed-not-integer'),
        v.transform(Number),
        v.minValue(1, 'seed-out-of-range'),
        v.maxValue(MAX_SEED, 'seed-out-of-range'),
      ),
    ),
    scenario: v.optional(
      v.pipe(
        v.string('unknown-scenario'),
        v.maxLength(MAX_ID, 'unknown-scenario'),
        v.regex(SLUG, 'unknown-scenario'),
      ),
    ),
  },
  'unknown-parameter',
);

const ERRORS: readonly ShareError[] = [
  'malformed',
  'unknown-parameter',
  'seed-not-integer',
  'seed-out-of-range',
  'unknown-scenario',
];

function fail(error: ShareError, detail: string): QuizLinkResult {
  return { ok: false, error, detail: clip(detail, 80) };
}

export function parseQuizLink(hash: string): QuizLinkResult {
  const bytes = byteLength(hash);
  if (bytes > MAX_SHARE_BYTES) return fail('too-long', String(bytes));
  if (!isQuizHash(hash)) return fail('malformed', hash);
  const query = hash.slice(QUIZ_PATH.length + 1);
  // No prototype: a parameter called `__proto__` is only a name.
  const raw: Record<string, string> = Object.create(null);
  for (const pair of query === '' ? [] : query.split('&')) {
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1));
    if (key === null || value === null || key === '' || key in raw) return fail('malformed', pair);
    raw[key] = value;
  }
  const parsed = v.safeParse(QuizParamsSchema, raw, { abortEarly: true });
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const error = ERRORS.find((e) => e === issue.message) ?? 'malformed';
    const key = String(issue.path?.[0]?.key ?? '');
    return fail(error, issue.expected === 'never' ? key : (raw[key] ?? String(issue.input)));
  }
  return { ok: true, seed: parsed.output.seed ?? null, scenario: parsed.output.scenario ?? null };
}

/**
 * The link to a round; with `scenario`, a round with that trainer's
 * scenario's situations. Without a seed, the app draws the round when the
 * link opens (and writes its seed into the address).
 */
export function formatQuizLink(seed: number | null, scenario: string | null = null): string {
  const params = [
    ...(seed === null ? [] : [`seed=${seed}`]),
    ...(scenario === null ? [] : [`scenario=${scenario}`]),
  ];
  return params.length === 0 ? QUIZ_PATH : `${QUIZ_PATH}?${params.join('&')}`;
}
