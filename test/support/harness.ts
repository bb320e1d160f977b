import {
  base32Encode,
  SeededRandom,
  SimulatedClock,
  SIM_EPOCH,
  preset,
  startChallenge,
  type ChallengeActor,
  type ChallengeInput,
  type Delivery,
  type AuditEntry,
  type PresetId,
  type Policy,
  type TotpEnrolment,
} from '../../src/core';

/** The RFC 6238 test secret ("12345678901234567890"), as raw bytes. */
export const TOTP_SECRET = new TextEncoder().encode('12345678901234567890');

/** An authenticator app enrolled with `TOTP_SECRET`: 6 digits, 30 s, SHA-1. */
export const TOTP_ENROLMENT: TotpEnrolment = {
  secret: base32Encode(TOTP_SECRET),
  digits: 6,
  period: 30,
  algorithm: 'SHA-1',
  issuer: 'Larkspur',
  account: 'sam.rivera@mail.example',
};

export interface Harness {
  actor: ChallengeActor;
  clock: SimulatedClock;
  deliveries: Delivery[];
  /** The newest code the service issued (what the phone shows). */
  current(): string;
  /** Every code issued so far, oldest first. */
  codes(): string[];
  /** A well-formed code that the service never issued. */
  wrong(): string;
  submit(code: string): AuditEntry;
  resend(channel?: 'sms' | 'email'): AuditEntry;
  last(): AuditEntry;
  state(): string;
  log(): AuditEntry[];
}

export interface HarnessOptions extends Partial<ChallengeInput> {
  preset?: PresetId;
  seed?: number;
}

/** A challenge on a simulated clock with a seeded random source. */
export function harness(options: HarnessOptions = {}): Harness {
  const { preset: presetId = 'retail', seed = 7, ...rest } = options;
  const policy: Policy = rest.policy ?? preset(presetId);
  const clock = new SimulatedClock(SIM_EPOCH);
  const actor = startChallenge(
    {
      purpose: { kind: 'sign-in', device: 'Firefox on Linux' },
      channel: 'sms',
      ...rest,
      policy,
    },
    { clock, random: new SeededRandom(seed) },
  );
  const deliveries: Delivery[] = [];
  actor.on('delivery', (e) => deliveries.push(e.delivery));
  const ctx = () => actor.getSnapshot().context;
  const last = () => ctx().log.at(-1) as AuditEntry;
  return {
    actor,
    clock,
    deliveries,
    current: () => ctx().codes.at(-1)?.code ?? '',
    codes: () => ctx().codes.map((c) => c.code),
    wrong: () => {
      const issued = new Set(ctx().codes.map((c) => c.code));
      const digits = ctx().policy.digits;
      for (let i = 0; ; i++) {
        const candidate = String(i).padStart(digits, '0');
        if (!issued.has(candidate)) return candidate;
      }
    },
    submit: (code) => {
      actor.send({ type: 'SUBMIT', code });
      return last();
    },
    resend: (channel) => {
      actor.send(channel ? { type: 'RESEND', channel } : { type: 'RESEND' });
      return last();
    },
    last,
    state: () => String(actor.getSnapshot().value),
    log: () => ctx().log,
  };
}
