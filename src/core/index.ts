/**
 * The model of OTP Sandbox: everything a service does with a one-time
 * passcode, with no Svelte and no DOM. The view (src/ui) only observes it
 * and sends it events; tests and the replay CLI drive it the same way.
 */
export * from './challenge';
export { SimulatedClock } from './clock';
export type { TieOrder, TimerClock } from './clock';
export { CryptoRandom, MAX_SEED, SeededRandom, parseSeed, randomCode, randomSeed } from './random';
export type { RandomSource } from './random';
export * from './policy';
export * from './purpose';
export { normaliseCode, codeRef, MAX_ENTRY_LENGTH } from './entry';
export type { Entry, EntryProblem } from './entry';
export { timingSafeEqual } from './compare';
export { formatClock, formatDuration, formatMoney, parseLinks, splitAddress } from './format';
export type { TextPart } from './format';
export { catalogue, fill, CATALOGUES, DEFAULT_LOCALE } from './i18n';
export type { Catalogue, Locale } from './i18n';
export { SHOP, LEARNER, LEARNER_PASSWORD, SIM_EPOCH } from './world';
export type { Brand, Destinations } from './world';
export * from './otp/base32';
export * from './otp/hotp';
export * from './otp/totp';
export { ScenarioRun } from './scenario/run';
export { score } from './scenario/debrief';
export { comingUp, learnerMoves, newestCode, runEnded } from './scenario/selectors';
export type { LearnerMove } from './scenario/selectors';
export { mergeByTime } from './timeline';
export type { Debrief } from './scenario/debrief';
export type { RunOutcome } from './scenario/outcome';
export type { RunOptions } from './scenario/run';
export type { Arrival, RunState, RunStep } from './scenario/state';
export type { Scenario, Beat, Decision, Choice } from './scenario/types';
export {
  BUILT_IN_CARDS,
  BUILT_IN_IDS,
  builtInCard,
  isBuiltInScenario,
  loadScenario,
} from './scenario/library';
export type { ScenarioCard } from './scenario/card';
export { emptySave, mergeSaves, parseSave, recordPlay, SAVE_KEY, SAVE_VERSION } from './progress';
export type { LoadResult, Saved, ScenarioProgress } from './progress';
export {
  MAX_TRACE_BYTES,
  MAX_TRACE_EVENTS,
  parseTrace,
  Recorder,
  recorderFromTrace,
  replayTrace,
  traceEvents,
  traceToTest,
  TRACE_FORMAT,
  TRACE_VERSION,
} from './trace';
export type { Command, ReplayResult, Trace, TraceCheck, TracedEvent } from './trace';
export { replay } from './replay';
export type {
  Replayed,
  ReplayCommand,
  ReplayEvent,
  ReplayOptions,
  ReplayStart,
  ReplayStep,
} from './replay';
export {
  abstractState,
  codeFor,
  machineFor,
  pathEvents,
  recorderFromPath,
  replayPath,
  walk,
} from './paths';
export type { ReplayedPath, Snap, SubmitKind, Verdict, WalkConfig, WalkStep } from './paths';
export { checkScenario, parseScenarioDocument, readScenarioDocument } from './scenario/check';
export type { ScenarioParse, ScenarioProblem } from './scenario/check';
export { copyId, documentToScenario, scenarioToDocument } from './scenario/document';
export type { ScenarioImport } from './scenario/document';
export { SCENARIO_FORMAT, SCENARIO_FORMAT_VERSION } from './schema/scenario';
export type { ScenarioDocument } from './schema/scenario';
