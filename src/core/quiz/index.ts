/** "Real or scam?": situations, rounds drawn from a seed, answers and the tally (pure). */
export {
  OWN_SEPARATOR,
  SITUATIONS,
  SITUATION_CHANNELS,
  VERDICTS,
  ownSituations,
} from './situations';
export type { Situation, SituationChannel, SituationId, Verdict } from './situations';
export {
  MAX_ROUND,
  MIN_ROUND,
  answer,
  answered,
  cueParts,
  current,
  drawRound,
  lastAnswer,
  tally,
} from './round';
export type { Answered, CueParts, Round, Tally } from './round';
export { QUIZ_PATH, isQuizHash } from './path';
export { formatQuizLink, parseQuizLink } from './link';
export type { QuizLinkResult } from './link';
