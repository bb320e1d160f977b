import { assign, emit, setup } from 'xstate';
import type { Loot } from './types';

/**
 * The attacker of a scam scenario, as a statechart the workbench can draw.
 * They hold the victim's password. Once they start the real flow, they wait
 * for someone to hand them the code, relay it to the real shop within a few
 * seconds, and, if it works, take what the script says. Every wait runs on
 * the run's one clock, so play, pause and skip drive the attacker too.
 */

/** How long relaying a handed-over code to the real site takes. */
export const RELAY_MS = 5_000;

export type AttackerState =
  'idle' | 'waiting' | 'relaying' | 'checking' | 'inside' | 'finished' | 'gave-up';

export const ATTACKER_STATES: readonly AttackerState[] = [
  'idle',
  'waiting',
  'relaying',
  'checking',
  'inside',
  'finished',
  'gave-up',
];

/** Why the attacker stopped trying. */
export type GiveUpReason = 'patience' | 'code-dead' | 'cancelled';

export interface AttackerInput {
  patienceMs: number;
  loot: Loot[];
  /**
   * They have no password yet and wait for a look-alike page to capture
   * it; after `patienceMs` without one, they move on.
   */
  phishing?: boolean;
}

export interface AttackerContext extends AttackerInput {
  startedAt: number | null;
  /** The code handed over last, until relayed. Never logged. */
  pending: string | null;
  tries: { at: number; ok: boolean }[];
  insideAt: number | null;
  taken: (Loot & { at: number })[];
  gaveUp: GiveUpReason | null;
}

export type AttackerEvent =
  /** The attacker starts the real flow (the run then starts the challenge). */
  | { type: 'START'; at: number }
  /** Someone hands the attacker a code. */
  | { type: 'CODE'; code: string }
  /** The real shop's answer to the relayed code. */
  | { type: 'ACCEPTED'; at: number }
  | { type: 'REJECTED'; at: number }
  /** The genuine challenge can no longer be won (expired, locked, cancelled). */
  | { type: 'CLOSED'; reason: 'code-dead' | 'cancelled' };

export type AttackerEmitted =
  { type: 'start' } | { type: 'relay'; code: string } | { type: 'loot'; loot: Loot };

export const attackerMachine = setup({
  types: {} as {
    input: AttackerInput;
    context: AttackerContext;
    events: AttackerEvent;
    emitted: AttackerEmitted;
  },
  delays: {
    patience: ({ context }) => context.patienceMs,
    relay: RELAY_MS,
    nextLoot: ({ context }) => {
      const next = context.loot[context.taken.length];
      const prev = context.loot[context.taken.length - 1];
      return Math.max(0, (next?.after ?? 0) - (prev?.after ?? 0));
    },
  },
  guards: {
    moreLoot: ({ context }) => context.taken.length < context.loot.length,
    noMoreLoot: ({ context }) => context.taken.length >= context.loot.length,
    phishing: ({ context }) => context.phishing === true,
  },
}).createMachine({
  id: 'attacker',
  context: ({ input }) => ({
    ...input,
    startedAt: null,
    pending: null,
    tries: [],
    insideAt: null,
    taken: [],
    gaveUp: null,
  }),
  initial: 'idle',
  states: {
    idle: {
      // A phishing lure nobody bites on goes stale.
      after: {
        patience: {
          guard: 'phishing',
          target: 'gave-up',
          actions: assign({ gaveUp: 'patience' }),
        },
      },
      on: {
        START: {
          target: 'waiting',
          actions: [assign({ startedAt: ({ event }) => event.at }), emit({ type: 'start' })],
        },
        // Reported before they started: the shop locks the password they hold.
        CLOSED: { target: 'gave-up', actions: assign({ gaveUp: ({ event }) => event.reason }) },
      },
    },
    waiting: {
      after: { patience: { target: 'gave-up', actions: assign({ gaveUp: 'patience' }) } },
      on: {
        CODE: { target: 'relaying', actions: assign({ pending: ({ event }) => event.code }) },
        CLOSED: { target: 'gave-up', actions: assign({ gaveUp: ({ event }) => event.reason }) },
      },
    },
    relaying: {
      after: {
        relay: {
          target: 'checking',
          actions: [
            emit(({ context }) => ({ type: 'relay', code: context.pending ?? '' })),
            assign({ pending: null }),
          ],
        },
      },
      on: {
        CLOSED: { target: 'gave-up', actions: assign({ gaveUp: ({ event }) => event.reason }) },
      },
    },
    checking: {
      on: {
        ACCEPTED: {
          target: 'inside',
          actions: assign({
            insideAt: ({ event }) => event.at,
            tries: ({ context, event }) => [...context.tries, { at: event.at, ok: true }],
          }),
        },
        REJECTED: {
          target: 'waiting',
          actions: assign({
            tries: ({ context, event }) => [...context.tries, { at: event.at, ok: false }],
          }),
        },
        CLOSED: { target: 'gave-up', actions: assign({ gaveUp: ({ event }) => event.reason }) },
      },
    },
    inside: {
      always: { guard: 'noMoreLoot', target: 'finished' },
      after: {
        nextLoot: {
          guard: 'moreLoot',
          target: 'inside',
          reenter: true,
          actions: [
            emit(({ context }) => ({ type: 'loot', loot: context.loot[context.taken.length]! })),
            assign({
              taken: ({ context }) => {
                const loot = context.loot[context.taken.length]!;
                const at = (context.insideAt ?? 0) + loot.after;
                return [...context.taken, { ...loot, at }];
              },
            }),
          ],
        },
      },
    },
    finished: { type: 'final' },
    'gave-up': { type: 'final' },
  },
});

export type AttackerMachine = typeof attackerMachine;
