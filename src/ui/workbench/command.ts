import type { Command } from '../../core';
import { TEXT, t } from './text.en';

export const COMMAND_TYPES = ['SUBMIT', 'RESEND', 'CANCEL'] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

export const SAMPLE: Record<CommandType, Command> = {
  SUBMIT: { type: 'SUBMIT', code: '000000' },
  RESEND: { type: 'RESEND' },
  CANCEL: { type: 'CANCEL' },
};

const ALLOWED_KEYS: Record<CommandType, string[]> = {
  SUBMIT: ['type', 'code'],
  RESEND: ['type', 'channel'],
  CANCEL: ['type'],
};

export type CommandCheck = { ok: true; command: Command } | { ok: false; error: string };

/** Reads the event console's JSON: only the events a person can send, well formed. */
export function parseCommand(text: string, expected: CommandType): CommandCheck {
  const c = TEXT.console;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: t(c.notJson, { error: (e as Error).message }) };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('type' in data)) {
    return { ok: false, error: c.notObject };
  }
  const event = data as Record<string, unknown>;
  const type = String(event.type);
  if (!COMMAND_TYPES.includes(type as CommandType)) {
    return { ok: false, error: t(c.unknownType, { type }) };
  }
  if (type !== expected) return { ok: false, error: t(c.wrongType, { expected, type }) };
  const extra = Object.keys(event).filter((k) => !ALLOWED_KEYS[expected].includes(k));
  if (extra.length > 0) return { ok: false, error: t(c.extraKeys, { keys: extra.join(', ') }) };
  if (type === 'SUBMIT') {
    if (typeof event.code !== 'string') return { ok: false, error: c.noCode };
    return { ok: true, command: { type: 'SUBMIT', code: event.code } };
  }
  if (type === 'RESEND') {
    if (event.channel === undefined) return { ok: true, command: { type: 'RESEND' } };
    if (event.channel !== 'sms' && event.channel !== 'email') {
      return { ok: false, error: c.badChannel };
    }
    return { ok: true, command: { type: 'RESEND', channel: event.channel } };
  }
  return { ok: true, command: { type: 'CANCEL' } };
}
