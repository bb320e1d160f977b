/**
 * The account-change scenarios (issue 11, "what the seeds ask that is
 * missing"): a new email address, a new payment card, and the fake
 * security alert. Expected values come from the scenario design in
 * doc/model.md and the facts in shared/guide/scams.md.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioCatalogue, textsOf } from '../../src/core/i18n/scenarios';
import { loadScenario } from '../../src/core/scenario/library';
import { ScenarioRun } from '../../src/core/scenario/run';
import type { ScenarioRun as Run } from '../../src/core/scenario/run';
import { LEARNER } from '../../src/core/world';

const TEXTS = await loadScenarioCatalogue();
const IDS = ['email-change', 'payment-change', 'scam-alert'] as const;

/** The code in the newest code message on the phone. */
function newestCode(run: Run): string {
  const d = run.state.arrivals.filter((a) => a.delivery).at(-1)?.delivery;
  if (!d) throw new Error('no code message has arrived');
  return (d.body.match(/\d{3} \d{3}/)?.[0] ?? '').replace(' ', '');
}

function wrongFor(code: string): string {
  return String((Number(code) + 1) % 1e6).padStart(6, '0');
}

function playToEnd(run: Run): void {
  for (let i = 0; i < 500 && run.state.endedAt === null && run.skipToNext(); i++) {
    /* let every timer run out */
  }
}

describe.each([
  ['email-change', /change your email address to sam\.rivera@fernmail\.example/],
  ['payment-change', /add the card ending 1881/],
] as const)('%s', (id, names) => {
  it('safe path: the code goes to the phone and names the change; a notice goes to the email address on file', async () => {
    const run = new ScenarioRun(await loadScenario(id), { seed: 4 });
    run.advance(10_000);
    const text = run.state.arrivals.find((a) => a.delivery)?.delivery;
    expect(text?.to).toBe(LEARNER.sms);
    expect(text?.body).toMatch(names);
    const notice = run.state.arrivals.find((a) => a.beat === 'notice');
    expect(notice?.folder).toBe('inbox');
    expect(run.submitCode(newestCode(run))?.outcome).toBe('accepted');
    expect(run.debrief()).toMatchObject({ outcome: 'completed', score: 100 });
  });

  it('mistakes: a wrong code costs 5 points; giving up leaves the account as it was', async () => {
    const run = new ScenarioRun(await loadScenario(id), { seed: 4 });
    run.advance(10_000);
    const code = newestCode(run);
    expect(run.submitCode(wrongFor(code))?.outcome).toBe('wrong');
    expect(run.submitCode(code)?.outcome).toBe('accepted');
    expect(run.debrief()).toMatchObject({ outcome: 'completed', wrongCodes: 1, score: 95 });

    const quit = new ScenarioRun(await loadScenario(id), { seed: 4 });
    quit.advance(10_000);
    quit.stop();
    expect(quit.debrief().outcome).not.toBe('completed');
  });

  it('its notice says what changed, and sends the reader to the app or site they type themselves', () => {
    const t = textsOf(TEXTS, id);
    expect(t.beats.notice).toMatch(
      id === 'email-change' ? /sam\.rivera@fernmail\.example/ : /1881/,
    );
    expect(t.beats.notice).toMatch(/type larkspur\.example yourself/);
    // A genuine notice links nowhere and asks for nothing.
    expect(t.beats.notice).not.toMatch(/\]\(https?:|reply|call us/i);
    expect(t.subjects.notice?.length).toBeGreaterThan(10);
  });
});

describe('email-change teaches what the code hands over', () => {
  it('the right moves say the code gives the whole account, and the alert goes to the old address', () => {
    const moves = textsOf(TEXTS, 'email-change').rightMoves.join(' ');
    expect(moves).toMatch(/password reset goes there/);
    expect(moves).toMatch(/whole account/);
    expect(moves).toMatch(/old address/);
    expect(textsOf(TEXTS, 'email-change').beats.notice).toMatch(/old address/);
  });
});

describe('payment-change teaches where the card’s number leads', () => {
  it('the right moves check the last four digits and send stolen card details to the bank', () => {
    const moves = textsOf(TEXTS, 'payment-change').rightMoves;
    expect(moves.join(' ')).toMatch(/last four digits/);
    expect(moves.find((m) => /number on your card/.test(m))).toMatch(/bank/);
  });
});

