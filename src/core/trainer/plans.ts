import type { PresetId } from '../presets';
import { formatQuizLink } from '../quiz/link';
import type { TargetProfile } from '../scam/profiles';
import { DEFAULT_ENDING, DEFAULT_SEED, formatShare } from '../share';

/**
 * Session plans for a trainer with a group ("For trainers", `#/trainers`):
 * about 20, 45 and 90 minutes, each a list of timed blocks built from the
 * scenarios. Data only; the words for each plan and block are the view's
 * (src/ui/trainers/text.en.ts), the questions for the room each scenario's
 * own (`talk.questions`). test/core/trainer-plans.test.ts checks that each
 * plan's blocks add up to its length and that every scenario it names is a
 * built-in (a scam with a demo, for a demo block).
 */

/** What a block asks of the trainer. */
export const BLOCK_KINDS = ['demo', 'play', 'quiz', 'attack', 'discuss'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** The talks that name no scenario: how a session opens and how it ends. */
export type DiscussTopic = 'warm-up' | 'wrap-up';

export type PlanBlock =
  /** Show a scam's demo in presenter mode, then ask its questions. */
  | { kind: 'demo'; minutes: number; scenario: string }
  /** Everyone plays a scenario, then the trainer asks its questions. */
  | { kind: 'play'; minutes: number; scenario: string }
  /** One round of "Real or scam?", the same for the whole room (its seed). */
  | { kind: 'quiz'; minutes: number; seed: number }
  /** The attacker's seat, against a person of this profile. */
  | { kind: 'attack'; minutes: number; profile: TargetProfile }
  /** A talk with the room. */
  | { kind: 'discuss'; minutes: number; topic: DiscussTopic };

export type PlanId = 'short' | 'class' | 'workshop';

export interface SessionPlan {
  id: PlanId;
  /** The whole session; the blocks' minutes add up to it. */
  minutes: number;
  blocks: readonly PlanBlock[];
}

export const SESSION_PLANS: readonly SessionPlan[] = [
  {
    id: 'short',
    minutes: 20,
    blocks: [
      { kind: 'demo', minutes: 10, scenario: 'scam-call' },
      { kind: 'quiz', minutes: 7, seed: 20 },
      { kind: 'discuss', minutes: 3, topic: 'wrap-up' },
    ],
  },
  {
    id: 'class',
    minutes: 45,
    blocks: [
      { kind: 'discuss', minutes: 4, topic: 'warm-up' },
      { kind: 'demo', minutes: 10, scenario: 'scam-call' },
      { kind: 'play', minutes: 10, scenario: 'scam-reply' },
      { kind: 'quiz', minutes: 8, seed: 45 },
      { kind: 'attack', minutes: 8, profile: 'hurried' },
      { kind: 'discuss', minutes: 5, topic: 'wrap-up' },
    ],
  },
  {
    id: 'workshop',
    minutes: 90,
    blocks: [
      { kind: 'discuss', minutes: 5, topic: 'warm-up' },
      { kind: 'play', minutes: 10, scenario: 'new-device' },
      { kind: 'demo', minutes: 10, scenario: 'scam-call' },
      { kind: 'play', minutes: 10, scenario: 'scam-friend' },
      { kind: 'demo', minutes: 10, scenario: 'scam-link' },
      { kind: 'play', minutes: 10, scenario: 'scam-delivery' },
      { kind: 'quiz', minutes: 10, seed: 90 },
      { kind: 'demo', minutes: 10, scenario: 'scam-mismatch' },
      { kind: 'attack', minutes: 8, profile: 'cautious' },
      { kind: 'discuss', minutes: 7, topic: 'wrap-up' },
    ],
  },
];

/** The scenario a block names, if any. */
export function blockScenario(block: PlanBlock): string | null {
  return block.kind === 'demo' || block.kind === 'play' ? block.scenario : null;
}

/** Every scenario the plans name, each once, in order of first mention: the texts to load. */
export function planScenarios(plans: readonly SessionPlan[] = SESSION_PLANS): string[] {
  const ids = plans.flatMap((plan) => plan.blocks.map(blockScenario));
  return [...new Set(ids.filter((id) => id !== null))];
}

/** The attacker's seat opens on this scam, as the picker's link does: its stories cover every scam. */
const SEAT_SCENARIO = 'scam-call';

/** The link that shows a scam's demo to a room from its first step. */
export function presentHash(scenarioId: string, policy: PresetId): string {
  return formatShare({
    mode: 'present',
    scenarioId,
    policy,
    seed: DEFAULT_SEED,
    ending: DEFAULT_ENDING,
    beat: 0,
  });
}

/** The link to the attacker's seat, against a person of `profile`. */
export function seatHash(profile: TargetProfile, policy: PresetId): string {
  return formatShare({
    mode: 'attack',
    scenarioId: SEAT_SCENARIO,
    policy,
    seed: DEFAULT_SEED,
    profile,
  });
}

/** What a block opens (presenter mode, the scenario, the round, the seat); null for a talk. */
export function blockHash(block: PlanBlock, policy: PresetId): string | null {
  switch (block.kind) {
    case 'demo':
      return presentHash(block.scenario, policy);
    case 'play':
      return formatShare({ mode: 'play', scenarioId: block.scenario });
    case 'quiz':
      return formatQuizLink(block.seed);
    case 'attack':
      return seatHash(block.profile, policy);
    case 'discuss':
      return null;
  }
}
