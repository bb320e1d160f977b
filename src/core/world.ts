/**
 * The fictional shop of the sandbox. Its name, numbers and domain are made
 * up: `.example` is reserved for examples (RFC 2606), and +44 7700 900xxx is
 * a range set aside for drama (Ofcom), so nothing here reaches anyone real.
 */
export interface Brand {
  name: string;
  /** The short code its texts come from. */
  shortCode: string;
  /** The address its emails come from. */
  email: string;
  domain: string;
  /** The number printed on its site and cards: the one to call back. */
  officialPhone: string;
}

export const SHOP: Brand = {
  name: 'Larkspur',
  shortCode: '60123',
  email: 'security@larkspur.example',
  domain: 'larkspur.example',
  officialPhone: '+44 7700 900100',
};

/** Where codes go for the learner's account, unless a scenario says otherwise. */
export interface Destinations {
  sms: string;
  email: string;
}

export const LEARNER: Destinations & { name: string } = {
  name: 'Sam Rivera',
  sms: '+44 7700 900123',
  email: 'sam.rivera@mail.example',
};

/** The learner's password in every scenario: printed on the scenario card. */
export const LEARNER_PASSWORD = 'lark-meadow-42';

/** 2026-03-02 09:58:00 UTC: scenarios start on a plausible morning. */
export const SIM_EPOCH = Date.UTC(2026, 2, 2, 9, 58, 0);
