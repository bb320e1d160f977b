/**
 * The facts the sandbox teaches, checked against every catalogue a learner
 * reads (shared/guide/scams.md, "Facts to keep straight"). Each block fails
 * if a false claim that earlier drafts made comes back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeMessage } from '../../src/core/challenge/message';
import { en as core } from '../../src/core/i18n/en';
import { enSeat } from '../../src/core/i18n/en-seat';
import { loadScenarioCatalogue, textsOf as catalogueTexts } from '../../src/core/i18n/scenarios';
import { PURPOSE_KINDS } from '../../src/core/purpose';
import type { Purpose } from '../../src/core/purpose';
import { loadScenario } from '../../src/core/scenario/library';
import { SCENARIO_IDS } from '../support/builtins';
import { ScenarioRun } from '../../src/core/scenario/run';
import type { Scenario } from '../../src/core/scenario/types';
import { SHOP } from '../../src/core/world';
import { en as firstScreen } from '../../src/ui/i18n/en';
import { views } from '../../src/ui/i18n/views.en';
import { PRESENT_TEXT, CAUSE_TEXT, EVENT_TEXT } from '../../src/ui/present/text.en';
import { PICKER_DEMO_TEXT } from '../../src/ui/present/share-text.en';
import { SCAM_TEXT } from '../../src/ui/scam/text.en';
import { SEAT_TEXT } from '../../src/ui/scam/seat.text.en';
import { STATUS_TEXT } from '../../src/ui/scenario/status.text.en';
import { TRAINERS_TEXT } from '../../src/ui/trainers/text.en';

const view = { ...firstScreen, ...views };

const SCENARIOS = await loadScenarioCatalogue();

interface Text {
  where: string;
  text: string;
}

/** Every string under `root`, with its path. */
function strings(root: unknown, where: string): Text[] {
  if (typeof root === 'string') return [{ where, text: root }];
  if (root === null || typeof root !== 'object') return [];
  return Object.entries(root).flatMap(([k, v]) => strings(v, `${where}.${k}`));
}

/** Every text a learner can read: the model's words, the scenarios', the views'. */
const CATALOGUE: Text[] = [
  ...strings(core, 'core'),
  ...strings(enSeat, 'seat'),
  ...strings(SCENARIOS, 'scenario'),
  ...strings(view, 'view'),
  ...strings(SCAM_TEXT, 'scam'),
  ...strings(PRESENT_TEXT, 'present'),
  ...strings(CAUSE_TEXT, 'cause'),
  ...strings(EVENT_TEXT, 'event'),
  ...strings(PICKER_DEMO_TEXT, 'picker'),
  ...strings(SEAT_TEXT, 'seatView'),
  ...strings(STATUS_TEXT, 'status'),
  ...strings(TRAINERS_TEXT, 'trainers'),
];

/** Sentences, so a claim and its qualifier are judged together. */
function sentences(texts: Text[]): Text[] {
  return texts.flatMap(({ where, text }) =>
    text
      .split(/(?<=[.!?])\s+|\n+/)
      .filter((s) => s.trim() !== '')
      .map((s) => ({ where, text: s })),
  );
}
const SENTENCES = sentences(CATALOGUE);

/** The sentences matching `re`, as "where: sentence" for a readable failure. */
function found(re: RegExp, among: Text[] = SENTENCES): string[] {
  return among.filter((s) => re.test(s.text)).map((s) => `${s.where}: ${s.text}`);
}

function textsOf(id: string): Text[] {
  return strings((SCENARIOS as Record<string, unknown>)[id], `scenario.${id}`);
}

/** Every doc paragraph, bullet and table row, for facts the docs state too. */
function docBlocks(path: string): Text[] {
  return readFileSync(path, 'utf8')
    .split(/\n(?=\s*\n|- |\| )/)
    .map((text) => ({ where: path, text: text.replace(/\s+/g, ' ') }));
}

function playToEnd(run: ScenarioRun): void {
  for (let i = 0; i < 500 && run.state.endedAt === null && run.skipToNext(); i++) {
    /* let every timer run out */
  }
}

const SAMPLE: Record<Purpose['kind'], Purpose> = {
  'sign-in': { kind: 'sign-in', device: 'Windows laptop, Bristol' },
  'password-reset': { kind: 'password-reset' },
  'phone-change': { kind: 'phone-change', newPhone: '+44 7700 900456' },
  'email-change': { kind: 'email-change', newEmail: 'sam@new.example' },
  'payment-change': { kind: 'payment-change', cardLast4: '4242' },
  checkout: { kind: 'checkout', amount: { minor: 1000, currency: 'GBP' }, orderId: 'LK-1' },
  delivery: { kind: 'delivery', orderId: 'LK-2' },
  'gift-card': { kind: 'gift-card', amount: { minor: 5000, currency: 'GBP' } },
  refund: { kind: 'refund', amount: { minor: 8999, currency: 'GBP' }, orderId: 'LK-3' },
  subscription: { kind: 'subscription', plan: 'Plus', amount: { minor: 799, currency: 'GBP' } },
  'suspicious-activity': { kind: 'suspicious-activity' },
} as Record<Purpose['kind'], Purpose>;

