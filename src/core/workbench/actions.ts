import type { ShareVia } from '../scam/types';
import type { ScenarioRun } from '../scenario/run';
import { LEARNER_PASSWORD } from '../world';
import { newestCode, runEnded } from '../scenario/selectors';

/**
 * What a learner can do in a scenario run at this moment, as the
 * workbench's buttons offer it: the moves the sandbox's own screens allow,
 * each done with the ScenarioRun method those screens call.
 */
export type LearnerAction =
  | { do: 'sign-in' }
  /** Confirms the authenticator app with its current code (enrolment). */
  | { do: 'confirm-app' }
  /** Submits the newest code on the phone, or (authenticator) the app's current code. */
  | { do: 'submit-code'; code: string | null }
  | { do: 'resend' }
  | { do: 'answer' }
  | { do: 'decline' }
  | { do: 'hang-up' }
  /** Hands the newest code to the attacker, the way they ask for it. */
  | { do: 'share'; code: string; via: ShareVia }
  | { do: 'choose'; decision: string; choice: string };

/** The actions that make sense now, in a stable order. */
export function learnerActions(run: ScenarioRun): LearnerAction[] {
  const s = run.state;
  if (runEnded(s)) return [];
  const actions: LearnerAction[] = [];
  const app = run.scenario.channel === 'authenticator';
  const code = newestCode(s);
  if (s.step === 'enrol') actions.push({ do: 'confirm-app' });
  if (s.step === 'password') actions.push({ do: 'sign-in' });
  if (s.step === 'code' && run.challenge) {
    if (app) actions.push({ do: 'submit-code', code: null });
    else if (code !== null) actions.push({ do: 'submit-code', code });
    if (!app) actions.push({ do: 'resend' });
  }
  if (s.call?.status === 'ringing') actions.push({ do: 'answer' }, { do: 'decline' });
  if (s.call?.status === 'answered') actions.push({ do: 'hang-up' });
  const attacker = run.scenario.attacker;
  if (attacker && code !== null) actions.push({ do: 'share', code, via: attacker.asksVia });
  for (const d of run.scenario.decisions) {
    if (!run.decisionOpen(d.id)) continue;
    for (const c of d.choices) actions.push({ do: 'choose', decision: d.id, choice: c.id });
  }
  return actions;
}

/** Does one action on the run (async only for the authenticator app's code). */
export async function doAction(run: ScenarioRun, a: LearnerAction): Promise<void> {
  switch (a.do) {
    case 'sign-in':
      return run.signIn(LEARNER_PASSWORD);
    case 'confirm-app': {
      const code = await run.phoneCode();
      if (code !== null) await run.confirmEnrolment(code);
      return;
    }
    case 'submit-code': {
      const code = a.code ?? (await run.phoneCode());
      if (code !== null) run.submitCode(code);
      return;
    }
    case 'resend':
      run.resend();
      return;
    case 'answer':
      return run.answerCall();
    case 'decline':
      return run.declineCall();
    case 'hang-up':
      return run.hangUp();
    case 'share':
      return run.shareCode(a.code, a.via);
    case 'choose':
      return run.choose(a.decision, a.choice);
  }
}
