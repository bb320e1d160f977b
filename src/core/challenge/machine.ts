import { and, assign, cancel, emit, enqueueActions, fromPromise, raise, setup } from 'xstate';
import type { AnyEventObject } from 'xstate';
import { timingSafeEqual } from '../compare';
import { codeRef, normaliseCode } from '../entry';
import { catalogue, DEFAULT_LOCALE } from '../i18n';
import { assertPolicy, channelAllowed, PolicyError, policyRules, throttleWaitMs } from '../policy';
import { randomCode } from '../random';
import type { RandomSource } from '../random';
import { verifyTotp } from '../otp/totp';
import type { TotpEnrolment, TotpVerdict } from '../otp/totp';
import { LEARNER, SHOP } from '../world';
import { composeMessage } from './message';
import { attemptsLeft, cooldownEndsAt, coolingDownAt, newestRecord } from './selectors';
import type {
  AuditEntry,
  ChallengeContext,
  ChallengeEmitted,
  ChallengeEnv,
  ChallengeEvent,
  ChallengeInput,
  ChallengeState,
  CodeRecord,
  Fate,
  Outcome,
  Reason,
  ResultData,
} from './types';
import { DEFAULT_LATENCY_MS } from './types';

/** What the TOTP check returns to the machine. */
export interface VerifyOutput {
  verdict: TotpVerdict;
  codeRef: string;
}

export interface VerifyInput {
  enrolment: TotpEnrolment;
  code: string;
  atMs: number;
  lastUsedStep: number | null;
  salt: string;
}

/** `outcome: 'failure'` lets the action decide between wrong, superseded and used. */
interface ConcludeParams {
  outcome: Outcome | 'failure';
  reason?: Reason | null;
  /** The target state; absent for transitions that stay. */
  to?: ChallengeState;
  /**
   * Log the entry as this timer event instead of the event being handled:
   * a timer due at this very moment is settled first (see `dueFirst`).
   */
  as?: string;
}

const conclude = (
  outcome: ConcludeParams['outcome'],
  reason?: Reason | null,
  to?: ChallengeState,
  as?: string,
) => ({ type: 'conclude', params: { outcome, reason: reason ?? null, to, as } }) as const;

/** The id of the scheduled end of the resend cooldown, so a settled one can be cancelled. */
const COOLDOWN_TIMER = 'cooldown';

/** XState's name for a delayed transition's event, as the log shows it. */
const afterEvent = (delay: string, state: ChallengeState) =>
  `xstate.after.${delay}.challenge.${state}`;

/** The submitted code (normalised) from a SUBMIT event, or null. */
function submitted(context: ChallengeContext, event: AnyEventObject): string | null {
  if (event.type !== 'SUBMIT') return null;
  const entry = normaliseCode((event as { code?: unknown }).code, digitsOf(context));
  return entry.ok ? entry.code : null;
}

function digitsOf(context: ChallengeContext): number {
  return context.enrolment && context.channel === 'authenticator'
    ? context.enrolment.digits
    : context.policy.digits;
}

/**
 * The record a typed code names. Compares against every code without
 * stopping early, so timing says nothing. Values are not reissued while
 * unused ones remain (`makeCode`), but should two records share a value, the
 * live one wins, then the newest: the code in the newest message must work.
 */
function findCode(context: ChallengeContext, code: string): CodeRecord | null {
  let found: CodeRecord | null = null;
  for (const record of context.codes) {
    if (
      timingSafeEqual(record.code, code) &&
      (found?.status !== 'live' || record.status === 'live')
    )
      found = record;
  }
  return found;
}

/**
 * A live code that has not reached its own expiry. Under the weak preset
 * older codes stay live beside the newest, and each still dies on time.
 */
function liveMatch(context: ChallengeContext, event: AnyEventObject, at: number): boolean {
  const code = submitted(context, event);
  const record = code !== null ? findCode(context, code) : null;
  return record?.status === 'live' && at < record.expiresAt;
}

