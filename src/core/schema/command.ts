import * as v from 'valibot';
import type { Command } from '../trace';
import { describeIssues, isPlainObject } from './issues';
import { readJson } from './json';
import { fieldsMessage, MAX_SUBMIT_LENGTH, oneOf, SENT_CHANNELS, text } from './parts';

/**
 * The events a person can send, as the workbench's event console takes
 * them in JSON: `{"type":"SUBMIT","code":"…"}`, `{"type":"RESEND"}` (with an
 * optional `channel`) and `{"type":"CANCEL"}`. Strict: any other field, or
 * an internal event (otp.*, xstate.*), is refused and nothing is sent.
 */

export const COMMAND_TYPES = ['SUBMIT', 'RESEND', 'CANCEL'] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

/** An event is a few dozen bytes; this leaves room for any code a person could type. */
export const MAX_COMMAND_BYTES = 10_000;
const MAX_COMMAND_DEPTH = 4;

export const CommandSchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'must be an event, a JSON object with a "type"'),
  v.variant(
    'type',
    [
      v.strictObject(
        { type: v.literal('SUBMIT'), code: text(MAX_SUBMIT_LENGTH, 0) },
        fieldsMessage('a SUBMIT event'),
      ),
      v.strictObject(
        { type: v.literal('RESEND'), channel: v.optional(oneOf(SENT_CHANNELS)) },
        fieldsMessage('a RESEND event'),
      ),
      v.strictObject({ type: v.literal('CANCEL') }, fieldsMessage('a CANCEL event')),
    ],
    (issue) =>
      issue.input === undefined
        ? 'is missing'
        : 'is an unknown event type: you can send SUBMIT, RESEND or CANCEL; internal events (otp.*, xstate.*) come from the clock',
  ),
);

export type CommandCheck = { ok: true; command: Command } | { ok: false; error: string };

/**
 * Reads one event as typed into the console; with `expected`, only that
 * type is taken (each box sends one type). Every refusal names the problem
 * by its path (`code: must be a text of 0 to 1000 characters (it is 123456).`).
 */
export function parseCommand(text: string, expected?: CommandType): CommandCheck {
  const json = readJson(text, {
    what: 'an event',
    maxBytes: MAX_COMMAND_BYTES,
    maxDepth: MAX_COMMAND_DEPTH,
  });
  if (!json.ok) return json;
  const command = v.safeParse(CommandSchema, json.data, { abortPipeEarly: true });
  if (!command.success) return { ok: false, error: describeIssues(command.issues, 'event') };
  if (expected && command.output.type !== expected) {
    return {
      ok: false,
      error: `type: must be ${expected}, the event this box sends (it is "${command.output.type}").`,
    };
  }
  return { ok: true, command: command.output };
}
