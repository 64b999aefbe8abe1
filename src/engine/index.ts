export * from './types';
export * from './scenarioTypes';
export {
  ACTION_KINDS, SERVICES, TEAMS, LEVELS, OUTAGE_PLANS, MOVES, MOVE_KEYS, keyOf, rankOf, isActionKind, byLevel,
  SERVICE_NAMES, PRICE_CUTS_MAX, PRICE_DEPTH_MAX, PRICE_DEPTH_PER_CUT_MAX,
} from './moves';
export type { MoveEntry, MoveRole } from './moves';
export { takenIn } from './moveRules';
export { legalActions, planDraft, optionFor, decisionsError, MAX_MOVES_PER_YEAR } from './draft';
export type { ActionOption, DraftPlan, MoveOption } from './draft';
export { applyTurn } from './turn';
export { newGame, stateHash } from './game';
export { hashValue } from './hash';
export { runCampaign, decisionsFor } from './campaign';
export type { Campaign, CampaignOptions } from './campaign';
export { coefficientTable, K } from './coefficients';
export { parseScenario } from './scenarioParse';
export { describeValue } from './describeValue';
export { ENGINE_VERSION } from './version';
export { worldScenario } from './worldScenario';
export type { WorldKind } from './scenarioTypes';
export { jediWinChance } from './jedi';
export { addYear, scoreYear, valueLevel } from './scoring';
export type { YearScore } from './scoring';
export { playPlan } from './plan';
export type { PlayedPlan } from './plan';