/** Issues the next code of a challenge, with its delivery plan. */
function makeCode(
  context: ChallengeContext,
  channel: 'sms' | 'email',
  at: number,
  random: RandomSource,
): CodeRecord {
  const n = context.codes.length;
  const plan = context.plan[n] ?? {};
  const code = freshValue(context, random);
  return {
    n,
    code,
    ref: codeRef(code, context.salt),
    channel,
    sentAt: at,
    expiresAt: at + context.policy.lifetimeMs,
    fate: plan.fate ?? 'inbox',
    latencyMs: plan.latencyMs ?? DEFAULT_LATENCY_MS[channel],
    arrivedAt: null,
    status: 'live',
  };
}

/** Draws attempts before giving up on a value the challenge never issued. */
const MAX_DRAWS = 1000;

/**
 * A code value this challenge has not issued before, so a resend never
 * repeats an older (superseded or dead) code. Drawn from the same seeded
 * source, so runs stay reproducible; only when nearly every value of a tiny
 * code space is taken does it settle for a repeat (`findCode` copes).
 */
function freshValue(context: ChallengeContext, random: RandomSource): string {
  const issued = new Set(context.codes.map((c) => c.code));
  let code = randomCode(random, context.policy.digits);
  for (let i = 1; i < MAX_DRAWS && issued.has(code); i++) {
    code = randomCode(random, context.policy.digits);
  }
  return code;
}

/** What a counted failure was: an old code, a reused app code, a stale code, or just wrong. */
function failureOutcome(
  context: ChallengeContext,
  record: CodeRecord | null,
  verdict: TotpVerdict | null,
): Outcome {
  if (verdict && !verdict.ok && verdict.reason === 'replayed') return 'used';
  // A code sent before the newest one, whatever ended it (a resend, an expiry, a lockout), is
  // "an older code"; where resends keep old codes alive (weak) it failed by its own expiry.
  if (record && record.n !== newestRecord(context)?.n) {
    return context.policy.resendSupersedes ? 'superseded' : 'expired';
  }
  return 'wrong';
}

/** Why, in the learner's terms: what the failure led to, or what is left. */
function failureReason(
  outcome: Outcome,
  to: ChallengeState,
  maxFailures: number | null,
  attemptsLeft: number | undefined,
): Reason {
  if (to === 'locked') return 'limit-reached';
  if (to === 'throttled') return 'throttled';
  if (outcome === 'used') return 'totp-step-reused';
  if (outcome === 'superseded') return 'newer-code-sent';
  if (outcome === 'expired') return 'lifetime-elapsed';
  if (maxFailures === null) return 'no-limit';
  return attemptsLeft === 1 ? 'last-attempt' : 'attempts-left';
}

/** How a message's journey ends, in the log's words. */
function deliveryResult(fate: Fate, channel: 'sms' | 'email', late: boolean): ConcludeParams {
  if (fate === 'lost') return { outcome: 'lost', reason: 'lost' };
  if (late) return { outcome: 'delivered', reason: 'late' };
  return { outcome: 'delivered', reason: channel === 'sms' ? 'on-phone' : fate };
}

/** The TOTP check's result when `event` is the verify actor finishing. */
function verifyOutput(event: AnyEventObject): VerifyOutput | null {
  return event.type === 'xstate.done.actor.verify' ? (event.output as VerifyOutput) : null;
}

/**
 * Builds the challenge machine for one environment: the clock it reads and
 * the random source its codes come from. Everything the machine remembers
 * is in its context, which stays plain JSON.
 */
