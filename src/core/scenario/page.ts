import type { AttackerLink } from '../scam/attacker-link';
import type { ShareVia } from '../scam/types';
import { LEARNER_PASSWORD } from '../world';
import { PAGE_FIRST, pageAfter } from './lifecycles';
import { runEnded } from './selectors';
import type { RunContext } from './state';

/**
 * The look-alike page a scam text links to, opened on the phone inside the
 * sandbox: a `pageMachine` (lifecycles.ts) that asks for the password, then
 * the code, accepts anything, and hands whatever is typed to the attacker.
 */
export class LookAlikePage {
  constructor(
    private readonly ctx: RunContext,
    private readonly attacker: AttackerLink | null,
    private readonly shareCode: (code: string, via: ShareVia) => void,
  ) {}

  /** Follows a link: only the scenario's look-alike page opens; returns whether it did. */
  open(url: string): boolean {
    const { scenario, store, clock } = this.ctx;
    if (runEnded(store.state) || !scenario.page || url !== scenario.page.url) return false;
    if (!store.state.page) {
      this.ctx.log.move('page', 'start', null, PAGE_FIRST);
      store.update({ page: { step: PAGE_FIRST, at: clock.now() } });
    }
    this.ctx.note('open link');
    return true;
  }

  /** Types into the page: first a password, then a code. */
  submit(value: string): void {
    const { store, clock } = this.ctx;
    const page = store.state.page;
    if (runEnded(store.state) || !page || value.trim() === '') return;
    const step = pageAfter(page.step);
    if (step === page.step) return;
    this.ctx.log.move('page', 'TYPE', page.step, step);
    if (page.step === 'password') {
      store.update({
        page: { ...page, step },
        decisions: [
          ...store.state.decisions,
          { id: 'page-password', choice: 'typed', at: clock.now(), safe: false },
        ],
      });
      this.ctx.note('type password into page');
      // The right password is all the attacker needed to start the real sign-in.
      if (value === LEARNER_PASSWORD && this.attacker?.waitsForPassword()) {
        this.attacker.startNow();
      }
      return;
    }
    store.update({ page: { ...page, step } });
    this.shareCode(value, 'page');
  }
}