function messages(kind: Purpose['kind']): string[] {
  return (['sms', 'email'] as const).map(
    (channel) =>
      composeMessage(
        { purpose: SAMPLE[kind], brand: SHOP, locale: 'en' },
        { code: '123456', channel, expiresAt: Date.UTC(2026, 2, 2, 10, 3) },
      ).body,
  );
}

describe('sender IDs can be faked', () => {
  it('no text presents the shop’s own number or short code as proof, or its absence as the tell', () => {
    expect(
      found(
        /\bnot (?:from )?(?:\d+, )?(?:Larkspur’s|the shop’s|its) (?:real |usual )?(?:short code|number)\b|short code[^.]*\b(?:always|proves?|means it is)\b|\balways texts? from\b|\bcame from the (?:usual|real) number\b[^.]*\b(?:so|means)\b/i,
      ),
    ).toEqual([]);
  });

  it('scam-reply teaches "whatever the sender shows"', () => {
    const t = catalogueTexts(SCENARIOS, 'scam-reply');
    expect(t.rightMoves.join(' ')).toMatch(/proves nothing/);
    expect(t.rightMoves.join(' ')).toMatch(/same thread/);
    // The card does not point at the sender as the thing to check.
    expect(`${t.summary} ${t.objectives.join(' ')}`).not.toMatch(
      /mobile number|short code|who sent/i,
    );
  });

  it('the look-alike flag sits only on look-alike names and links', async () => {
    for (const id of SCENARIO_IDS) {
      const scenario: Scenario = await loadScenario(id);
      const texts = (SCENARIOS as Record<string, { beats: Record<string, string> }>)[id]!;
      for (const beat of scenario.beats) {
        if (!beat.flags?.includes('look-alike')) continue;
        const text = texts.beats[beat.id] ?? '';
        const foreignLink = [...text.matchAll(/\]\(https?:\/\/([^/)]+)/g)].some(
          (m) => m[1] !== SHOP.domain,
        );
        // A look-alike name: letters close to the brand, but not the brand's own sender.
        const lookAlikeName =
          /[a-z]/i.test(beat.from) &&
          /larksp/i.test(beat.from) &&
          ![SHOP.name, SHOP.shortCode, SHOP.email].includes(beat.from);
        expect(foreignLink || lookAlikeName, `${id} ${beat.id} (from ${beat.from})`).toBe(true);
      }
      // A genuine code message never carries it.
      expect(scenario.codeFlags ?? [], id).not.toContain('look-alike');
      if (scenario.pageFlags?.includes('look-alike')) {
        expect(new URL(scenario.page!.url).host, id).not.toBe(SHOP.domain);
      }
    }
  });
});

describe('codes do reach the wrong person by mistake', () => {
  it('no text says a code cannot go to the wrong person', () => {
    expect(
      found(
        /\bnobody can send you (?:their|a) code by mistake\b|\b(?:never|cannot be) sent to the wrong (?:person|phone|number)\b|\bcan(?:not|’t) (?:reach|go to) [^.]*by mistake\b/i,
      ),
    ).toEqual([]);
  });

  it('the friend and stranger scenarios say a real mistake is still never yours to forward', () => {
    for (const id of ['scam-friend', 'unrequested-code'] as const) {
      const moves = catalogueTexts(SCENARIOS, id).rightMoves.join(' ');
      expect(moves, id).toMatch(/wrong (?:phone|number)/);
      expect(moves, id).toMatch(/never yours to (?:forward|pass on)/);
    }
  });
});

describe('a password reset needs only an email address', () => {
  const KNOWS = /\b(?:knows?|has|have|got) (?:got )?your password\b|\byour password is known\b/i;

  it('a reset code’s own message never says someone has the password', () => {
    for (const body of messages('password-reset')) expect(body).not.toMatch(KNOWS);
    expect(found(KNOWS, textsOf('password-reset'))).toEqual([]);
  });

  it('each purpose has its own words for "if this was not you"', () => {
    expect(Object.keys(core.notYou).sort()).toEqual([...PURPOSE_KINDS].sort());
    for (const kind of PURPOSE_KINDS) {
      const email = messages(kind)[1]!;
      expect(email, kind).toContain(core.notYou[kind]);
      expect(email, kind).not.toMatch(/\{\w+\}/);
    }
    // An unasked-for sign-in code does mean the password is known; a reset does not.
    expect(core.notYou['sign-in']).toMatch(KNOWS);
    expect(core.notYou['password-reset']).toMatch(/email address/);
  });

  it('"a code you did not ask for means someone has your password" is said only of sign-in and payment codes', () => {
    const claims = SENTENCES.filter(
      (s) => KNOWS.test(s.text) && /did not (?:ask for|request)|not signing in/i.test(s.text),
    );
    expect(claims.length).toBeGreaterThan(0);
    expect(
      claims
        .filter((s) => !/sign-in|signing in|payment/i.test(s.text))
        .map((s) => `${s.where}: ${s.text}`),
    ).toEqual([]);
  });
});

