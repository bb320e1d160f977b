import { loadScenario, preset, ScenarioRun } from '../../core';
import type { PresetId, RunOutcome, RunState } from '../../core';
import type { ChallengeSnapshot } from './session.svelte';
import { playStep } from '../../core/scam/demo';
import type { DemoStep, Ending } from '../../core/scam/types';
import type { RunLogEntry } from '../../core/scenario/log';
import { doAction, learnerActions } from '../../core/workbench/actions';
import type { LearnerAction } from '../../core/workbench/actions';
import { mergeRunLogs } from '../../core/workbench/log';
import type { MergedEntry } from '../../core/workbench/log';

/**
 * The workbench's scenario run: a core ScenarioRun (its own SimulatedClock,
 * flow, attacker, calls, page and challenges) observed as runes. Views read these fields;
 * every action goes through the run's own methods.
 */
export class RunSession {
  run = $state.raw<ScenarioRun | null>(null);
  state = $state.raw<RunState | null>(null);
  /** Every actor's rows, merged (see core/workbench/log.ts). */
  log = $state.raw<MergedEntry[]>([]);
  runLog = $state.raw<RunLogEntry[]>([]);
  /** The challenge the chart shows: the learner's live one, else the attacker's. */
  challenge = $state.raw<ChallengeSnapshot | null>(null);
  /** Whose challenge that is. */
  challengeOwner = $state<'learner' | 'attacker' | null>(null);
  outcome = $state<RunOutcome | null>(null);
  actions = $state.raw<LearnerAction[]>([]);
  now = $state(0);
  nextDue = $state<number | null>(null);
  pendingTimers = $state(0);
  /** The scripted ending being stepped through, and how many of its steps are played. */
  ending = $state<Ending>('taken-over');
  played = $state(0);
  private stopWatching: (() => void) | null = null;
  private started: { id: string; policy: PresetId; seed: number } | null = null;

  get demo(): readonly DemoStep[] {
    return this.run?.scenario.demo?.[this.ending] ?? [];
  }

  /** Loads and starts a scenario; the current run stays until the new one is ready. */
  async start(id: string, policy: PresetId, seed: number): Promise<ScenarioRun> {
    const scenario = await loadScenario(id);
    const run = new ScenarioRun(scenario, { policy: preset(policy), seed });
    this.stopWatching?.();
    this.run?.stop();
    this.run = run;
    this.started = { id, policy, seed };
    this.played = 0;
    this.stopWatching = run.subscribe(() => this.sync());
    this.sync();
    return run;
  }

  /** The current run again from its start: same scenario, policy and seed. */
  async restart(): Promise<void> {
    const s = this.started;
    if (s) await this.start(s.id, s.policy, s.seed);
  }

  sync(): void {
    const run = this.run;
    if (!run) return;
    const debrief = run.debrief();
    this.state = run.state;
    this.runLog = [...run.log];
    this.log = mergeRunLogs(debrief.timeline, run.log);
    this.challenge = run.challenge ?? run.attackerSnapshot;
    this.challengeOwner = run.challenge ? 'learner' : run.attackerSnapshot ? 'attacker' : null;
    this.outcome = debrief.outcome;
    this.actions = learnerActions(run);
    this.now = run.clock.now();
    this.nextDue = run.clock.nextDue();
    this.pendingTimers = run.clock.pendingTimers;
  }

  async act(action: LearnerAction): Promise<void> {
    if (!this.run) return;
    await doAction(this.run, action);
    this.sync();
  }

  advance(ms: number): void {
    this.run?.advance(ms);
    this.sync();
  }

  advanceToNext(): boolean {
    const moved = this.run?.skipToNext() ?? false;
    this.sync();
    return moved;
  }

  /** Plays the next demo step; false when there is none. */
  step(): DemoStep | null {
    const step = this.demo[this.played];
    if (!this.run || !step) return null;
    playStep(this.run, step);
    this.played += 1;
    this.sync();
    return step;
  }

  /** The last move of one of the run's own machines, for the chart. */
  lastMove(actor: RunLogEntry['actor']): { from: string | null; to: string } | null {
    for (let i = this.runLog.length - 1; i >= 0; i--) {
      const e = this.runLog[i]!;
      if (e.actor === actor) return e;
    }
    return null;
  }
}
