/**
 * Every scenario, played headless on the model: its safe path and a path
 * with the everyday mistakes, asserting the outcome and the debrief.
 */
import { describe, expect, it } from 'vitest';
import { LEARNER_PASSWORD, loadScenario, preset, ScenarioRun } from '../../src/core';
import { loadScenarioCatalogue, textsOf } from '../../src/core/i18n/scenarios';
import { SCENARIO_IDS } from '../support/builtins';

// Every scenario's texts (a played scenario loads only its own).
const SCENARIO_TEXTS = await loadScenarioCatalogue();

const MIN = 60_000;

async function play(id: string, seed = 4) {
  const run = new ScenarioRun(await loadScenario(id), { seed });
  return run;
}

/** The code in the newest arrived message (what the learner reads on the phone or in mail). */
function newestCode(run: ScenarioRun, folder?: 'messages' | 'inbox' | 'spam'): string {
  const arrivals = run.state.arrivals.filter((a) => a.delivery && (!folder || a.folder === folder));
  const d = arrivals.at(-1)?.delivery;
  if (!d) throw new Error('no code message has arrived');
  return d.body.match(/\d{3} \d{3}/)?.[0] ?? '';
}

function wrongFor(code: string): string {
  const digits = code.replace(' ', '');
  return String((Number(digits) + 1) % 1e6).padStart(6, '0');
}

describe('the scenario library', () => {
  it('has the twelve everyday scenarios and the scams, numbered in order, each with its texts', async () => {
    const t = SCENARIO_TEXTS;
    const numbers = new Set<number>();
    let everyday = 0;
    for (const id of SCENARIO_IDS) {
      const s = await loadScenario(id);
      expect(s.id).toBe(id);
      numbers.add(s.number);
      if (s.flow !== 'scam') everyday += 1;
      const text = textsOf(t, id);
      expect(text.title.length).toBeGreaterThan(5);
      expect(text.objectives.length).toBeGreaterThanOrEqual(2);
      expect(text.rightMoves.length).toBeGreaterThanOrEqual(3);
      for (const beat of s.beats) {
        expect(beat.kind === 'call' ? text.calls : text.beats).toHaveProperty(beat.id);
      }
      for (const d of s.decisions) {
        const dt = (text.decisions as Record<string, Record<string, string>>)[d.id];
        expect(dt?.prompt).toBeTruthy();
        for (const c of d.choices) expect(dt?.[c.id]).toBeTruthy();
      }
    }
    expect(everyday).toBe(12);
    expect([...numbers].sort((a, b) => a - b)).toEqual(SCENARIO_IDS.map((_, i) => i + 1));
  });
});

describe('1. new device sign-in', () => {
  it('safe path: the lost text is resent, the code signs in, the device is remembered', async () => {
    const run = await play('new-device');
    run.signIn('wrong password');
    expect(run.state.passwordError).toBe('wrong-password');
    run.signIn(LEARNER_PASSWORD, true);
    expect(run.state.step).toBe('code');
    run.advance(MIN);
    expect(run.state.arrivals).toHaveLength(0); // the first text was lost
    expect(run.resend()?.outcome).toBe('resent');
    run.advance(10_000);
    expect(run.submitCode(newestCode(run))?.outcome).toBe('accepted');
    expect(run.state.step).toBe('done');
    const d = run.debrief();
    expect(d.outcome).toBe('completed');
    expect(d.score).toBe(100); // the resend the lost text needed is free
    expect(d.rules.map((r) => [r.rule, r.verdict])).toEqual([
      ['code-lifetime', 'meets'],
      ['failure-limit', 'meets'],
      ['resend-keeps-count', 'meets'],
      ['resend-kills-old-code', 'meets'],
    ]);
    expect(d.standards).toContain('NIST SP 800-63B-4 §3.1.3.2');
    // The remembered device skips the code next time.
    const next = new ScenarioRun(run.scenario, { trustedDevice: run.state.trustedDevice });
    next.signIn(LEARNER_PASSWORD);
    expect(next.state.step).toBe('done');
    expect(next.state.challenges).toBe(0);
  });

  it('another channel: the code comes by email instead', async () => {
    const run = await play('new-device');
    run.signIn(LEARNER_PASSWORD);
    run.advance(40_000);
    expect(run.resend('email')?.outcome).toBe('resent');
    run.advance(20_000);
    expect(run.state.arrivals.at(-1)?.folder).toBe('inbox');
    expect(run.submitCode(newestCode(run, 'inbox'))?.outcome).toBe('accepted');
  });

  it('mistakes: five wrong codes lock out, and the debrief says the limit protected', async () => {
    const run = await play('new-device');
    run.signIn(LEARNER_PASSWORD);
    run.advance(30_000);
    run.resend();
    run.advance(5_000);
    const code = newestCode(run);
    for (let i = 0; i < 5; i++) run.submitCode(wrongFor(code));
    expect(run.submitCode(code)?.outcome).toBe('locked');
    const d = run.debrief();
    expect(d.outcome).toBe('locked-out');
    expect(d.protectedBy).toContain('failure-limit');
    expect(d.wrongCodes).toBe(5);
    expect(d.score).toBeLessThan(60);
  });

  it('mistakes: a code left too long expires', async () => {
    const run = await play('new-device');
    run.signIn(LEARNER_PASSWORD);
    run.advance(30_000);
    run.resend();
    run.advance(6 * MIN);
    expect(run.submitCode(newestCode(run))?.outcome).toBe('expired');
    expect(run.debrief().protectedBy).toContain('code-lifetime');
  });

  it('under the weak preset the debrief shows the rules it breaks', async () => {
    const run = new ScenarioRun(await loadScenario('new-device'), { policy: preset('weak') });
    const verdicts = Object.fromEntries(run.debrief().rules.map((r) => [r.rule, r.verdict]));
    expect(verdicts).toMatchObject({ 'failure-limit': 'breaks', 'resend-keeps-count': 'breaks' });
  });
});

