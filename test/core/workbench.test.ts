import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/core/challenge';
import { CHALLENGE_STATES } from '../../src/core/challenge';
import { ATTACKER_STATES } from '../../src/core/scam/attacker';
import { playDemo } from '../../src/core/scam/demo';
import { loadScenario } from '../../src/core/scenario/library';
import { ScenarioRun } from '../../src/core/scenario/run';
import type { RunLogEntry } from '../../src/core/scenario/log';
import { doAction, learnerActions } from '../../src/core/workbench/actions';
import { filterLog, LOG_ACTORS, logLine, mergeRunLogs } from '../../src/core/workbench/log';
import { machineGraph } from '../../src/core/workbench/machines';

const audit = (seq: number, at: number, event: string, to: string): AuditEntry =>
  ({
    seq,
    at,
    event,
    from: null,
    to,
    outcome: 'issued',
    reason: null,
    codeRef: null,
    data: {},
  }) as unknown as AuditEntry;

const runEntry = (
  seq: number,
  at: number,
  actor: RunLogEntry['actor'],
  event: string,
  to: string,
): RunLogEntry => ({ seq, at, actor, event, from: null, to });

describe('merging a scenario run’s logs', () => {
  it('orders by time, then actor, then each log’s own order, and keeps every row once', () => {
    // Two challenges whose seqs collide, and run rows sharing their times.
    const challenge = [
      audit(1, 1_000, 'issue', 'pending'),
      audit(1, 2_000, 'issue', 'pending'),
      audit(2, 2_000, 'SUBMIT', 'accepted'),
    ];
    const run = [
      runEntry(1, 0, 'flow', 'start', 'decide'),
      runEntry(2, 2_000, 'flow', 'FINISH', 'done'),
      runEntry(3, 2_000, 'attacker', 'ACCEPTED', 'inside'),
      runEntry(4, 2_000, 'learner', 'share code by call', 'decide'),
      runEntry(5, 1_000, 'attacker', 'START', 'waiting'),
    ];
    const rows = mergeRunLogs(challenge, run);
    expect(rows.map((r) => `${r.at}:${r.actor}:${r.event}`)).toEqual([
      '0:flow:start',
      '1000:attacker:START',
      '1000:challenge:issue',
      '2000:learner:share code by call',
      '2000:attacker:ACCEPTED',
      '2000:challenge:issue',
      '2000:challenge:SUBMIT',
      '2000:flow:FINISH',
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    // The same input in, the same rows out: merging does not depend on anything else.
    expect(mergeRunLogs(challenge, run)).toEqual(rows);
    expect(rows.find((r) => r.actor === 'flow')?.outcome).toBeNull();
    expect(rows.find((r) => r.event === 'SUBMIT')?.outcome).toBe('issued');
  });

  it('filters by actor, event and outcome together, and copies the actor as a column', () => {
    const rows = mergeRunLogs(
      [audit(1, 0, 'issue', 'pending'), audit(2, 5, 'SUBMIT', 'pending')],
      [runEntry(1, 0, 'attacker', 'START', 'waiting'), runEntry(2, 3, 'learner', 'x', 'decide')],
    );
    expect(filterLog(rows, { actor: 'attacker' }).map((r) => r.event)).toEqual(['START']);
    expect(filterLog(rows, { actor: 'challenge', event: 'SUBMIT' })).toHaveLength(1);
    expect(filterLog(rows, { outcome: 'issued' }).every((r) => r.actor === 'challenge')).toBe(true);
    expect(filterLog(rows, {})).toHaveLength(4);
    expect(logLine(rows[0]!, true).split('\t').slice(0, 3)).toEqual([
      '00:00:00',
      'attacker',
      'START',
    ]);
    expect(logLine(rows[0]!, false).split('\t')).not.toContain('attacker');
  });

  it('merges a played scam: every actor appears, in time order, each in its own order', async () => {
    const scenario = await loadScenario('scam-call');
    const run = new ScenarioRun(scenario, { seed: 7 });
    playDemo(run, scenario.demo!['taken-over']);
    const d = run.debrief();
    const rows = mergeRunLogs(d.timeline, run.log);
    expect(rows).toHaveLength(d.timeline.length + run.log.length);
    // A call scam opens no look-alike page; every other actor has its rows.
    expect(new Set(rows.map((r) => r.actor))).toEqual(
      new Set(LOG_ACTORS.filter((a) => a !== 'page')),
    );
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]!.at).toBeGreaterThanOrEqual(rows[i - 1]!.at);
    const attacker = filterLog(rows, { actor: 'attacker' });
    expect(attacker.map((r) => r.seq)).toEqual(
      run.log.filter((e) => e.actor === 'attacker').map((e) => e.seq),
    );
    expect(attacker.at(-1)).toMatchObject({
      event: 'after nextLoot',
      from: 'inside',
      to: 'finished',
    });
    expect(filterLog(rows, { actor: 'flow' }).at(-1)?.to).toBe('done');
    expect(filterLog(rows, { actor: 'challenge' }).some((r) => r.to === 'accepted')).toBe(true);
  });
});

