import { normaliseCode } from '../entry';
import type { AttackerLink } from '../scam/attacker-link';
import { codeInReply } from '../scam/reply';
import type { ShareVia } from '../scam/types';
import type { Phone } from './phone';
import { runEnded } from './selectors';
import type { RunContext } from './state';

/**
 * What the learner decides: the scenario's choices, once their moment has
 * come (`state.decisions`), the texts they send back (`state.replies`), and
 * a code handed to whoever asks, which is always an unsafe decision.
 */
export class Decisions {
  constructor(
    private readonly ctx: RunContext,
    private readonly phone: Phone,
    private readonly attacker: AttackerLink | null,
    /** Nothing more can happen: the learner's flow is over. */
    private readonly finish: () => void,
  ) {}

  /** Whether decision `id`'s moment has come (see `ScenarioRun.decisionOpen`) and it is not made. */
  open(id: string): boolean {
    const d = this.ctx.scenario.decisions.find((x) => x.id === id);
    if (!d || this.ctx.store.state.decisions.some((x) => x.id === id)) return false;
    return !d.afterBeat || this.phone.happened(d.afterBeat);
  }

  choose(decisionId: string, choiceId: string): void {
    const { scenario, store, clock } = this.ctx;
    const decision = scenario.decisions.find((d) => d.id === decisionId);
    const choice = decision?.choices.find((c) => c.id === choiceId);
    if (!decision || !choice || !this.open(decisionId)) return;
    store.update({
      decisions: [
        ...store.state.decisions,
        { id: decisionId, choice: choiceId, at: clock.now(), safe: choice.safe },
      ],
    });
    this.ctx.note(`choose ${decisionId}: ${choiceId}`);
    if (choice.redeems) this.attacker?.redeem();
    if (choice.foils) this.attacker?.foil();
    const allMade = scenario.decisions.every((d) =>
      store.state.decisions.some((x) => x.id === d.id),
    );
    if (allMade && scenario.flow === 'unrequested') this.finish();
    // Every choice made and the lure ignored: the attacker never gets the password, nothing more can happen.
    if (allMade && scenario.flow === 'scam' && this.attacker?.waitsForPassword()) this.finish();
  }

  /** Texts `text` back to `to`; one that holds a code hands it over (see `ScenarioRun.reply`). */
  reply(to: string, text: string): 'sent' | 'empty' | 'ended' {
    const { store, clock } = this.ctx;
    const words = text.trim();
    if (words === '') return 'empty';
    if (runEnded(store.state)) return 'ended';
    const code = codeInReply(words);
    store.update({
      replies: [...store.state.replies, { to, text: words, at: clock.now(), code }],
    });
    this.ctx.note(`reply to ${to}`);
    if (code !== null) this.shareCode(code, 'reply');
    return 'sent';
  }

  /** Hands a code to the attacker, who relays it to the real shop. */
  shareCode(code: string, via: ShareVia): void {
    const { store, clock, policy } = this.ctx;
    if (runEnded(store.state) || !this.attacker) return;
    const entry = normaliseCode(code, policy.digits);
    store.update({
      decisions: [
        ...store.state.decisions,
        { id: 'share-code', choice: via, at: clock.now(), safe: false },
      ],
    });
    this.ctx.note(`share code by ${via}`);
    // Even a garbled code goes to the attacker: they try whatever they get.
    this.attacker.handOver(entry.ok ? entry.code : code.trim());
  }
}
