import type { Command } from '../../core';
import type { CommandType } from '../../core/schema/command';

// The event console's JSON is read by core's command schema (one valibot schema, strict).
export { COMMAND_TYPES, parseCommand } from '../../core/schema/command';
export type { CommandCheck, CommandType } from '../../core/schema/command';

export const SAMPLE: Record<CommandType, Command> = {
  SUBMIT: { type: 'SUBMIT', code: '000000' },
  RESEND: { type: 'RESEND' },
  CANCEL: { type: 'CANCEL' },
};
