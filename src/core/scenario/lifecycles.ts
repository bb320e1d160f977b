import { initialTransition, setup, transition } from 'xstate';
import type { StateValueFrom } from 'xstate';

/*
 * The small lifecycles inside a run that are not the flow, the attacker or a
 * challenge: a phone call and the look-alike page. They are machines so the
 * run and the workbench's statechart read one definition; a run keeps only
 * each one's current state, as plain JSON (`RunState.call.status`,
 * `RunState.page.step`), moves it with `callAfter` and `pageAfter`, and logs
 * each move (`RunLog.move`).
 */

/** What can happen to a ringing or answered call. */
export type CallEvent = { type: 'ANSWER' } | { type: 'DECLINE' } | { type: 'HANG_UP' };

/** A phone call rings until answered or declined; an answered call ends with a hang-up. */
export const callMachine = setup({
  types: { events: {} as CallEvent },
}).createMachine({
  id: 'call',
  initial: 'ringing',
  states: {
    ringing: { on: { ANSWER: 'answered', DECLINE: 'declined' } },
    answered: { on: { HANG_UP: 'ended' } },
    declined: { type: 'final' },
    ended: { type: 'final' },
  },
});

/** The look-alike page asks for the password, then for the code, and takes whatever is typed. */
export const pageMachine = setup({
  types: { events: {} as { type: 'TYPE' } },
}).createMachine({
  id: 'page',
  initial: 'password',
  states: {
    password: { on: { TYPE: 'code' } },
    code: { on: { TYPE: 'done' } },
    done: { type: 'final' },
  },
});

/** Where a call is: `ringing`, `answered`, `declined` or `ended`. */
export type CallStatus = StateValueFrom<typeof callMachine>;
/** Where the look-alike page is: asking for the `password`, the `code`, or `done`. */
export type PageStep = StateValueFrom<typeof pageMachine>;

/** Where a call starts, and the page opens: each machine's initial state. */
export const CALL_FIRST: CallStatus = initialTransition(callMachine)[0].value;
export const PAGE_FIRST: PageStep = initialTransition(pageMachine)[0].value;

/** Where a call goes on `event` from `status`: `status` again when its state does not take the event. */
export function callAfter(status: CallStatus, event: CallEvent): CallStatus {
  const from = callMachine.resolveState({ value: status, context: {} });
  return transition(callMachine, from, event)[0].value;
}

/** Where the page goes once something is typed at `step` (`done` stays `done`). */
export function pageAfter(step: PageStep): PageStep {
  const from = pageMachine.resolveState({ value: step, context: {} });
  return transition(pageMachine, from, { type: 'TYPE' })[0].value;
}