export function createChallengeMachine(env: ChallengeEnv) {
  const now = () => env.clock.now();

  const kill = (codes: CodeRecord[], to: 'dead' | 'superseded') =>
    codes.map((c) => (c.status === 'live' ? { ...c, status: to } : c));

  return setup({
    types: {
      context: {} as ChallengeContext,
      events: {} as ChallengeEvent,
      input: {} as ChallengeInput,
      emitted: {} as ChallengeEmitted,
    },
    actors: {
      verifyTotp: fromPromise<VerifyOutput, VerifyInput>(async ({ input }) => ({
        verdict: await verifyTotp({
          enrolment: input.enrolment,
          code: input.code,
          atMs: input.atMs,
          lastUsedStep: input.lastUsedStep,
        }),
        codeRef: codeRef(input.code, input.salt),
      })),
    },
    guards: {
      malformed: ({ context, event }) =>
        event.type === 'SUBMIT' && !normaliseCode(event.code, digitsOf(context)).ok,
      isAuthenticator: ({ context }) => context.channel === 'authenticator',
      matchesLive: ({ context, event }) => liveMatch(context, event, now()),
      matchesUsed: ({ context, event }) => {
        const code = submitted(context, event);
        if (code === null) return false;
        if (findCode(context, code)?.status === 'used') return true;
        // An app code is not stored: the accepted entry's reference names the one that worked.
        const accepted = context.log.find((e) => e.outcome === 'accepted');
        return (
          context.channel === 'authenticator' && accepted?.codeRef === codeRef(code, context.salt)
        );
      },
      totpOk: ({ event }) => verifyOutput(event)?.verdict.ok === true,
      lastAttempt: ({ context }) => (attemptsLeft(context) ?? Infinity) <= 1,
      mustWait: ({ context }) => throttleWaitMs(context.policy, context.failures + 1) > 0,
      resendLimitReached: ({ context }) => context.resends >= context.policy.maxResends,
      coolingDown: ({ context }) => coolingDownAt(context, now()),
      // The cooldown ended this millisecond but its timer has not fired yet.
      cooldownDue: ({ context }) => context.coolingDown && !coolingDownAt(context, now()),
      channelRefused: ({ context, event }) =>
        event.type === 'RESEND' &&
        event.channel !== undefined &&
        (event.channel !== 'sms' && event.channel !== 'email'
          ? true
          : !channelAllowed(context.policy, context.purpose, event.channel).ok),
      // A deadline is reached at its very millisecond, whether or not its timer has fired yet.
      deadlineReached: ({ context }) => now() >= context.expiresAt,
      waitOver: ({ context }) => context.waitUntil !== null && now() >= context.waitUntil,
      lockoutOver: ({ context }) => context.lockedUntil !== null && now() >= context.lockedUntil,
      deliverable: ({ context, event }) =>
        event.type === 'otp.deliver' && context.codes[event.n]?.arrivedAt === null,
    },
    delays: {
      // Remaining time, not the full lifetime: re-entering pending after a
      // throttle wait or a TOTP check must not give the code extra life.
      codeLifetime: ({ context }) => Math.max(0, context.expiresAt - now()),
      lockout: ({ context }) => context.policy.lockoutMs,
      throttleWait: ({ context }) => Math.max(0, (context.waitUntil ?? 0) - now()),
    },
    actions: {
      /** Appends the audit entry for this transition. */
      conclude: assign(({ context, event: handled }, params: ConcludeParams) => {
        const event: AnyEventObject = params.as ? { type: params.as } : handled;
        // Every transition logs, so the last entry ends where this one starts (the actor's
        // published snapshot lags behind an event handled again in the same step).
        const from = context.log.at(-1)?.to ?? null;
        const to = params.to ?? from ?? 'pending';
        let outcome = params.outcome;
        let reason = params.reason;
        let ref: string | null = null;
        const data: ResultData = {};
        const code = submitted(context, event);
        if (code !== null) ref = codeRef(code, context.salt);
        const verified = verifyOutput(event);
        if (verified) ref = verified.codeRef;
        const p = context.policy;
        if (outcome === 'failure') {
          const record = code !== null ? findCode(context, code) : null;
          outcome = failureOutcome(context, record, verified?.verdict ?? null);
          const left = attemptsLeft(context);
          if (left !== null) data.attemptsLeft = left;
          reason = failureReason(outcome, to, p.maxFailures, data.attemptsLeft);
        }
        switch (reason) {
          case 'limit-reached':
          case 'locked-out':
            data.lockoutMs = p.lockoutMs;
            data.until = context.lockedUntil ?? undefined;
            break;
          case 'throttled':
          case 'cooldown':
            data.waitMs =
              reason === 'throttled'
                ? Math.max(0, (context.waitUntil ?? now()) - now())
                : Math.max(0, (cooldownEndsAt(context) ?? now()) - now());
            break;
          case 'lifetime-elapsed':
            data.lifetimeMs = p.lifetimeMs;
            break;
          case 'resend-limit':
            data.maxResends = p.maxResends;
            break;
          case 'new-code':
            data.channel = context.channel;
            ref = newestRecord(context)?.ref ?? null;
            break;
        }
        if (outcome === 'malformed' && event.type === 'SUBMIT') {
          const entry = normaliseCode(event.code, digitsOf(context));
          if (!entry.ok) {
            reason = entry.problem;
            data.digits = digitsOf(context);
            data.length = entry.length;
          }
        }
        if (event.type === 'otp.deliver') ref = context.codes[event.n]?.ref ?? null;
        const entry: AuditEntry = {
          seq: context.log.length,
          at: now(),
          event: event.type,
          from,
          to,
          outcome,
          reason: reason ?? null,
          codeRef: ref,
          data,
        };
        return { log: [...context.log, entry] };
      }),
      countFailure: assign(({ context }) => ({
        failures: context.failures + 1,
        totalFailures: context.totalFailures + 1,
      })),
      startLockout: assign(({ context }) => ({
        lockedUntil: now() + context.policy.lockoutMs,
        codes: kill(context.codes, 'dead'),
      })),
      startWait: assign(({ context }) => ({
        waitUntil: now() + throttleWaitMs(context.policy, context.failures),
      })),
      endWait: assign({ waitUntil: null }),
      acceptCode: assign(({ context, event }) => {
        const code = submitted(context, event);
        const match = code !== null ? findCode(context, code) : null;
        return {
          acceptedAt: now(),
          failures: 0, // a success clears earlier failures (NIST SP 800-63B-4 §3.2.2)
          codes: context.codes.map((c) =>
            c === match
              ? { ...c, status: 'used' as const }
              : c.status === 'live'
                ? { ...c, status: 'dead' as const }
                : c,
          ),
        };
      }),
      acceptStep: assign(({ event }) => {
        const verdict = verifyOutput(event)?.verdict;
        return { acceptedAt: now(), failures: 0, lastUsedStep: verdict?.ok ? verdict.step : null };
      }),
      expireCodes: assign(({ context }) => ({ codes: kill(context.codes, 'dead') })),
      cancelCodes: assign(({ context }) => ({ codes: kill(context.codes, 'dead') })),
      endLockout: assign({ failures: 0, lockedUntil: null }),
      renewDeadline: assign(({ context }) => ({
        failures: 0,
        lockedUntil: null,
        expiresAt: now() + context.policy.lifetimeMs,
      })),
      /** A new code replaces (or, on the weak preset, joins) the old ones. */
      resend: assign(({ context, event }) => {
        const channel = event.type === 'RESEND' && event.channel ? event.channel : context.channel;
        const sendChannel = channel === 'authenticator' ? 'sms' : channel;
        const older = context.policy.resendSupersedes
          ? kill(context.codes, 'superseded')
          : context.codes;
        const record = makeCode({ ...context, codes: older }, sendChannel, now(), env.random);
        return {
          channel,
          codes: [...older, record],
          expiresAt: record.expiresAt,
          resends: context.resends + 1,
          failures: context.policy.resendResetsFailures ? 0 : context.failures,
          coolingDown: context.policy.resendCooldownMs > 0,
        };
      }),
      /** Schedules the arrival of the code just made (start, resend) and the resend cooldown's end. */
      scheduleSend: enqueueActions(({ context, enqueue }) => {
        const record = newestRecord(context);
        if (!record) return;
        enqueue.raise({ type: 'otp.deliver', n: record.n }, { delay: record.latencyMs });
        if (context.policy.resendCooldownMs > 0) {
          enqueue.raise(
            { type: 'otp.cooldown-over' },
            { delay: context.policy.resendCooldownMs, id: COOLDOWN_TIMER },
          );
        }
      }),
      endCooldown: assign({ coolingDown: false }),
      /** The cooldown was settled before its timer fired: the timer must not fire again. */
      cancelCooldownTimer: cancel(COOLDOWN_TIMER),
      /** Handles the same event again, in the state the due timer led to. */
      handleAgain: raise(({ event }) => event as ChallengeEvent),
      markArrived: assign(({ context, event }) => {
        if (event.type !== 'otp.deliver') return {};
        return {
          codes: context.codes.map((c) => (c.n === event.n ? { ...c, arrivedAt: now() } : c)),
        };
      }),
      announceDelivery: emit(({ context, event }) => {
        const n = event.type === 'otp.deliver' ? event.n : -1;
        const record = context.codes[n] as CodeRecord;
        const message = composeMessage(context, record);
        const arrivedAt = record.arrivedAt ?? now();
        return {
          type: 'delivery' as const,
          delivery: {
            challengeId: context.id,
            n: record.n,
            channel: record.channel,
            to: context.to[record.channel],
            from: message.from,
            fate: record.fate,
            sentAt: record.sentAt,
            arrivedAt,
            late: arrivedAt >= record.expiresAt,
            subject: message.subject,
            body: message.body,
            code: record.code,
            codeRef: record.ref,
          },
        };
      }),
    },
  }).createMachine({
    id: 'challenge',
    context: ({ input }) => initialContext(input, env),
    initial: 'pending',
    entry: 'scheduleSend',
    on: {
      'otp.deliver': {
        guard: 'deliverable',
        actions: [
          'markArrived',
          'announceDelivery',
          enqueueActions(({ context, event, enqueue }) => {
            const record = event.type === 'otp.deliver' ? context.codes[event.n] : undefined;
            if (!record) return;
            const late = (record.arrivedAt ?? 0) >= record.expiresAt;
            enqueue({
              type: 'conclude',
              params: deliveryResult(record.fate, record.channel, late),
            });
          }),
        ],
      },
      'otp.cooldown-over': { actions: ['endCooldown', conclude('cooldown-over')] },
    },
    states: {
      pending: {
        after: {
          codeLifetime: {
            target: 'expired',
            actions: ['expireCodes', conclude('expired', 'lifetime-elapsed', 'expired')],
          },
        },
        on: {
          SUBMIT: [
            expiryDue('pending'),
            { guard: 'malformed', actions: conclude('malformed') },
            {
              guard: 'isAuthenticator',
              target: 'verifying',
              actions: conclude('checking', null, 'verifying'),
            },
            {
              guard: 'matchesLive',
              target: 'accepted',
              actions: ['acceptCode', conclude('accepted', 'single-use', 'accepted')],
            },
            ...failureTransitions(),
          ],
          RESEND: [expiryDue('pending'), ...resendTransitions()],
          CANCEL: [
            expiryDue('pending'),
            {
              target: 'cancelled',
              actions: ['cancelCodes', conclude('cancelled', 'by-user', 'cancelled')],
            },
          ],
        },
      },
      verifying: {
        invoke: {
          id: 'verify',
          src: 'verifyTotp',
          input: ({ context, event }) => ({
            enrolment: context.enrolment as TotpEnrolment,
            code: submitted(context, event) ?? '',
            atMs: now(),
            lastUsedStep: context.lastUsedStep,
            salt: context.salt,
          }),
          onDone: [
            {
              guard: 'totpOk',
              target: 'accepted',
              actions: ['acceptStep', conclude('accepted', 'single-use', 'accepted')],
            },
            ...failureTransitions('pending'),
          ],
          onError: { target: 'pending', actions: conclude('wrong', 'verify-error', 'pending') },
        },
        on: {
          // One check at a time: a code typed meanwhile is logged, not looked at.
          SUBMIT: { actions: conclude('checking', 'still-checking') },
          RESEND: { actions: conclude('resend-refused', 'not-resendable') },
          CANCEL: {
            target: 'cancelled',
            actions: ['cancelCodes', conclude('cancelled', 'by-user', 'cancelled')],
          },
        },
      },
      throttled: {
        after: {
          throttleWait: {
            target: 'pending',
            actions: ['endWait', conclude('unlocked', null, 'pending')],
          },
          codeLifetime: {
            target: 'expired',
            actions: ['endWait', 'expireCodes', conclude('expired', 'lifetime-elapsed', 'expired')],
          },
        },
        on: {
          SUBMIT: [...throttledDue(), { actions: conclude('locked', 'throttled') }],
          RESEND: [...throttledDue(), { actions: conclude('resend-refused', 'while-throttled') }],
          CANCEL: [
            ...throttledDue(),
            {
              target: 'cancelled',
              actions: ['endWait', 'cancelCodes', conclude('cancelled', 'by-user', 'cancelled')],
            },
          ],
        },
      },
      expired: {
        on: {
          SUBMIT: [
            { guard: 'malformed', actions: conclude('malformed') },
            { actions: conclude('expired', 'lifetime-elapsed') },
          ],
          RESEND: resendTransitions(),
          CANCEL: { target: 'cancelled', actions: conclude('cancelled', 'by-user', 'cancelled') },
        },
      },
      locked: {
        after: {
          lockout: [
            {
              guard: 'isAuthenticator',
              target: 'pending',
              actions: ['renewDeadline', conclude('unlocked', null, 'pending')],
            },
            {
              target: 'voided',
              actions: ['endLockout', conclude('unlocked', 'lockout-voided-code', 'voided')],
            },
          ],
        },
        on: {
          SUBMIT: [...lockoutDue(), { actions: conclude('locked', 'locked-out') }],
          RESEND: [...lockoutDue(), { actions: conclude('resend-refused', 'while-locked') }],
          CANCEL: [
            ...lockoutDue(),
            { target: 'cancelled', actions: conclude('cancelled', 'by-user', 'cancelled') },
          ],
        },
      },
      voided: {
        on: {
          SUBMIT: { actions: conclude('voided', 'lockout-voided-code') },
          RESEND: resendTransitions(false),
          CANCEL: { target: 'cancelled', actions: conclude('cancelled', 'by-user', 'cancelled') },
        },
      },
      accepted: {
        on: {
          SUBMIT: [
            { guard: 'matchesUsed', actions: conclude('used', 'single-use') },
            { actions: conclude('closed', 'challenge-closed') },
          ],
          RESEND: { actions: conclude('resend-refused', 'challenge-closed') },
          CANCEL: { actions: conclude('closed', 'challenge-closed') },
        },
      },
      cancelled: {
        on: {
          SUBMIT: { actions: conclude('closed', 'challenge-closed') },
          RESEND: { actions: conclude('resend-refused', 'challenge-closed') },
          CANCEL: { actions: conclude('closed', 'challenge-closed') },
        },
      },
    },
  });
}

