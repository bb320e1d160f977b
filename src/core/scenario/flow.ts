import { setup } from 'xstate';
import type { Scenario } from './types';

/**
 * The learner's path through a scenario, as a statechart the workbench
 * draws beside the challenge's. `ScenarioRun` sends it what happened; its
 * state is the run's `step`, so the screen and the chart cannot disagree.
 */
export type FlowStep = 'start' | 'enrol' | 'password' | 'code' | 'decide' | 'done' | 'stopped';

export type FlowEvent =
  /** The authenticator app is added and confirmed. */
  | { type: 'ENROLLED' }
  /** The right password, on a device the shop does not remember: a code is sent. */
  | { type: 'SIGNED_IN' }
  /** The right password on a remembered device: no code needed. */
  | { type: 'TRUSTED_DEVICE' }
  /** The challenge accepted the learner's code. */
  | { type: 'ACCEPTED' }
  /** A decide-only run is over (all decisions made, or the attacker is done). */
  | { type: 'FINISH' }
  | { type: 'STOP' };

export interface FlowInput {
  flow: Scenario['flow'];
  enrols: boolean;
}

export const flowMachine = setup({
  types: {} as { input: FlowInput; context: FlowInput; events: FlowEvent },
  guards: {
    enrols: ({ context }) => context.enrols,
    signsIn: ({ context }) => context.flow === 'sign-in',
    confirms: ({ context }) => context.flow === 'confirm',
  },
}).createMachine({
  id: 'flow',
  context: ({ input }) => input,
  initial: 'start',
  // Stopping is allowed from anywhere until the run is over.
  on: { STOP: '.stopped' },
  states: {
    start: {
      always: [
        { guard: 'enrols', target: 'enrol' },
        { guard: 'signsIn', target: 'password' },
        { guard: 'confirms', target: 'code' },
        { target: 'decide' },
      ],
    },
    enrol: { on: { ENROLLED: 'password' } },
    password: { on: { SIGNED_IN: 'code', TRUSTED_DEVICE: 'done' } },
    code: { on: { ACCEPTED: 'done' } },
    decide: { on: { FINISH: 'done' } },
    done: { type: 'final' },
    stopped: { type: 'final' },
  },
});

export type FlowMachine = typeof flowMachine;
