/**
 * English texts of "For trainers" (`#/trainers`), loaded with it. The plans
 * themselves are data in core (src/core/trainer/plans.ts); each scenario's
 * title and questions for the room are its own texts (`talk.questions`),
 * and the steps after a scam are the debrief's (core's `recovery`). Every
 * fact here comes from shared/guide/scams.md or doc/model.md.
 */
export const TRAINERS_TEXT = {
  title: 'For trainers',
  back: 'Back to the scenarios',
  intro:
    'Help for a session with a group: plans for 20, 45 or 90 minutes, links to open on the big screen, and what to say if someone in the room has been scammed.',
  settings:
    'The links and the advice on this page follow your settings: how strict the shop is, and where you live.',
  loading: 'Loading the questions for the room…',
  contents: 'On this page',
  plans: {
    heading: 'Session plans',
    intro:
      'Each plan is a list of steps, with the minutes each one takes. The times are a guide: change them to suit your group.',
    title: 'About {minutes} minutes: {name}',
    short: {
      name: 'a first look',
      summary: 'Show the room one scam, then play a quick round of Real or scam? together.',
    },
    class: {
      name: 'a class',
      summary:
        'Start with what people already know. Show one scam, let everyone play another, play a round of Real or scam?, and take the attacker’s seat.',
    },
    workshop: {
      name: 'a workshop',
      summary:
        'Start with how a real code works. Then show three scams, let everyone play two more, play a round of Real or scam?, and take the attacker’s seat.',
    },
  },
  minutes: '{minutes} min',
  kind: {
    demo: 'Show a scam',
    play: 'Everyone plays',
    quiz: 'Real or scam?',
    attack: 'Play the attacker',
    discuss: 'Talk together',
  },
  block: {
    demo: 'The link above opens it in presenter mode. Go through the demo one step at a time with the → key. The room sees the phone of the person being tricked. Press A to show them what the scammer sees. Then ask the questions below.',
    play: 'Everyone plays it on their own phone or computer, alone or in pairs. Send them the link above, or let them find it on the first screen. Then ask the questions below.',
    quiz: 'Everyone opens the same round from the link below, and decides for each moment: real, or a scam? Or show it on the big screen and let the room call out. Then talk about the ones the room found hard.',
    attack:
      'Play the scammer on the big screen, from the link below. You hold a leaked password, and the shop texts the code to the account holder: try to get it from them. Ask the room what gave you away.',
    'warm-up':
      'Ask the room: has anyone had a code they did not ask for, or a call or a text that asked for one? Nobody has to share. Keep it light: these scams catch careful people.',
    'wrap-up':
      'Sum up the one rule: anyone who asks for your code is a scammer, whatever they say it is for. Hang up, and contact the company through its own app or site. Then go through “If someone in the room has been scammed”, below.',
  },
  openQuiz: 'Open this round',
  openSeat: {
    cautious: 'Play the attacker, against a cautious person',
    hurried: 'Play the attacker, against a hurried person',
    trusting: 'Play the attacker, against a trusting person',
  },
  questions: 'Questions for the room',
  scammed: {
    heading: 'If someone in the room has been scammed',
    kind: 'A session like this can bring back something that happened to someone in the room. If it does, say it plainly: it happens to careful people, and scammers do this for a living. The scammer is to blame, not the person they tricked.',
    thanks:
      'Thank them for telling the room, and let them share as much or as little as they want.',
    next: 'What to do next, and where to report',
    nextIntro:
      'When a code or a password has been handed over, the debrief at the end of a scenario shows these steps, in this order. It shows only the ones that fit what happened. Here they all are: leave out any that do not fit.',
    shop: 'The steps name Larkspur, the shop in this sandbox, which is made up. For a real account, read it as the shop or site the code was for.',
    soon: 'If they gave away a code to sign in, the scammer has their password too. Waiting to see what happens leaves it with them: the account is not safe until the password is changed.',
  },
  links: {
    heading: 'Links for the room',
    handout: 'To hand out',
    handoutIntro:
      'One page to print and give out at the end: the rules of codes, and what to do after sharing one.',
    handoutOpen: 'Codes: the rules, and what to do if you shared one',
    present: 'Show a scam in presenter mode',
    presentIntro:
      'Large type for a projector, the phone of the person being tricked, and notes for you at each step. Press ? there to see every key.',
    quizIntro:
      'A round has 8 to 12 short moments. Open one, then copy its address from the browser and send it to your group: everyone who opens it gets the same round.',
    quizOpen: 'Open a round of Real or scam?',
  },
} as const;