/*
 * Timers due at the very moment a person acts. The clock may not have fired
 * a timer that falls due this millisecond yet (two timers due at once fire
 * one per step), but the deadline has passed all the same: the timer's own
 * transition is taken first, logged as that timer, and the event is then
 * handled again in the state it led to. So the outcome at a deadline never
 * depends on which fired first, the timer or the person.
 */

/** The code's lifetime ran out this millisecond (pending and throttled keep the timer). */
function expiryDue(state: 'pending' | 'throttled') {
  return {
    guard: 'deadlineReached',
    target: 'expired',
    actions: [
      ...(state === 'throttled' ? (['endWait'] as const) : []),
      'expireCodes',
      conclude('expired', 'lifetime-elapsed', 'expired', afterEvent('codeLifetime', state)),
      'handleAgain',
    ],
  } as const;
}

/** A throttle wait and the code's lifetime can both end now: the wait's timer is set first. */
function throttledDue() {
  return [
    {
      guard: 'waitOver',
      target: 'pending',
      actions: [
        'endWait',
        conclude('unlocked', null, 'pending', afterEvent('throttleWait', 'throttled')),
        'handleAgain',
      ],
    },
    expiryDue('throttled'),
  ] as const;
}

/** The lockout ended this millisecond: as its timer would, renew (authenticator) or void. */
function lockoutDue() {
  const as = afterEvent('lockout', 'locked');
  return [
    {
      guard: and(['lockoutOver', 'isAuthenticator']),
      target: 'pending',
      actions: ['renewDeadline', conclude('unlocked', null, 'pending', as), 'handleAgain'],
    },
    {
      guard: 'lockoutOver',
      target: 'voided',
      actions: [
        'endLockout',
        conclude('unlocked', 'lockout-voided-code', 'voided', as),
        'handleAgain',
      ],
    },
  ] as const;
}

