import type * as v from 'valibot';
import { clip } from './json';

/**
 * Valibot issues as sentences a person can act on: the path of the value
 * (`input.deliveries[2].latencyMs`), what it must be, and what it is
 * (`input.deliveries[2].latencyMs: must be a whole number of ms from 0 to
 * 604800000 (it is "soon").`). Values are shown short: a 10 MB string
 * becomes its first 40 characters.
 */

type Issue = v.BaseIssue<unknown>;

/**
 * Where a value sits: `events[3].at`, after `prefix` when the value is part
 * of a larger whole (`progress["new-device"]`); `root` when it is the whole.
 */
export function pathOf(issue: Pick<Issue, 'path'>, root: string, prefix: string): string {
  let text = prefix;
  for (const item of issue.path ?? []) text = keyPath(text, item.key);
  return text || root;
}

/** `path` followed by one key: `.name`, `[2]`, or `["odd key"]` (quoted, cut to 40 characters). */
export function keyPath(path: string, key: unknown): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (typeof key === 'string' && /^[A-Za-z_$][\w$]{0,39}$/.test(key))
    return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(clip(String(key), 40))}]`;
}

/** A value as a message shows it: short, and never its whole text. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value, 40));
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** One issue as its path and what is wrong there. Missing and unknown fields say so, without a value. */
export function issueProblem(
  issue: Issue,
  root: string,
  prefix = '',
): { path: string; message: string } {
  const missing = issue.input === undefined;
  const unknownKey = issue.expected === 'never';
  const value = missing || unknownKey ? '' : ` (it is ${shown(issue.input)})`;
  return { path: pathOf(issue, root, prefix), message: `${issue.message}${value}.` };
}

/** One issue as a sentence: `path: message.` */
export function describeIssue(issue: Issue, root: string, prefix: string): string {
  const { path, message } = issueProblem(issue, root, prefix);
  return `${path}: ${message}`;
}

/** Up to `max` issues, one sentence each, and how many more there were. */
export function describeIssues(
  issues: readonly Issue[],
  root: string,
  prefix = '',
  max = 5,
): string {
  const shownIssues = issues.slice(0, max).map((i) => describeIssue(i, root, prefix));
  const more = issues.length - shownIssues.length;
  if (more > 0) shownIssues.push(`And ${more} more problem${more === 1 ? '' : 's'}.`);
  return shownIssues.join(' ');
}

/**
 * The message of an object schema: a field it does not have, a field that
 * is missing, or a value that is not an object at all.
 */
export function objectMessage(name: string): (issue: Issue) => string {
  return (issue) =>
    issue.expected === 'never'
      ? `is not a field of ${name}`
      : issue.input === undefined
        ? 'is missing'
        : `must be ${name}, an object`;
}

/** A JSON object: not null, not a list. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
