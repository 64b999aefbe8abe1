import {
  applyTurn, decisionsError, ENGINE_VERSION, newGame, stateHash,
  type Action, type Scenario, type State, type TurnReport, type YearDecisions,
} from '../engine';
import type { ScenarioEntry } from './scenarios';

// A game is its replay: scenario, seed and decisions by year. Everything else (figures, score,
// reports) is derived by playing the decisions again, so a save can never carry a forged score.

export const REPLAY_FORMAT = 'flywheel-replay/1';

export interface Replay {
  format: typeof REPLAY_FORMAT;
  engineVersion: string;
  scenario: string;
  seed: string;
  decisions: YearDecisions[];
  /** state hash after each played year, to notice when the model has changed since */
  hashes: string[];
  /** choices made so far in the year being played */
  draft?: YearDecisions;
}

/** A replay played out: the states and reports the UI shows. */
export interface PlayedGame {
  scenario: Scenario;
  seed: string;
  decisions: YearDecisions[];
  start: State;
  state: State;
  reports: TurnReport[];
  hashes: string[];
}

export type Played = { ok: true; game: PlayedGame } | { ok: false; error: string; year: number };

/** Plays decisions year by year with applyTurn, the same path as interactive play. */
export function playDecisions(scenario: Scenario, seed: string, decisions: readonly YearDecisions[]): Played {
  const start = newGame(scenario, seed);
  let state = start;
  const reports: TurnReport[] = [];
  const hashes: string[] = [];
  for (const decision of decisions) {
    const result = applyTurn(scenario, state, decision);
    if (!result.ok) return { ok: false, error: result.error, year: decision.year };
    state = result.state;
    reports.push(result.report);
    hashes.push(stateHash(state));
  }
  return { ok: true, game: { scenario, seed, decisions: decisions.map(copyDecision), start, state, reports, hashes } };
}

export function toReplay(game: PlayedGame, draft?: readonly Action[]): Replay {
  const replay: Replay = {
    format: REPLAY_FORMAT,
    engineVersion: ENGINE_VERSION,
    scenario: game.scenario.id,
    seed: game.seed,
    decisions: game.decisions.map(copyDecision),
    hashes: [...game.hashes],
  };
  if (draft && draft.length > 0 && !game.state.finished) {
    replay.draft = { year: game.state.year, actions: draft.map(copyAction) };
  }
  return replay;
}

function copyDecision(decision: YearDecisions): YearDecisions {
  return { year: decision.year, actions: decision.actions.map(copyAction) };
}

function copyAction(action: Action): Action {
  return { ...action };
}

export interface LoadedReplay {
  replay: Replay;
  game: PlayedGame;
  /** the saved hashes no longer match: the model changed since, figures were recomputed */
  recomputed: boolean;
  /** the draft of the year in progress, if it is still legal */
  draft: Action[];
}

export type ReplayParse = { ok: true; value: LoadedReplay } | { ok: false; error: string };

const MAX_SEED = 64;
const KEEP_FIELDS = ['kind', 'service', 'team', 'count', 'depthPercent', 'level', 'plan'] as const;

/** Only an action's own fields survive, so a save cannot smuggle anything else in. */
/** An action from untrusted data: its known fields only, each a plain text, number or flag. */
export function cleanAction(raw: unknown): Action | string {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'an action must be an object';
  const source = raw as Record<string, unknown>;
  if (typeof source.kind !== 'string') return 'an action has no kind';
  const out: Record<string, unknown> = {};
  for (const key of KEEP_FIELDS) {
    const value = source[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return `an action's ${key} is not a plain value`;
    out[key] = value;
  }
  return out as unknown as Action;
}

export function cleanDecisions(raw: unknown, path: string): YearDecisions | string {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return `${path} must be an object`;
  const source = raw as Record<string, unknown>;
  if (typeof source.year !== 'number' || !Number.isInteger(source.year)) return `${path}.year must be a whole number`;
  if (!Array.isArray(source.actions)) return `${path}.actions must be a list`;
  if (source.actions.length > 40) return `${path}.actions has too many entries`;
  const actions: Action[] = [];
  for (const item of source.actions) {
    const action = cleanAction(item);
    if (typeof action === 'string') return `${path}: ${action}`;
    actions.push(action);
  }
  return { year: source.year, actions };
}

/** Untrusted replay JSON in, a played game out, or the first reason it cannot be used. */
export function parseReplay(input: unknown, scenarios: readonly ScenarioEntry[]): ReplayParse {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { ok: false, error: 'it is not a saved game' };
  const root = input as Record<string, unknown>;
  if (root.format !== REPLAY_FORMAT) return { ok: false, error: 'it is not a Flywheel save (unknown format)' };
  const scenario = typeof root.scenario === 'string' ? scenarios.find((s) => s.id === root.scenario)?.scenario : undefined;
  if (!scenario) return { ok: false, error: `it was made for a scenario this game does not have (${String(root.scenario).slice(0, 40)})` };
  if (typeof root.seed !== 'string' || root.seed.length === 0 || root.seed.length > MAX_SEED) {
    return { ok: false, error: 'its seed is missing or too long' };
  }
  if (!Array.isArray(root.decisions)) return { ok: false, error: 'its decisions are missing' };
  const years = scenario.lastYear - scenario.firstYear + 1;
  if (root.decisions.length > years) return { ok: false, error: 'it has more years than the scenario' };
  const decisions: YearDecisions[] = [];
  for (let i = 0; i < root.decisions.length; i++) {
    const decision = cleanDecisions(root.decisions[i], `year ${i + 1}`);
    if (typeof decision === 'string') return { ok: false, error: decision };
    if (decision.year !== scenario.firstYear + i) return { ok: false, error: `its years are out of order at ${decision.year}` };
    decisions.push(decision);
  }
  const played = playDecisions(scenario, root.seed, decisions);
  if (!played.ok) return { ok: false, error: `its ${played.year} decisions are not legal: ${played.error}` };
  const game = played.game;

  const savedHashes = Array.isArray(root.hashes) ? root.hashes : [];
  const recomputed = savedHashes.length !== game.hashes.length || game.hashes.some((hash, i) => savedHashes[i] !== hash);

  let draft: Action[] = [];
  if (root.draft !== undefined && !game.state.finished) {
    const cleaned = cleanDecisions(root.draft, 'draft');
    if (typeof cleaned !== 'string' && cleaned.year === game.state.year) {
      if (decisionsError(game.state, scenario, cleaned) === '') draft = cleaned.actions;
    }
  }
  return { ok: true, value: { replay: toReplay(game, draft), game, recomputed, draft } };
}
