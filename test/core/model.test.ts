/**
 * Model-based tests: the walk in src/core/paths.ts (xstate/graph) gives the
 * shortest path to every state a challenge can reach, and one step beyond
 * each; every one is replayed on a real actor whose timers run on a
 * SimulatedClock, and the replay must pass through the same states. The
 * paths together must visit every state and take every transition.
 */
import { describe, expect, it } from 'vitest';
import type { AnyStateNode, InspectionEvent } from 'xstate';
import {
  CHALLENGE_STATES,
  createChallengeMachine,
  preset,
  replayPath,
  SeededRandom,
  SIM_EPOCH,
  totpStep,
  walk,
  type ChallengeMachine,
  type Policy,
  type WalkConfig,
} from '../../src/core';
import { TOTP_ENROLMENT } from '../support/harness';

const signIn = { kind: 'sign-in', device: 'Firefox on Linux' } as const;
const custom = (over: Partial<Policy>): Policy => ({ ...preset('retail'), id: 'model', ...over });

// strictTies: these configurations are chosen so no two timers fall due at once.
const CONFIGS: WalkConfig[] = (
  [
    {
      name: 'retail preset, SMS',
      input: { purpose: signIn, channel: 'sms', policy: preset('retail') },
      verdicts: [],
    },
    {
      name: 'throttling (nist-like, small numbers), SMS',
      input: {
        purpose: signIn,
        channel: 'sms',
        policy: custom({
          maxFailures: 4,
          lockoutMs: 600_000,
          lifetimeMs: 600_000,
          throttle: { freeFailures: 1, firstWaitMs: 20_000, maxWaitMs: 40_000 },
          maxResends: 2,
          emailForAuthentication: false,
        }),
      },
      verdicts: [],
      switchChannel: true,
    },
    {
      name: 'cooldown longer than the lockout, SMS',
      input: {
        purpose: signIn,
        channel: 'sms',
        policy: custom({
          maxFailures: 2,
          lockoutMs: 10_000,
          resendCooldownMs: 100_000,
          maxResends: 1,
        }),
        deliveries: [{ latencyMs: 3_000 }, { latencyMs: 5_000 }],
      },
      verdicts: [],
    },
    {
      name: 'a throttle wait and a cooldown that outlast the code, SMS',
      input: {
        purpose: signIn,
        channel: 'sms',
        policy: custom({
          lifetimeMs: 60_000,
          maxFailures: 3,
          throttle: { freeFailures: 0, firstWaitMs: 90_000, maxWaitMs: 90_000 },
          resendCooldownMs: 120_000,
          maxResends: 1,
        }),
      },
      verdicts: [],
    },
    {
      name: 'weak preset, SMS',
      input: { purpose: signIn, channel: 'sms', policy: preset('weak') },
      verdicts: [],
      resendBudget: 2,
    },
    {
      name: 'authenticator app',
      input: {
        purpose: signIn,
        channel: 'authenticator',
        policy: custom({
          maxFailures: 3,
          throttle: { freeFailures: 1, firstWaitMs: 20_000, maxWaitMs: 20_000 },
        }),
        enrolment: TOTP_ENROLMENT,
        lastUsedStep: totpStep(SIM_EPOCH) - 1,
      },
      verdicts: ['ok', 'no-match', 'replayed'],
    },
    {
      name: 'authenticator app whose checker fails',
      input: {
        purpose: signIn,
        channel: 'authenticator',
        policy: preset('retail'),
        enrolment: TOTP_ENROLMENT,
      },
      verdicts: ['error'],
    },
  ] as WalkConfig[]
).map((c) => ({ ...c, strictTies: true }));

/** Identifies a transition definition the same way in every machine instance. */
function transitionId(t: { source: AnyStateNode; eventType: string }, index: number): string {
  return `${t.source.id} ${t.eventType} #${index}`;
}

function allTransitions(machine: ChallengeMachine): string[] {
  const nodes: AnyStateNode[] = [machine.root, ...Object.values(machine.root.states)];
  return nodes.flatMap((node) =>
    [...node.transitions.entries()].flatMap(([, defs]) => defs.map((d, i) => transitionId(d, i))),
  );
}

function idOf(t: { source: AnyStateNode; eventType: string }): string {
  const defs = t.source.transitions.get(t.eventType) ?? [];
  return transitionId(t, defs.indexOf(t as never));
}

interface Coverage {
  states: Set<string>;
  transitions: Set<string>;
}

/**
 * Walks a config and replays every path, checking each step; what the
 * replays visited and took. Each config is walked once per test file,
 * whichever test asks first, so the coverage test also runs on its own.
 */
const walked = new Map<string, Promise<Coverage>>();
function walkAndReplay(config: WalkConfig): Promise<Coverage> {
  let done = walked.get(config.name);
  if (!done) {
    done = replayAll(config);
    walked.set(config.name, done);
  }
  return done;
}

async function replayAll(config: WalkConfig): Promise<Coverage> {
  const states = new Set<string>(['pending']);
  const transitions = new Set<string>();
  const inspect = (e: InspectionEvent) => {
    if (e.type === '@xstate.microstep') {
      for (const t of e._transitions) transitions.add(idOf(t as never));
    }
  };
  const { shortest, paths } = walk(config);
  expect(shortest.length).toBeGreaterThan(2);
  expect(paths.length).toBeGreaterThan(shortest.length);
  for (const path of paths) {
    const { steps, actor } = await replayPath(config, path, { inspect });
    steps.forEach((s, i) => {
      states.add(JSON.parse(s.actual).v);
      expect(s.actual, `${config.name}: step ${i} (${s.event})`).toBe(s.expected);
      if (s.dueAt !== null) expect(s.at, 'the timer fired on time').toBe(s.dueAt);
    });
    // The log chains: each entry starts where the last one ended, and ends in the final state.
    const log = actor.getSnapshot().context.log;
    log.slice(1).forEach((entry, i) => expect(entry.from).toBe(log[i]!.to));
    expect(log.at(-1)!.to).toBe(actor.getSnapshot().value);
    actor.stop();
  }
  return { states, transitions };
}

describe('model-based: shortest paths replayed on a SimulatedClock', () => {
  for (const config of CONFIGS) {
    it(config.name, () => walkAndReplay(config), 120_000);
  }

  it('walks every preset, and each shortest path replays on the clock', async () => {
    for (const id of ['retail', 'nist', 'strict', 'weak'] as const) {
      const config: WalkConfig = {
        name: id,
        input: { purpose: signIn, channel: 'sms', policy: preset(id) },
        verdicts: [],
      };
      const { shortest } = walk(config);
      expect(shortest.length, id).toBeGreaterThan(50);
      for (const path of shortest) {
        const { steps, actor } = await replayPath(config, path);
        for (const s of steps) expect(s.actual, `${id}: ${s.event}`).toBe(s.expected);
        actor.stop();
      }
    }
  }, 120_000);

  it('visits every state and takes every transition of the machine', async () => {
    const visitedStates = new Set<string>();
    const takenTransitions = new Set<string>();
    for (const config of CONFIGS) {
      const { states, transitions } = await walkAndReplay(config);
      for (const s of states) visitedStates.add(s);
      for (const t of transitions) takenTransitions.add(t);
    }
    expect([...visitedStates].sort()).toEqual([...CHALLENGE_STATES].sort());
    const all = allTransitions(
      createChallengeMachine({ clock: { now: () => 0 }, random: new SeededRandom(1) }),
    );
    const missing = all.filter((t) => !takenTransitions.has(t));
    expect(missing).toEqual([]);
    expect(all.length).toBeGreaterThan(40);
  }, 300_000);
});