describe('2. password reset', () => {
  it('safe path: the email is in Spam, and its code works', async () => {
    const run = await play('password-reset');
    expect(run.state.step).toBe('code');
    run.advance(30_000);
    expect(run.state.arrivals.map((a) => a.folder)).toEqual(['spam']);
    expect(run.state.arrivals[0]?.from).toBe('Larkspur <security@larkspur.example>');
    expect(run.submitCode(newestCode(run, 'spam'))?.outcome).toBe('accepted');
    expect(run.debrief().outcome).toBe('completed');
  });

  it('mistakes: resending before looking in Spam makes the first code useless', async () => {
    const run = await play('password-reset');
    run.advance(35_000);
    const first = newestCode(run, 'spam');
    run.resend();
    run.advance(20_000);
    expect(run.submitCode(first)?.outcome).toBe('superseded');
    expect(run.submitCode(newestCode(run, 'inbox'))?.outcome).toBe('accepted');
    const d = run.debrief();
    expect(d.protectedBy).toContain('resend-kills-old-code');
    expect(d.score).toBe(93);
  });
});

describe('3. phone change', () => {
  it('safe path: the code names the new number; a notice goes to the email address', async () => {
    const run = await play('phone-change');
    run.advance(10_000);
    const text = run.state.arrivals.find((a) => a.folder === 'messages')?.delivery;
    expect(text?.to).toBe('+44 7700 900123'); // the old number
    expect(text?.body).toContain('+44 7700 900456');
    expect(run.state.arrivals.find((a) => a.beat === 'notice')?.folder).toBe('inbox');
    expect(run.submitCode(newestCode(run, 'messages'))?.outcome).toBe('accepted');
    expect(run.debrief().outcome).toBe('completed');
  });

  it('mistakes: giving up leaves the old number in place', async () => {
    const run = await play('phone-change');
    run.startAgain();
    run.stop();
    expect(run.debrief().outcome).not.toBe('completed');
  });
});

describe.each([
  ['checkout', /£1,299\.00/],
  ['gift-card', /£50\.00/],
  ['subscription', /Larkspur Plus subscription at £7\.99/],
  ['refund', /£89\.99 for order LK-3307/],
] as const)('%s', (id, names) => {
  it('safe path: the message names what the code approves, and the code works', async () => {
    const run = await play(id);
    run.advance(30_000);
    const d = run.state.arrivals.at(-1)?.delivery;
    expect(d?.body).toMatch(names);
    expect(run.submitCode(newestCode(run))?.outcome).toBe('accepted');
    expect(run.debrief()).toMatchObject({ outcome: 'completed', score: 100 });
  });

  it('mistakes: a wrong code counts, and the debrief scores it', async () => {
    const run = await play(id);
    run.advance(30_000);
    const code = newestCode(run);
    expect(run.submitCode(wrongFor(code))).toMatchObject({ outcome: 'wrong' });
    expect(run.submitCode(code)?.outcome).toBe('accepted');
    expect(run.debrief()).toMatchObject({ outcome: 'completed', wrongCodes: 1, score: 95 });
  });
});

