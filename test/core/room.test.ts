/**
 * Two windows, one demo (src/core/room.ts, doc/api.md "Two windows"): the
 * audience window shows exactly the run the presenter's shows, whatever the
 * presenter did; keys pressed in the audience window act in the presenter's;
 * either window closing leaves the other working; a message that is not one
 * of the four the format has changes nothing and says why. The two windows
 * here are two Rooms on Node's own BroadcastChannel, as in the browser.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  audienceLink,
  followView,
  parseRoomMessage,
  Room,
  roomName,
  viewMessage,
} from '../../src/core/room';
import type { RoomMessage } from '../../src/core/room';
import { ENDINGS } from '../../src/core/scam/types';
import { DemoSession } from '../../src/core/scam/session';
import { loadScenario } from '../../src/core/scenario/library';
import type { Scenario } from '../../src/core/scenario/types';
import type { DemoLink } from '../../src/core/share';
import { SCENARIO_IDS } from '../support/builtins';
import { fingerprint } from '../support/demo';

const scams: Scenario[] = (await Promise.all(SCENARIO_IDS.map((id) => loadScenario(id)))).filter(
  (s) => s.demo,
);
const CALL = scams.find((s) => s.id === 'scam-call')!;

type Move = ['forward'] | ['back'] | ['reset'] | ['advance', number];
const move: fc.Arbitrary<Move> = fc.oneof(
  fc.constant<Move>(['forward']),
  fc.constant<Move>(['back']),
  fc.constant<Move>(['reset']),
  fc.integer({ min: 0, max: 90_000 }).map((ms): Move => ['advance', ms]),
);
function play(session: DemoSession, [kind, ms]: Move): void {
  if (kind === 'advance') session.advance(ms!);
  else session[kind]();
}

describe('the audience window shows the presenter’s run', () => {
  it('after any moves, a session synced to the presenter’s beat and time is the same run', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scams),
        fc.constantFrom(...ENDINGS),
        fc.integer({ min: 1, max: 1_000_000 }),
        // Each move, and whether the audience window hears of it (a view is sent only on some).
        fc.array(fc.tuple(move, fc.boolean()), { maxLength: 20 }),
        (scenario, ending, seed, moves) => {
          const settings = { policy: 'retail' as const, seed, ending };
          const presenter = new DemoSession(scenario, settings);
          const audience = new DemoSession(scenario, settings);
          for (const [m, heard] of moves) {
            play(presenter, m);
            if (heard) audience.sync(presenter.beat, presenter.at);
          }
          audience.sync(presenter.beat, presenter.at);
          expect([audience.beat, audience.at]).toEqual([presenter.beat, presenter.at]);
          expect(fingerprint(audience.run)).toEqual(fingerprint(presenter.run));
          presenter.dispose();
          audience.dispose();
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);

  it('never plays a step the presenter has not: time stops short of the next one', () => {
    const settings = { policy: 'retail' as const, seed: 5, ending: 'taken-over' as const };
    const presenter = new DemoSession(CALL, settings);
    // The first step that waits: the presenter paused before it.
    while (presenter.next && presenter.next.at <= presenter.at + 1_000) presenter.forward();
    const next = presenter.next!;
    const audience = new DemoSession(CALL, settings);
    audience.sync(presenter.beat, next.at + 60_000);
    expect(audience.beat).toBe(presenter.beat);
    expect(audience.at).toBe(next.at - 1);
  });

  it('a window ahead of the presenter on the same beat goes back to the presenter’s moment', () => {
    const settings = { policy: 'retail' as const, seed: 5, ending: 'taken-over' as const };
    const presenter = new DemoSession(CALL, settings);
    while (presenter.next && presenter.next.at <= presenter.at + 1_000) presenter.forward();
    presenter.advance(500);
    const audience = new DemoSession(CALL, settings);
    audience.sync(presenter.beat, presenter.at);
    // The presenter steps back and forward again: the same beat, 500 ms earlier.
    presenter.back();
    presenter.forward();
    audience.sync(presenter.beat, presenter.at);
    expect(audience.at).toBe(presenter.at);
    expect(fingerprint(audience.run)).toEqual(fingerprint(presenter.run));
  });

  it('follows a view of its own demo, and names the link of another', () => {
    const link: DemoLink<string> = {
      mode: 'present',
      scenarioId: CALL.id,
      policy: 'retail',
      seed: 5,
      ending: 'taken-over',
      beat: 0,
    };
    const presenter = new DemoSession(CALL, link, 0);
    presenter.forward();
    presenter.forward();
    const view = viewMessage({
      session: presenter,
      link,
      playing: false,
      attacker: true,
      log: false,
    });
    expect(view).toEqual({
      kind: 'view',
      scenarioId: 'scam-call',
      own: false,
      policy: 'retail',
      seed: 5,
      ending: 'taken-over',
      beat: 2,
      at: presenter.at,
      playing: false,
      attacker: true,
      log: false,
    });
    const audience = new DemoSession(CALL, link, 0);
    expect(followView(audience, view as Extract<RoomMessage, { kind: 'view' }>)).toBe(true);
    expect(audience.beat).toBe(2);

    const other = new DemoSession(CALL, { ...link, ending: 'foiled' }, 0);
    expect(followView(other, view as Extract<RoomMessage, { kind: 'view' }>)).toBe(false);
    expect(other.beat).toBe(0);
    expect(audienceLink(view as Extract<RoomMessage, { kind: 'view' }>)).toEqual({
      ...link,
      mode: 'audience',
      beat: 2,
    });
  });

  it('a trainer’s own scenario has its own channel', () => {
    expect(roomName({ scenarioId: 'scam-call' })).not.toBe(
      roomName({ scenarioId: 'scam-call', own: true }),
    );
  });
});

describe('two rooms on one BroadcastChannel', () => {
  const open: Room[] = [];
  afterEach(() => {
    for (const r of open.splice(0)) r.close();
  });

  /** A room and the messages it has received, in order. */
  function window(side: 'presenter' | 'audience', name: string) {
    const room = new Room(side, new BroadcastChannel(name));
    open.push(room);
    const heard: RoomMessage[] = [];
    const problems: string[] = [];
    room.listen(
      (m) => heard.push(m),
      (e) => problems.push(e),
    );
    return { room, heard, problems };
  }
  const settle = () => new Promise((r) => setTimeout(r, 30));

  it('hello, a view back, a key from the audience, and goodbye', async () => {
    const name = `test-room-${Math.random()}`;
    const link: DemoLink<string> = {
      mode: 'present',
      scenarioId: CALL.id,
      policy: 'nist',
      seed: 9,
      ending: 'foiled',
      beat: 0,
    };
    const presenter = window('presenter', name);
    const demo = new DemoSession(CALL, link, 0);
    presenter.room.listen((m) => {
      if (m.kind === 'command' && m.command === 'forward') demo.forward();
      if (m.kind === 'hello' || m.kind === 'command')
        presenter.room.send(
          viewMessage({ session: demo, link, playing: false, attacker: false, log: false }),
        );
    });
    const audience = window('audience', name);
    const shown = new DemoSession(CALL, link, 0);

    audience.room.send({ kind: 'hello' });
    await settle();
    expect(presenter.heard).toEqual([{ kind: 'hello' }]);
    expect(audience.heard.map((m) => m.kind)).toEqual(['view']);

    audience.room.send({ kind: 'command', command: 'forward' });
    await settle();
    expect(demo.beat).toBe(1);
    const view = audience.heard.at(-1) as Extract<RoomMessage, { kind: 'view' }>;
    expect(followView(shown, view)).toBe(true);
    expect(fingerprint(shown.run)).toEqual(fingerprint(demo.run));

    presenter.room.close();
    open.splice(open.indexOf(presenter.room), 1);
    await settle();
    expect(audience.heard.at(-1)).toEqual({ kind: 'bye', from: 'presenter' });
    // The audience window's session goes on alone.
    expect(shown.forward()).toBe(true);
    expect([audience.problems, presenter.problems]).toEqual([[], []]);
  });

  it('a window that closes twice (the page goes away, then the view) says goodbye once', async () => {
    const name = `test-room-${Math.random()}`;
    const audience = window('audience', name);
    const presenter = new Room('presenter', new BroadcastChannel(name));
    presenter.close();
    expect(() => presenter.close()).not.toThrow();
    await settle();
    expect(audience.heard).toEqual([{ kind: 'bye', from: 'presenter' }]);
  });

  it('a message that is not the format’s is refused with its reason, and nothing is acted on', async () => {
    const name = `test-room-${Math.random()}`;
    const audience = window('audience', name);
    const stranger = new BroadcastChannel(name);
    stranger.postMessage({ kind: 'command', command: 'self-destruct' });
    stranger.postMessage('hello');
    await settle();
    stranger.close();
    expect(audience.heard).toEqual([]);
    expect(audience.problems).toEqual([
      'command: must be one of forward, back, toggle, reset, attacker (it is "self-destruct").',
      'message: must be a room message, an object (it is "hello").',
    ]);
  });
});

