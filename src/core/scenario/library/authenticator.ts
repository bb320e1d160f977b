import type { Scenario } from '../types';

/** 10. An authenticator app: enrol it, sign in with its codes, see what clock drift does. */
export const scenario: Scenario = {
  id: 'authenticator',
  number: 10,
  flow: 'sign-in',
  purpose: { kind: 'sign-in', device: 'Firefox on a new laptop' },
  channel: 'authenticator',
  enrolment: {
    // A widely published example secret: 20 bytes, the 160 bits RFC 4226 §4
    // recommends. Fine for a sandbox; a published secret protects nothing.
    secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    digits: 6,
    period: 30,
    algorithm: 'SHA-1',
    issuer: 'Larkspur',
    account: 'sam.rivera@mail.example',
  },
  minutes: 5,
  beats: [],
  decisions: [],
  rules: ['single-use', 'failure-limit', 'code-length'],
};