/**
 * A counted failure, wherever a code is checked: it locks at the limit,
 * makes the learner wait under a throttle, or just counts. `back` is where
 * a plain failure goes (absent: stay).
 */
function failureTransitions(back?: 'pending') {
  return [
    {
      guard: 'lastAttempt',
      target: 'locked',
      actions: ['countFailure', 'startLockout', conclude('failure', null, 'locked')],
    },
    {
      guard: 'mustWait',
      target: 'throttled',
      actions: ['countFailure', 'startWait', conclude('failure', null, 'throttled')],
    },
    back
      ? ({ target: back, actions: ['countFailure', conclude('failure', null, back)] } as const)
      : ({ actions: ['countFailure', conclude('failure')] } as const),
  ] as const;
}

/**
 * The same resend rules wherever a resend is possible. Only an authenticator
 * challenge can be in `pending` or `expired` with nothing to resend; after a
 * lockout it goes straight back to `pending`, never to `voided`.
 */
function resendTransitions(authenticatorPossible = true) {
  return [
    ...(authenticatorPossible
      ? [
          {
            guard: 'isAuthenticator',
            actions: conclude('resend-refused', 'not-resendable'),
          } as const,
        ]
      : []),
    { guard: 'resendLimitReached', actions: conclude('resend-refused', 'resend-limit') },
    { guard: 'coolingDown', actions: conclude('resend-refused', 'cooldown') },
    { guard: 'channelRefused', actions: conclude('resend-refused', 'channel-not-allowed') },
    // A cooldown that ends this very millisecond ended before the new code went out: logged first.
    {
      guard: 'cooldownDue',
      target: 'pending',
      reenter: true,
      actions: [
        'endCooldown',
        'cancelCooldownTimer',
        conclude('cooldown-over', null, undefined, 'otp.cooldown-over'),
        'resend',
        conclude('resent', 'new-code', 'pending'),
        'scheduleSend',
      ],
    },
    {
      target: 'pending',
      reenter: true,
      actions: ['resend', conclude('resent', 'new-code', 'pending'), 'scheduleSend'],
    },
  ] as const;
}

