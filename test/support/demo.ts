import type { ScenarioRun } from '../../src/core/scenario/run';

/** What two runs must share to count as the same beat of a demo (session and room tests). */
export function fingerprint(run: ScenarioRun) {
  return {
    now: run.clock.now(),
    log: run.log,
    arrivals: run.state.arrivals,
    call: run.state.call,
    attacker: run.state.attacker,
    marks: run.state.marks,
    audit: run.debrief().timeline,
  };
}