describe('a room message is checked whole', () => {
  const view = {
    kind: 'view',
    scenarioId: 'scam-call',
    own: false,
    policy: 'retail',
    seed: 5,
    ending: 'foiled',
    beat: 3,
    at: 12_000,
    playing: false,
    attacker: false,
    log: true,
  };
  it('takes each of the four kinds', () => {
    for (const m of [
      view,
      { kind: 'hello' },
      { kind: 'command', command: 'toggle' },
      { kind: 'bye', from: 'audience' },
    ])
      expect(parseRoomMessage(m)).toEqual({ ok: true, message: m });
  });

  // Each refusal as the schema's rules word it (src/core/schema/room.ts).
  const refused: [string, unknown, string][] = [
    ['a list', [], 'message: must be a room message, an object (it is a list of 0).'],
    ['null', null, 'message: must be a room message, an object (it is null).'],
    ['no kind', {}, 'kind: is missing.'],
    [
      'an unknown kind',
      { kind: 'shout' },
      'kind: must be one of view, hello, command, bye (it is "shout").',
    ],
    ['an extra field', { kind: 'hello', x: 1 }, 'x: is not a field of a hello message.'],
    [
      'a __proto__ field',
      JSON.parse('{"kind":"hello","__proto__":{"a":1}}'),
      '__proto__: is not a field of a hello message.',
    ],
    [
      'a beat below 0',
      { ...view, beat: -1 },
      'beat: must be a whole number from 0 to 10000 (it is -1).',
    ],
    [
      'a beat past any demo',
      { ...view, beat: 10_001 },
      'beat: must be a whole number from 0 to 10000 (it is 10001).',
    ],
    [
      'a time in words',
      { ...view, at: 'soon' },
      'at: must be a whole number of ms from 0 to 86400000 (it is "soon").',
    ],
    [
      'an unknown policy',
      { ...view, policy: 'lax' },
      'policy: must be one of retail, nist, strict, weak (it is "lax").',
    ],
    [
      'an unknown ending',
      { ...view, ending: 'happy' },
      'ending: must be one of foiled, taken-over (it is "happy").',
    ],
    [
      'a seed of 0',
      { ...view, seed: 0 },
      'seed: must be a whole number from 1 to 2147483647 (it is 0).',
    ],
    [
      'a flag in words',
      { ...view, playing: 'yes' },
      'playing: must be true or false (it is "yes").',
    ],
    [
      'a long scenario id',
      { ...view, scenarioId: 'x'.repeat(101) },
      `scenarioId: must be a text of 1 to 100 characters (it is "${'x'.repeat(40)}…").`,
    ],
    [
      'a bye from nobody',
      { kind: 'bye', from: 'room' },
      'from: must be one of presenter, audience (it is "room").',
    ],
  ];
  it.each(refused)('refuses %s', (_name, message, error) => {
    expect(parseRoomMessage(message)).toEqual({ ok: false, error });
  });
});