export type ChallengeMachine = ReturnType<typeof createChallengeMachine>;

/**
 * Checks the input and issues the first code. Bad input throws a
 * PolicyError naming the problem, so a broken challenge never starts.
 */
export function initialContext(input: ChallengeInput, env: ChallengeEnv): ChallengeContext {
  const policy = assertPolicy(input.policy);
  const problems: PolicyError['problems'] = [];
  const allowed = channelAllowed(policy, input.purpose, input.channel);
  if (!allowed.ok) {
    // For the developer: the learner's words, then the rule's source (the
    // learner's text names no standard: issue 11).
    const source = policyRules(policy).find((c) => c.rule === allowed.rule)?.source;
    problems.push({
      field: 'policy',
      message: `${catalogue(input.locale).reason['channel-not-allowed']} (${source})`,
    });
  }
  if (input.channel === 'authenticator' && !input.enrolment) {
    problems.push({
      field: 'policy',
      message: 'the authenticator channel needs an enrolled secret',
    });
  }
  if (problems.length) throw new PolicyError(problems);
  const at = env.clock.now();
  const salt = String(env.random.below(0x7fff_ffff));
  const base: ChallengeContext = {
    id: input.id ?? `ch-${salt}`,
    purpose: input.purpose,
    channel: input.channel,
    policy,
    to: input.to ?? { sms: LEARNER.sms, email: LEARNER.email },
    brand: input.brand ?? SHOP,
    locale: input.locale ?? DEFAULT_LOCALE,
    plan: input.deliveries ?? [],
    salt,
    issuedAt: at,
    expiresAt: at + policy.lifetimeMs,
    codes: [],
    failures: 0,
    totalFailures: 0,
    resends: 0,
    coolingDown: false,
    waitUntil: null,
    lockedUntil: null,
    enrolment: input.enrolment ?? null,
    lastUsedStep: input.lastUsedStep ?? null,
    acceptedAt: null,
    log: [],
  };
  if (input.channel !== 'authenticator') {
    base.codes = [makeCode(base, input.channel, at, env.random)];
    base.coolingDown = policy.resendCooldownMs > 0;
  }
  const first = base.codes[0];
  base.log = [
    {
      seq: 0,
      at,
      event: 'xstate.init',
      from: null,
      to: 'pending',
      outcome: 'issued',
      reason: first ? 'new-code' : null,
      codeRef: first?.ref ?? null,
      data: { channel: input.channel },
    },
  ];
  return base;
}