describe('the machines the workbench draws', () => {
  it('reads each machine’s states and transitions from its definition', () => {
    const challenge = machineGraph('challenge');
    expect([...challenge.states].sort()).toEqual([...CHALLENGE_STATES].sort());
    expect(challenge.initial).toBe('pending');

    const attacker = machineGraph('attacker');
    expect(attacker.states).toEqual([...ATTACKER_STATES]);
    expect(attacker.finals.sort()).toEqual(['finished', 'gave-up']);
    const pair = (g: typeof attacker, s: string, t: string) =>
      g.pairs.find((p) => p.source === s && p.target === t)?.events;
    expect(pair(attacker, 'relaying', 'checking')).toEqual(['after relay']);
    expect(pair(attacker, 'inside', 'finished')).toEqual(['always noMoreLoot']);
    expect(attacker.selfLoops.inside).toEqual(['after nextLoot']);

    const flow = machineGraph('flow');
    expect(flow.initial).toBe('start');
    // Eventless transitions are not in toDirectedGraph; the chart still shows them.
    expect(flow.pairs.filter((p) => p.source === 'start').map((p) => p.target)).toEqual([
      'enrol',
      'password',
      'code',
      'decide',
    ]);
    expect(flow.global).toEqual([{ event: 'STOP', target: 'stopped' }]);
  });

  // doc/api.md, "The developer workbench": a call rings until answered or declined, and an
  // answered call ends with a hang-up; the look-alike page asks for the password, then the code.
  it('draws a phone call and the look-alike page as their machines say', () => {
    const edges = (kind: 'call' | 'page') =>
      machineGraph(kind)
        .pairs.map((p) => `${p.source} -${p.events.join(',')}-> ${p.target}`)
        .sort();
    const call = machineGraph('call');
    expect(call.initial).toBe('ringing');
    expect(call.finals.sort()).toEqual(['declined', 'ended']);
    expect(edges('call')).toEqual([
      'answered -HANG_UP-> ended',
      'ringing -ANSWER-> answered',
      'ringing -DECLINE-> declined',
    ]);
    const page = machineGraph('page');
    expect(page.initial).toBe('password');
    expect(page.finals).toEqual(['done']);
    expect(edges('page')).toEqual(['code -TYPE-> done', 'password -TYPE-> code']);
  });
});