describe('a purpose mismatch is a help, not the rule', () => {
  const RULE = /anyone who asks for (?:your|a) code is a scammer, whatever they say it is for/i;

  it('the mismatch flag and the mismatch scenario state the rule first', () => {
    expect(core.redFlag['purpose-mismatch'].explain).toMatch(RULE);
    expect(catalogueTexts(SCENARIOS, 'scam-mismatch').rightMoves[0]).toMatch(RULE);
    expect(enSeat.debrief.mismatchLesson).toMatch(RULE);
  });

  it('no text makes the mismatch the test of a scam', () => {
    expect(
      found(
        /\bif (?:that|it) is not what the caller says,? it is a scam\b|\beasiest lie\b|\bmismatch (?:is|means) (?:the|a) (?:rule|tell|proof)\b/i,
      ),
    ).toEqual([]);
  });
});

describe('no promises of what shops do', () => {
  it('no text promises that the shop cancels a sign-in or takes a page down', () => {
    expect(
      found(
        /\bcancels? the pending\b|\bpage taken down\b|\btakes? (?:the|that) page down\b|\bthen cancels the sign-in\b|\block(?:s|ed)? the password the caller holds\b/i,
      ),
    ).toEqual([]);
  });

  it('when the shop stops the attacker, the text says it happened "in this run"', () => {
    expect(
      found(
        // (A lockout after wrong codes is the policy at work, not a promise: not matched.)
        /\b(?:Larkspur|the shop)\s+(?:then\s+)?(?:stops|stopped|cancels|cancelled)\b|\blocks the password\b/i,
      ).filter((s) => !/in this run/i.test(s)),
    ).toEqual([]);
  });

  it('"Wait and see" after the call leaves the attacker the password: not "Foiled, 100"', async () => {
    for (const [id, decision] of [
      ['scam-call', 'after-call'],
      ['scam-reply', 'after-text'],
    ] as const) {
      const scenario = await loadScenario(id);
      const run = new ScenarioRun(scenario, { seed: 3 });
      for (let i = 0; i < 50 && !run.decisionOpen(decision); i++) {
        if (run.state.call?.status === 'ringing') run.answerCall();
        else if (run.state.call?.status === 'answered') run.hangUp();
        else run.skipToNext();
      }
      run.choose(decision, 'wait-and-see');
      playToEnd(run);
      const d = run.debrief();
      expect(d.attacker?.insideAt, id).toBeNull();
      expect(d.unsafeChoices, id).toContain(decision);
      expect(d.outcome === 'foiled' && d.score === 100, `${id}: ${d.outcome}, ${d.score}`).toBe(
        false,
      );
    }
  });

  it('never choosing at all is no better than "Wait and see": the password is still theirs', async () => {
    for (const id of ['scam-call', 'scam-reply', 'scam-friend', 'scam-mismatch', 'scam-refund']) {
      const scenario = await loadScenario(id as (typeof SCENARIO_IDS)[number]);
      const run = new ScenarioRun(scenario, { seed: 4 });
      for (let i = 0; i < 500 && run.state.endedAt === null; i++) {
        if (run.state.call?.status === 'ringing') run.declineCall();
        if (!run.skipToNext()) break;
      }
      const d = run.debrief();
      expect(d.attacker?.insideAt, id).toBeNull();
      expect(d.attacker?.hasPassword, id).toBe(true);
      // Named for what it is: not "Foiled".
      expect(d.outcome, id).toBe('password-at-risk');
      expect(d.score, id).toBeLessThanOrEqual(60);
    }
  });

  it('in every scam whose attacker holds the password, no set of choices that leaves it with them scores 100', async () => {
    for (const id of SCENARIO_IDS.filter((x) => x.startsWith('scam-'))) {
      const scenario = await loadScenario(id);
      const script = scenario.attacker!;
      if (script.startsAt === 'on-phished-password' || script.trigger === 'dispatch') continue;
      // Every way to answer every decision, one choice each.
      let combos: string[][] = [[]];
      for (const d of scenario.decisions) {
        combos = combos.flatMap((c) => d.choices.map((choice) => [...c, choice.id]));
      }
      for (const combo of combos) {
        const chosen = scenario.decisions.map((d, i) => d.choices.find((c) => c.id === combo[i])!);
        if (chosen.some((c) => c.foils || c.redeems)) continue;
        const run = new ScenarioRun(scenario, { seed: 9 });
        for (let i = 0; i < 100; i++) {
          if (run.state.call?.status === 'ringing') run.declineCall();
          scenario.decisions.forEach((d, j) => {
            if (run.decisionOpen(d.id)) run.choose(d.id, combo[j]!);
          });
          if (run.state.decisions.length >= scenario.decisions.length) break;
          if (!run.skipToNext()) break;
        }
        playToEnd(run);
        const d = run.debrief();
        expect(d.score, `${id} ${combo.join('+')}: ${d.outcome}`).toBeLessThan(100);
      }
    }
  });
});