describe('scam-alert: the fake security alert', () => {
  it('the fake alert carries the flags; the shop’s real alert carries none and asks for no code', async () => {
    const scenario = await loadScenario('scam-alert');
    const fake = scenario.beats.find((b) => b.id === 'fake-alert')!;
    const real = scenario.beats.find((b) => b.id === 'real-alert')!;
    expect(fake.flags).toEqual(expect.arrayContaining(['asks-for-code', 'urgency']));
    expect(fake.byAttacker).toBe(true);
    expect(real.flags ?? []).toEqual([]);
    expect(real.byAttacker).toBeFalsy();
    const t = textsOf(TEXTS, 'scam-alert');
    expect(t.beats['fake-alert']).toMatch(/code/);
    expect(t.beats['fake-alert']).toMatch(/call you/);
    expect(t.beats['real-alert']).toMatch(
      /Open the Larkspur app, or type larkspur\.example yourself/,
    );
    expect(t.beats['real-alert']).toMatch(/never call or text you to ask for a code/);
  });

  it('the caller says the code blocks the device; the genuine message says it approves the sign-in', async () => {
    const run = new ScenarioRun(await loadScenario('scam-alert'), { seed: 2 });
    run.advance(24_000);
    const code = run.state.arrivals.find((a) => a.delivery)?.delivery;
    expect(code?.body).toMatch(/approve a sign-in on a new device \(iPhone, Manchester\)/);
    expect(run.state.call).toMatchObject({ beat: 'security-call', status: 'ringing' });
    expect(textsOf(TEXTS, 'scam-alert').calls['security-call']?.join(' ')).toMatch(/block/);
  });

  it('reading the code out lets the attacker in; hanging up and changing the password in the app foils them', async () => {
    const scenario = await loadScenario('scam-alert');
    const shared = new ScenarioRun(scenario, { seed: 2 });
    shared.advance(25_000);
    shared.answerCall();
    shared.shareCode(newestCode(shared), 'call');
    playToEnd(shared);
    expect(shared.debrief().outcome).toBe('taken-over');

    const safe = new ScenarioRun(scenario, { seed: 2 });
    safe.advance(25_000);
    safe.answerCall();
    safe.hangUp();
    safe.choose('after-call', 'check-app');
    playToEnd(safe);
    const d = safe.debrief();
    expect(d.outcome).toBe('foiled');
    expect(d.attacker?.insideAt).toBeNull();
    expect(d.unsafeChoices).toEqual([]);
  });

  it('"do nothing" keeps the code but leaves the password with the attacker: not a full score', async () => {
    const run = new ScenarioRun(await loadScenario('scam-alert'), { seed: 2 });
    run.advance(25_000);
    run.declineCall();
    run.choose('after-call', 'wait-and-see');
    playToEnd(run);
    const d = run.debrief();
    expect(d.attacker?.insideAt).toBeNull();
    expect(d.unsafeChoices).toContain('after-call');
    expect(d.score).toBeLessThan(100);
  });
});

describe('all three', () => {
  it.each(IDS)(
    '%s: never more than 10 s of simulated time between its messages and calls',
    async (id) => {
      const scenario = await loadScenario(id);
      const last = Math.max(...scenario.beats.map((b) => b.at));
      // Every timed event up to the last beat: the beats, and the code message.
      const run = new ScenarioRun(scenario, { seed: 1 });
      const times: number[] = [0];
      for (let i = 0; i < 20 && run.skipToNext(); i++) {
        const t = run.clock.now() - run.state.startedAt;
        if (t > last) break;
        times.push(t);
      }
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      expect(Math.max(...gaps), `${id}: ${times.join(', ')}`).toBeLessThanOrEqual(10_000);
    },
  );

  it.each(IDS)('%s: only the made-up shop’s .example addresses and drama numbers', async (id) => {
    const scenario = await loadScenario(id);
    const all = JSON.stringify(textsOf(TEXTS, id)) + JSON.stringify(scenario);
    expect(all.match(/\b[a-z0-9-]+\.(?:com|co\.uk|org|net|uk|io)\b/gi) ?? []).toEqual([]);
    for (const n of all.match(/\+\d[\d ]{8,}\d/g) ?? []) expect(n).toMatch(/^\+44 7700 900\d{3}$/);
    for (const email of all.match(/[\w.]+@[\w-]+(?:\.[\w-]+)+/g) ?? [])
      expect(email).toMatch(/\.example$/);
  });

  it.each(IDS)('%s: card, right moves and every beat’s words are there', async (id) => {
    const scenario = await loadScenario(id);
    const t = textsOf(TEXTS, id) as unknown as {
      title: string;
      objectives: string[];
      rightMoves: string[];
      beats: Record<string, string>;
      calls: Record<string, string[]>;
      subjects: Record<string, string>;
    };
    expect(t.title.length).toBeGreaterThan(5);
    expect(t.objectives.length).toBeGreaterThanOrEqual(3);
    expect(t.rightMoves.length).toBeGreaterThanOrEqual(4);
    for (const beat of scenario.beats) {
      if (beat.kind === 'call') expect(t.calls[beat.id]?.length).toBeGreaterThanOrEqual(2);
      else expect(t.beats[beat.id]).toBeTruthy();
      if (beat.kind === 'email') expect(t.subjects[beat.id]).toBeTruthy();
    }
  });
});