describe('every part of a run with states is on the chart and in the log', () => {
  /** Each logged move of `actor` is an edge of its drawn machine, and the last one is where it is. */
  function movesFollowTheChart(run: ScenarioRun, actor: 'call' | 'page', now: string | undefined) {
    const graph = machineGraph(actor);
    const moves = run.log.filter((e) => e.actor === actor);
    expect(moves.length, actor).toBeGreaterThan(0);
    for (const m of moves) {
      if (m.from === null) {
        expect(m, actor).toMatchObject({ event: 'start', to: graph.initial });
        continue;
      }
      const pair = graph.pairs.find((p) => p.source === m.from && p.target === m.to);
      expect(pair?.events, `${actor}: ${m.from} -> ${m.to}`).toContain(m.event);
    }
    expect(moves.at(-1)?.to).toBe(now);
  }

  it('a call scam’s calls: every move logged is one the chart draws', async () => {
    const scenario = await loadScenario('scam-call');
    for (const ending of ['taken-over', 'foiled'] as const) {
      const run = new ScenarioRun(scenario, { seed: 7 });
      playDemo(run, scenario.demo![ending]);
      movesFollowTheChart(run, 'call', run.state.call?.status);
    }
  });

  it('a link scam’s look-alike page: every move logged is one the chart draws', async () => {
    const scenario = await loadScenario('scam-link');
    const run = new ScenarioRun(scenario, { seed: 7 });
    playDemo(run, scenario.demo!['taken-over']);
    expect(run.state.page?.step).toBe('done');
    movesFollowTheChart(run, 'page', run.state.page?.step);
    expect(run.log.filter((e) => e.actor === 'page').map((e) => e.to)).toEqual([
      'password',
      'code',
      'done',
    ]);
  });

  it('a call answered twice, or hung up while ringing, moves nowhere and logs nothing', async () => {
    const scenario = await loadScenario('scam-call');
    const run = new ScenarioRun(scenario, { seed: 7 });
    while (!run.state.call && run.skipToNext());
    expect(run.state.call?.status).toBe('ringing');
    run.hangUp();
    run.answerCall();
    run.answerCall();
    expect(run.state.call?.status).toBe('answered');
    expect(run.log.filter((e) => e.actor === 'call').map((e) => e.event)).toEqual([
      'start',
      'ANSWER',
    ]);
  });
});

describe('learner actions', () => {
  it('offers only what makes sense now, and doing them plays a scam to its end', async () => {
    const scenario = await loadScenario('scam-call');
    const run = new ScenarioRun(scenario, { seed: 7 });
    expect(learnerActions(run)).toEqual([]);
    run.advance(scenario.beats.find((b) => b.kind === 'call')!.at);
    // While it rings, nothing tied to the call is offered yet: that would give the story away.
    expect(learnerActions(run).map((a) => a.do)).toEqual(['answer', 'decline']);
    await doAction(run, { do: 'answer' });
    expect(learnerActions(run).map((a) => a.do)).toEqual(['hang-up', 'choose', 'choose']);
    run.advance(20_000);
    const share = learnerActions(run).find((a) => a.do === 'share');
    expect(share).toMatchObject({ do: 'share', via: 'call' });
    await doAction(run, share!);
    run.advance(60_000);
    expect(run.state.attacker?.state).toBe('finished');
    expect(run.debrief().outcome).toBe('taken-over');
    expect(learnerActions(run)).toEqual([]);
  });

  it('signs in and submits the code on the phone in a sign-in scenario', async () => {
    const run = new ScenarioRun(await loadScenario('new-device'), { seed: 3 });
    expect(learnerActions(run)).toEqual([{ do: 'sign-in' }]);
    await doAction(run, { do: 'sign-in' });
    expect(run.state.step).toBe('code');
    // The first text is lost: only a resend is offered until a code arrives.
    run.advance(60_000);
    expect(learnerActions(run).map((a) => a.do)).toEqual(['resend']);
    await doAction(run, { do: 'resend' });
    while (!learnerActions(run).some((a) => a.do === 'submit-code')) run.skipToNext();
    await doAction(
      run,
      learnerActions(run).find((a) => a.do === 'submit-code')!,
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(run.state.step).toBe('done');
    expect(run.debrief().outcome).toBe('completed');
  });

  it('confirms the authenticator app, then signs in with its next code', async () => {
    const run = new ScenarioRun(await loadScenario('authenticator'), { seed: 3 });
    expect(learnerActions(run)).toEqual([{ do: 'confirm-app' }]);
    await doAction(run, { do: 'confirm-app' });
    expect(run.state.step).toBe('password');
    await doAction(run, { do: 'sign-in' });
    run.advance(30_000);
    await doAction(run, { do: 'submit-code', code: null });
    for (let i = 0; i < 20 && run.state.step !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(run.state.step).toBe('done');
  });
});
