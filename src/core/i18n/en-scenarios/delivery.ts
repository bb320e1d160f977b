/** English texts of the scenario "delivery" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Give the delivery code only in person, at your door, with the right parcel in your hands.',
    'Never give it over the phone, even if the caller says they are the courier.',
    'If the parcel is wrong or damaged, keep the code and refuse the delivery.',
  ],
  beats: {
    courier: 'The courier is at your door with a parcel and asks for the delivery code.',
  },
  decisions: {
    handover: {
      prompt: 'The courier asks for the code. What do you do?',
      'check-parcel-first': 'Check the label and the parcel first, then read the code.',
      'code-first': 'Read out the code straight away to save time.',
    },
  },
  subjects: {},
  calls: {
    'courier-call': [
      'Hello, this is your Larkspur courier. I have your parcel and I will be with you in about ten minutes.',
      'No need to do anything now. I will ask for the delivery code at your door, once you have the parcel.',
      'See you soon, bye!',
    ],
  },
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['retailer-delivery-guidance', 'bbc-watchdog-2024-delivery'],
  'rightMoves.1': ['retailer-delivery-guidance', 'bbc-watchdog-2024-delivery'],
  'rightMoves.2': ['retailer-delivery-guidance'],
} as const;
