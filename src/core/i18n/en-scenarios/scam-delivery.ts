/** English texts of the scenario "scam-delivery" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Give a delivery code only in person, at your door, after checking the parcel is yours.',
    'Never read a delivery code over the phone, whoever the caller says they are: the code is the proof you received the parcel.',
    'If a caller asks for it early, hang up and contact Larkspur through its site or app about your delivery.',
    'If the parcel is wrong, damaged or missing, keep the code and refuse the delivery.',
  ],
  beats: {
    courier:
      'A courier is at your door with a Larkspur parcel labelled with your name and order LK-7245, and asks for the delivery code.',
  },
  decisions: {
    'after-call': {
      prompt: 'The caller wanted your delivery code. What do you do now?',
      'wait-for-door': 'Keep the code, and wait for the parcel to come to your door.',
      'call-official': 'Call Larkspur on the number on its site and tell them about the call.',
    },
    handover: {
      prompt: 'A courier is at the door and asks for the code. What do you do?',
      'check-parcel-first': 'Check the label and the parcel first, then read out the code.',
      'code-first': 'Read out the code straight away to save time.',
    },
  },
  calls: {
    'fake-courier-call': [
      'Hi, is that Sam? It is Jordan, your Larkspur courier, about order LK-7245.',
      'I am running behind and my shift ends soon, so I will leave the parcel in your porch.',
      'To do that I have to log it as delivered. Just read me the delivery code you got this morning.',
      'Quickly if you can, the van’s system locks in five minutes.',
    ],
  },
  subjects: {},
  notes: {
    start:
      'Sam has ordered a parcel from Larkspur. A dishonest “courier” knows the order number and Sam’s phone number.',
    dispatch:
      'The parcel leaves the depot. Larkspur texts Sam the delivery code: it proves the parcel reached Sam.',
    'code-arrives':
      'The message says to read the code only at the door, once Sam holds the right parcel, and that Larkspur will never call for it.',
    ring: 'An hour before any van could arrive, the phone rings.',
    answer:
      'The caller knows Sam’s name and order number. They are in a hurry and make the request sound routine.',
    'read-out': 'Sam reads out the delivery code, to save the courier time.',
    relayed: 'The attacker enters the code: as far as Larkspur knows, Sam now has the parcel.',
    loot: 'The order is marked delivered. Sam has nothing, and the record says otherwise.',
    'spot-ask': 'Sam notices: a courier asking for the code on the phone, before any parcel.',
    'hang-up': 'Sam hangs up without reading anything out.',
    'keep-code': 'Sam keeps the code for the door.',
    door: 'Later, a courier is at the door with a parcel for Sam.',
    'check-parcel':
      'Sam checks the name and order number on the label, then reads the code. It works once: now it is spent, and useless to the caller.',
  },
  cues: {
    'fake-courier-call': {
      'unexpected-contact': {
        cue: 'A call you did not expect, from someone who says they are your courier.',
      },
      'asks-for-code': { quote: 'read me the delivery code' },
      urgency: { quote: 'the van’s system locks in five minutes' },
    },
  },
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['retailer-delivery-guidance', 'bbc-watchdog-2024-delivery'],
  'rightMoves.1': ['retailer-delivery-guidance', 'bbc-watchdog-2024-delivery'],
  'rightMoves.2': ['retailer-delivery-guidance', 'ftc-2024-verification-code'],
  'rightMoves.3': ['retailer-delivery-guidance'],
  'notes.dispatch': ['retailer-delivery-guidance'],
  'notes.loot': ['bbc-watchdog-2024-delivery'],
  'notes.check-parcel': ['retailer-delivery-guidance', 'nist-800-63b-4'],
} as const;