describe('the number on your card reaches your bank', () => {
  it('every "number on … card" is the bank’s, never the shop’s', () => {
    const cardNumber = SENTENCES.filter((s) => /\bnumber on (?:[\w’]+ ){0,3}card\b/i.test(s.text));
    expect(cardNumber.length).toBeGreaterThan(0);
    expect(
      cardNumber.filter((s) => !/\bbank\b/i.test(s.text)).map((s) => `${s.where}: ${s.text}`),
    ).toEqual([]);
  });
});

describe('claims with no source are gone, and standards are cited right', () => {
  it('the retail preset does not claim to be what most shops do', () => {
    expect(view['preset.retail.about']).not.toMatch(/\bmost\b|\btypical|\busual|\bcommon/i);
  });

  it('RFC 6238 clock drift is §6 (§5.2 is network delay and replay), in the texts and doc/model.md', () => {
    const blocks = [...CATALOGUE, ...docBlocks('doc/model.md')];
    const drift = blocks.filter(
      (b) => /RFC 6238/.test(b.text) && /\bdrift|\bclock\b/i.test(b.text),
    );
    expect(drift.length).toBeGreaterThan(0);
    expect(drift.filter((b) => !/§6/.test(b.text)).map((b) => b.text)).toEqual([]);
  });
});

describe('reporting has changed', () => {
  it('Action Fraud is named only to say it was replaced', () => {
    const texts = [...SENTENCES, ...sentences(docBlocks('doc/model.md'))];
    const named = texts.filter((s) => /Action Fraud/i.test(s.text));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((s) => !/replaced/i.test(s.text)).map((s) => s.text)).toEqual([]);
  });

  it('each region has its own reporting text, with the official services exactly', () => {
    const { uk, us, elsewhere } = core.report;
    for (const part of [
      'Report Fraud',
      'reportfraud.police.uk',
      '0300 123 2040',
      '4 December 2025',
      'England, Wales and Northern Ireland',
      'Police Scotland on 101',
      '7726',
    ]) {
      expect(uk).toContain(part);
    }
    for (const part of ['ReportFraud.ftc.gov', 'IdentityTheft.gov', '7726']) {
      expect(us).toContain(part);
    }
    expect(elsewhere).toMatch(/police|consumer/i);
    expect(elsewhere).not.toMatch(/\.\w{2,}\b/);
  });

  it('no real company’s domain or number: only .example, drama numbers and the reporting services', () => {
    const SERVICES = ['reportfraud.police.uk', 'ReportFraud.ftc.gov', 'IdentityTheft.gov'];
    const domains = CATALOGUE.flatMap(({ text }) =>
      [...text.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|uk|io|gov|co)\b/gi)].map(
        (m) => m[0],
      ),
    );
    expect(domains.filter((d) => !SERVICES.includes(d))).toEqual([]);
    const phones = CATALOGUE.flatMap(({ text }) => [...text.matchAll(/\+44 \d{4} \d{6}/g)]);
    expect(phones.map((m) => m[0]).filter((n) => !n.startsWith('+44 7700 900'))).toEqual([]);
  });
});

describe('never blame the learner (issue 11: no blaming wording anywhere)', () => {
  // Wording that puts the fault on the person who was tricked; scams.md: these scams fool careful people.
  const BLAME =
    /\b(a choice you made|your (own )?fault|you should have|you were careless|careless|you fell for|you let (them|the scammer) in|gullible|naive)\b/i;

  it('no learner text says the person who slipped is to blame', () => {
    const found = CATALOGUE.filter(({ text }) => BLAME.test(text)).map(
      (t) => `${t.where}: ${t.text}`,
    );
    expect(found).toEqual([]);
  });

  it('the outcomes where someone got in say these tricks catch careful people too', () => {
    for (const key of ['outcome.compromised', 'outcome.taken-over'] as const) {
      expect(view[key]).toMatch(/catch careful people/);
    }
  });
});