describe('5. delivery handover', () => {
  it('the courier calls ahead: answer, read the transcript, hang up; never asked for the code', async () => {
    const run = await play('delivery');
    run.advance(60_000);
    expect(run.state.call).toMatchObject({ beat: 'courier-call', status: 'ringing' });
    run.hangUp(); // not answered yet: nothing to hang up
    expect(run.state.call?.status).toBe('ringing');
    run.answerCall();
    expect(run.state.call?.status).toBe('answered');
    const lines = textsOf(SCENARIO_TEXTS, 'delivery').calls['courier-call'] ?? [];
    expect(lines.join(' ')).toMatch(/at your door/);
    expect(lines.join(' ')).not.toMatch(/\d{3} ?\d{3}/);
    run.hangUp();
    expect(run.state.call?.status).toBe('ended');
  });

  it('a call can be declined', async () => {
    const run = await play('delivery');
    run.advance(60_000);
    run.declineCall();
    expect(run.state.call?.status).toBe('declined');
    run.answerCall();
    expect(run.state.call?.status).toBe('declined');
  });

  it('safe path: the code is read out after checking the parcel', async () => {
    const run = await play('delivery');
    run.advance(10_000);
    expect(run.decisionOpen('handover')).toBe(false); // no courier yet
    run.advance(2 * MIN);
    expect(run.decisionOpen('handover')).toBe(true);
    run.choose('handover', 'check-parcel-first');
    expect(run.submitCode(newestCode(run))?.outcome).toBe('accepted');
    expect(run.debrief()).toMatchObject({ outcome: 'completed', unsafeChoices: [] });
  });

  it('mistake: reading the code before seeing the parcel', async () => {
    const run = await play('delivery');
    run.advance(3 * MIN);
    run.choose('handover', 'code-first');
    run.submitCode(newestCode(run));
    expect(run.debrief()).toMatchObject({ outcome: 'compromised', unsafeChoices: ['handover'] });
  });
});

describe('9. a code you did not request', () => {
  it('safe path: never send it, change the password', async () => {
    const run = await play('unrequested-code');
    expect(run.state.step).toBe('decide');
    run.advance(MIN);
    expect(run.state.arrivals.some((a) => a.delivery?.body.includes('new device'))).toBe(true);
    run.choose('reply', 'ignore');
    run.choose('next-step', 'change-password');
    expect(run.state.step).toBe('done');
    const d = run.debrief();
    expect(d).toMatchObject({ outcome: 'safe', unsafeChoices: [], score: 100 });
    expect(d.timeline.at(-1)?.outcome).toBe('cancelled'); // the attacker's sign-in dies
  });

  it('mistake: sending the code to the "friend"', async () => {
    const run = await play('unrequested-code');
    run.advance(MIN);
    run.choose('reply', 'send-code');
    run.choose('next-step', 'do-nothing');
    const d = run.debrief();
    expect(d.outcome).toBe('compromised');
    expect(d.unsafeChoices).toEqual(['reply', 'next-step']);
    expect(d.score).toBe(0);
  });

  it('cannot answer a question before it is asked', async () => {
    const run = await play('unrequested-code');
    run.choose('reply', 'send-code'); // the text has not arrived yet
    expect(run.state.decisions).toHaveLength(0);
  });
});

describe('10. authenticator app', () => {
  const enrolled = async () => {
    const run = await play('authenticator');
    await run.confirmEnrolment((await run.phoneCode()) as string);
    return run;
  };

  /** The app code is checked with Web Crypto, asynchronously: wait for the verdict. */
  const settle = async (run: ScenarioRun) => {
    for (let i = 0; i < 200 && run.challenge?.value === 'verifying'; i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
  };

  it('enrolment needs the app’s current code; a wrong one is refused', async () => {
    const run = await play('authenticator');
    expect(run.state.step).toBe('enrol');
    run.signIn(LEARNER_PASSWORD); // not before the app is set up
    expect(run.state.step).toBe('enrol');
    expect(await run.confirmEnrolment('000000')).toBe(false);
    expect(run.state.enrolError).toBe('wrong-code');
    expect(await run.confirmEnrolment((await run.phoneCode()) as string)).toBe(true);
    expect(run.state.step).toBe('password');
  });

  it('the code that confirmed enrolment cannot sign in; the next one can', async () => {
    const run = await enrolled();
    run.signIn(LEARNER_PASSWORD);
    run.submitCode((await run.phoneCode()) as string);
    await settle(run);
    expect(run.challenge?.context.log.at(-1)).toMatchObject({
      outcome: 'used',
      reason: 'totp-step-reused',
    });
    run.advance(30_000);
    run.submitCode((await run.phoneCode()) as string);
    await settle(run);
    expect(run.state.step).toBe('done');
  });

  it('safe path: the app code signs in', async () => {
    const run = await enrolled();
    run.advance(30_000);
    run.signIn(LEARNER_PASSWORD);
    const code = (await run.phoneCode()) as string;
    run.submitCode(code);
    await settle(run);
    expect(run.state.step).toBe('done');
    expect(run.debrief().outcome).toBe('completed');
  });

  it('drift: a phone 45 s fast still works (±1 step); 75 s fast does not', async () => {
    const ok = await enrolled();
    ok.advance(30_000);
    ok.signIn(LEARNER_PASSWORD);
    ok.setPhoneDrift(45_000);
    ok.submitCode((await ok.phoneCode()) as string);
    await settle(ok);
    expect(ok.state.step).toBe('done');

    const off = await enrolled();
    off.advance(30_000);
    off.signIn(LEARNER_PASSWORD);
    off.setPhoneDrift(75_000);
    off.submitCode((await off.phoneCode()) as string);
    await settle(off);
    expect(off.state.step).toBe('code');
    expect(off.debrief().wrongCodes).toBe(1);
  });
});
