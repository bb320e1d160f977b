import * as v from 'valibot';
import { isPlainObject, objectMessage } from './issues';

/**
 * Building blocks of the strict formats (traces, workbench events): every
 * object is strict (a field the format does not have is a problem, named
 * by its path, so a typo or an injected `__proto__` never passes
 * silently), every number says its range, every text its length.
 */

/** A JSON object (not a list, not null) with exactly these fields; `name` is how messages call it. */
export function strict<const E extends v.ObjectEntries>(entries: E, name: string) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, `must be ${name}, an object`),
    v.strictObject(entries, objectMessage(name)),
  );
}

/** A whole number from `min` to `max`; `what` names it ("a whole number of ms"). */
export function whole(min: number, max: number, what = 'a whole number') {
  const message = `must be ${what} from ${min} to ${max}`;
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message),
  );
}

/** A text of `min` to `max` characters. */
export function text(max: number, min = 1) {
  const message = `must be a text of ${min} to ${max} characters`;
  return v.pipe(v.string(message), v.minLength(min, message), v.maxLength(max, message));
}

/** A list of at most `max` items, each checked by `item`; the length is checked first. */
export function listOf<const T extends v.GenericSchema>(item: T, max: number, what: string) {
  return v.pipe(
    v.custom<unknown[]>(Array.isArray, `must be a list of ${what}`),
    v.maxLength(max, `must hold at most ${max} ${what}`),
    v.array(item),
  );
}

/** One of `options`, or missing when the message says so. */
export function oneOf<const T extends readonly string[]>(options: T) {
  return v.picklist(options, `must be one of ${options.join(', ')}`);
}

/** The longest text a SUBMIT may carry (what was typed; the engine calls over 32 malformed). */
export const MAX_SUBMIT_LENGTH = 1_000;
/** The channels a code is sent by (an authenticator code is made, not sent). */
export const SENT_CHANNELS = ['sms', 'email'] as const;

/** The message of an option of a variant (a strict object): a field it does not have, or one it misses. */
export function fieldsMessage(name: string) {
  return (issue: v.BaseIssue<unknown>) =>
    issue.expected === 'never' ? `is not a field of ${name}` : 'is missing';
}

/** The message of a discriminated union (`variant`) whose `key` says which option it is. */
export function variantMessage(options: readonly string[]) {
  return (issue: v.BaseIssue<unknown>) =>
    issue.input === undefined ? 'is missing' : `must be one of ${options.join(', ')}`;
}

/** An id: lower-case words joined by single hyphens (`agent-call`); `slug()` in schema/scenario.ts. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest id: ids name things in paths and links, so they stay short. */
export const MAX_ID = 40;
