import type { Scenario } from '../types';

/** 9. A code arrives that the learner never asked for: someone has the password. */
export const scenario: Scenario = {
  id: 'unrequested-code',
  number: 9,
  flow: 'unrequested',
  purpose: { kind: 'sign-in', device: 'Chrome on Windows, far away' },
  channel: 'sms',
  minutes: 3,
  beats: [{ id: 'caller-text', at: 12_000, kind: 'sms', from: '+44 7700 900871' }],
  decisions: [
    {
      id: 'reply',
      afterBeat: 'caller-text',
      choices: [
        { id: 'send-code', safe: false, handsOver: 'code' },
        { id: 'ignore', safe: true },
      ],
    },
    {
      id: 'next-step',
      choices: [
        { id: 'change-password', safe: true },
        { id: 'do-nothing', safe: false },
      ],
    },
  ],
  rules: ['single-use', 'code-lifetime'],
};
