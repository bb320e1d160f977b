import * as v from 'valibot';
import { isPlainObject } from './issues';
import { PRESET_IDS } from '../presets';
import { MAX_SEED } from '../seed';
import { fieldsMessage, oneOf, text, variantMessage, whole } from './parts';
import { MAX_BEAT, SHARE_ENDINGS } from './share';

/**
 * The messages between a presenter's window and the audience window
 * (src/core/room.ts), as valibot schemas. They travel on a BroadcastChannel
 * of this browser, so only this sandbox writes them; they are checked all
 * the same, because another tab of another version may share the channel.
 */

/** What the audience window may ask of the presenter's: the keys of presenter mode. */
export const ROOM_COMMANDS = ['forward', 'back', 'toggle', 'reset', 'attacker'] as const;
export type RoomCommand = (typeof ROOM_COMMANDS)[number];
export const ROOM_SIDES = ['presenter', 'audience'] as const;
export type RoomSide = (typeof ROOM_SIDES)[number];

/** The longest simulated demo: a day is far past any scam's few minutes. */
const MAX_AT_MS = 24 * 3_600_000;

const flag = v.boolean('must be true or false');

export const RoomMessageSchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'must be a room message, an object'),
  v.variant(
    'kind',
    [
      v.strictObject(
        {
          kind: v.literal('view'),
          /** The demo: its scenario (a trainer's own when `own`), policy, seed and ending. */
          scenarioId: text(100),
          own: flag,
          policy: oneOf(PRESET_IDS),
          seed: whole(1, MAX_SEED),
          ending: oneOf(SHARE_ENDINGS),
          /** How many demo steps have been played. */
          beat: whole(0, MAX_BEAT),
          /** Simulated ms since the run started (DemoSession.at). */
          at: whole(0, MAX_AT_MS, 'a whole number of ms'),
          playing: flag,
          attacker: flag,
          log: flag,
        },
        fieldsMessage('a view message'),
      ),
      v.strictObject({ kind: v.literal('hello') }, fieldsMessage('a hello message')),
      v.strictObject(
        { kind: v.literal('command'), command: oneOf(ROOM_COMMANDS) },
        fieldsMessage('a command message'),
      ),
      v.strictObject(
        { kind: v.literal('bye'), from: oneOf(ROOM_SIDES) },
        fieldsMessage('a bye message'),
      ),
    ],
    variantMessage(['view', 'hello', 'command', 'bye']),
  ),
);

export type RoomMessage = v.InferOutput<typeof RoomMessageSchema>;
