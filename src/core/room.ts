import * as v from 'valibot';
import type { DemoSession } from './scam/session';
import { describeIssues } from './schema/issues';
import { RoomMessageSchema } from './schema/room';
import type { RoomMessage, RoomSide } from './schema/room';
import type { DemoLink } from './share';

export { ROOM_COMMANDS, ROOM_SIDES } from './schema/room';
export type { RoomCommand, RoomMessage, RoomSide } from './schema/room';

/**
 * Two windows, one demo: the presenter's window (speaker notes, controls)
 * and the audience window (the stage alone, for the projector). They talk
 * over a BroadcastChannel of this browser, so it works offline:
 *
 * - the audience window says `hello` when it opens; the presenter answers
 *   with a `view`, and sends one again whenever the demo moves;
 * - a presenter's window sends a `view` as it opens (a reload, another
 *   ending), and an audience window that did not know it says `hello`;
 * - a key pressed in the audience window (a clicker aimed at the
 *   projector) goes to the presenter as a `command`;
 * - either says `bye` as it closes, and the other carries on alone.
 *
 * A view names the demo as a share link does (scenario, policy, seed,
 * ending, beat) and the moment by `at`, so both windows show the same run
 * (DemoSession.sync).
 */

/** A message as a channel delivers it (a MessageEvent in the browser; core names no DOM type). */
export interface RoomDelivery {
  data: unknown;
}

/** The part of a BroadcastChannel a room uses: the browser's, or Node's in tests. */
export interface RoomChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: RoomDelivery) => void): void;
  removeEventListener(type: 'message', listener: (event: RoomDelivery) => void): void;
  close(): void;
}

/** The channel of one scenario's demo (a trainer's own scenario has its own name space). */
export function roomName(link: Pick<DemoLink<string>, 'scenarioId' | 'own'>): string {
  return `otp-sandbox-room:${link.own ? 'mine/' : ''}${link.scenarioId}`;
}

export type RoomRead = { ok: true; message: RoomMessage } | { ok: false; error: string };

/** Checks a message from the channel; a bad one is named and never acted on. */
export function parseRoomMessage(data: unknown): RoomRead {
  const read = v.safeParse(RoomMessageSchema, data, { abortPipeEarly: true });
  return read.success
    ? { ok: true, message: read.output }
    : { ok: false, error: describeIssues(read.issues, 'message', '') };
}

/** What the room sees now, as the presenter's window sends it. */
export interface RoomView {
  session: DemoSession;
  link: DemoLink<string>;
  playing: boolean;
  attacker: boolean;
  log: boolean;
}

export function viewMessage(view: RoomView): RoomMessage {
  const { session, link, playing, attacker, log } = view;
  return {
    kind: 'view',
    scenarioId: link.scenarioId,
    own: link.own === true,
    policy: link.policy,
    seed: link.seed,
    ending: link.ending,
    beat: session.beat,
    at: session.at,
    playing,
    attacker,
    log,
  };
}

/** The audience window's link for a view: the same demo, at the same beat. */
export function audienceLink(view: Extract<RoomMessage, { kind: 'view' }>): DemoLink<string> {
  const { scenarioId, own, policy, seed, ending, beat } = view;
  return { mode: 'audience', scenarioId, policy, seed, ending, beat, ...(own ? { own } : {}) };
}

/**
 * Brings the audience's session to the presenter's view. False when the
 * view is of another demo (another scenario, ending, seed or policy): the
 * audience window then opens `audienceLink(view)` instead.
 */
export function followView(
  session: DemoSession,
  view: Extract<RoomMessage, { kind: 'view' }>,
): boolean {
  const { settings, scenario } = session;
  const same =
    view.scenarioId === scenario.id &&
    view.policy === settings.policy &&
    view.seed === settings.seed &&
    view.ending === settings.ending;
  if (same) session.sync(view.beat, view.at);
  return same;
}

/** One window's end of the room. */
export class Room {
  #listeners = new Set<(event: RoomDelivery) => void>();

  constructor(
    readonly side: RoomSide,
    private readonly channel: RoomChannel,
  ) {}

  send(message: RoomMessage): void {
    this.channel.postMessage(message);
  }

  /** Calls `onMessage` with each checked message, `onProblem` with why one was refused. */
  listen(onMessage: (message: RoomMessage) => void, onProblem?: (error: string) => void) {
    const listener = (event: RoomDelivery) => {
      const read = parseRoomMessage(event.data);
      if (read.ok) onMessage(read.message);
      else onProblem?.(read.error);
    };
    this.channel.addEventListener('message', listener);
    this.#listeners.add(listener);
    return () => {
      this.channel.removeEventListener('message', listener);
      this.#listeners.delete(listener);
    };
  }

  #closed = false;

  /** Says goodbye (the other window carries on alone) and stops listening; once only. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.send({ kind: 'bye', from: this.side });
    for (const l of this.#listeners) this.channel.removeEventListener('message', l);
    this.#listeners.clear();
    this.channel.close();
  }
}
