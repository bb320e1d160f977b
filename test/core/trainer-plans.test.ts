/**
 * Issue 13, "For trainers": the session plans are data (src/core/trainer/plans.ts).
 * Each plan's blocks add up to its length, every block is one of the kinds
 * the page knows, every scenario a plan names is a built-in, a demo block
 * names a scam that has a demo, and every block's link opens what it says.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioTexts } from '../../src/core/i18n/scenarios';
import { PRESET_IDS } from '../../src/core/policy';
import { parseQuizLink } from '../../src/core/quiz/link';
import { BUILT_IN_IDS, builtInCard, loadScenario } from '../../src/core/scenario/library';
import { checkShare, parseShare } from '../../src/core/share';
import {
  BLOCK_KINDS,
  SESSION_PLANS,
  blockHash,
  blockScenario,
  planScenarios,
  presentHash,
  seatHash,
} from '../../src/core/trainer/plans';
import { SCAM_IDS } from '../support/builtins';

const BLOCKS = SESSION_PLANS.flatMap((plan) => plan.blocks.map((block) => ({ plan, block })));

describe('session plans', () => {
  it('are three: about 20, 45 and 90 minutes, each with its own id', () => {
    expect(SESSION_PLANS.map((p) => p.minutes)).toEqual([20, 45, 90]);
    expect(new Set(SESSION_PLANS.map((p) => p.id)).size).toBe(SESSION_PLANS.length);
  });

  it.each(SESSION_PLANS.map((p) => [p.id, p] as const))(
    '%s: the blocks’ minutes add up to the plan’s length, each a whole number above 0',
    (_id, plan) => {
      for (const block of plan.blocks) {
        expect(Number.isInteger(block.minutes) && block.minutes > 0, JSON.stringify(block)).toBe(
          true,
        );
      }
      expect(plan.blocks.reduce((sum, b) => sum + b.minutes, 0)).toBe(plan.minutes);
    },
  );

  it('every block is one of the allowed kinds, and together the plans use every kind', () => {
    for (const { block } of BLOCKS) expect(BLOCK_KINDS).toContain(block.kind);
    expect(new Set(BLOCKS.map(({ block }) => block.kind))).toEqual(new Set(BLOCK_KINDS));
  });

  it('every scenario a plan names is a built-in', () => {
    const named = planScenarios();
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(BUILT_IN_IDS, id).toContain(id);
    // The list to load is exactly the scenarios the blocks name.
    const fromBlocks = BLOCKS.map(({ block }) => blockScenario(block)).filter((id) => id !== null);
    expect(new Set(named)).toEqual(new Set(fromBlocks));
  });

  it('a demo block names a scam with a demo', () => {
    const demos = BLOCKS.filter(({ block }) => block.kind === 'demo');
    expect(demos.length).toBeGreaterThan(0);
    for (const { block } of demos) {
      const id = blockScenario(block)!;
      expect(SCAM_IDS, id).toContain(id);
      expect(builtInCard(id)?.hasDemo, id).toBe(true);
    }
  });

  it('every scenario a plan names has two or three questions for the room', async () => {
    for (const id of planScenarios()) {
      const questions = (await loadScenarioTexts(id)).talk?.questions ?? [];
      expect(questions.length, id).toBeGreaterThanOrEqual(2);
      expect(questions.length, id).toBeLessThanOrEqual(3);
    }
  });
});

describe('the links a plan gives', () => {
  it('every block but a talk opens a link the app reads, fit for its scenario', async () => {
    for (const { block } of BLOCKS) {
      const hash = blockHash(block, 'retail');
      if (block.kind === 'discuss') {
        expect(hash).toBeNull();
        continue;
      }
      if (block.kind === 'quiz') {
        expect(parseQuizLink(hash!)).toEqual({ ok: true, seed: block.seed, scenario: null });
        continue;
      }
      const parsed = parseShare(hash!);
      expect(parsed.ok, hash!).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.link.mode).toBe(
        { demo: 'present', play: 'play', attack: 'attack' }[block.kind],
      );
      const scenario = await loadScenario(parsed.link.scenarioId);
      expect(checkShare(parsed.link, scenario).ok, hash!).toBe(true);
    }
  });

  it('presenter links open each scam at its first step, with the shop rules chosen', () => {
    for (const policy of PRESET_IDS) {
      expect(parseShare(presentHash('scam-link', policy))).toEqual({
        ok: true,
        link: {
          mode: 'present',
          scenarioId: 'scam-link',
          policy,
          seed: 1,
          ending: 'taken-over',
          beat: 0,
        },
      });
    }
  });

  it('the attacker’s seat opens against the profile asked for', () => {
    const parsed = parseShare(seatHash('trusting', 'nist'));
    expect(parsed).toMatchObject({ ok: true, link: { mode: 'attack', profile: 'trusting' } });
  });
});
