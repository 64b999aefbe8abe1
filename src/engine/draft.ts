import { describeValue } from './describeValue';
import { earliestAt, isActionKind, keyOf, MOVES, moveEntry, rankOf, rankOfAction, type Action, type ActionKind, type MoveEntry, type MoveKey, type ServiceId } from './moves';
import { lockReason, recordMove, shapeError } from './moveRules';
import type { Scenario } from './scenarioTypes';
import { cloneState } from './stateCopy';
import type { State, YearDecisions } from './types';

// The year's draft: a set of moves, legal or not as a set. The engine puts them in the catalogue's
// canonical order itself, so the order a player or a file lists them in never matters, and it says
// for every other move whether it could be added and why not. Nobody outside has to try a move.

/** One move of the year as the draft sees it: picked, open to add, or locked with the reason. */
export interface MoveOption {
  key: MoveKey;
  kind: ActionKind;
  service?: ServiceId;
  picked: boolean;
  available: boolean;        // picked, or could be added to the draft as it stands
  reason: string;            // why it cannot be added, or ''
  /** the picked move that would have to go for this one to be added, if that is the obstacle */
  blockedBy?: MoveKey;
}

/** One move open or locked on an empty draft (legalActions). */
export type ActionOption = Omit<MoveOption, 'picked'>;

export interface DraftPlan {
  /** the picks that stand, one per move, in canonical order */
  actions: Action[];
  /** picks that cannot stand with the others (or repeat a move), with the reason */
  dropped: { action: Action; reason: string }[];
  options: MoveOption[];
}

/** Most moves a year can hold: one of each. */
export const MAX_MOVES_PER_YEAR = MOVES.length;

const ranks = new Int32Array(MAX_MOVES_PER_YEAR);
const order = new Int32Array(MAX_MOVES_PER_YEAR);

function byRank(actions: readonly Action[]): Action[] {
  return actions
    .map((action, index) => ({ action, index, rank: rankOf(keyOf(action)) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.action);
}

/**
 * Checks a year's decisions as a set and records them on the draft of the state, in canonical order.
 * Returns an error message (naming the move by its place in the list given) or ''.
 */
export function applyDecisions(draft: State, scenario: Scenario, decisions: YearDecisions): string {
  if (draft.finished) return `the game is over: ${draft.lastYear} was the last year`;
  if (!decisions || typeof decisions !== 'object') return 'decisions must be an object';
  if (decisions.year !== draft.year) return `decisions are for ${describeValue(decisions.year)}, but the year to play is ${draft.year}`;
  if (!Array.isArray(decisions.actions)) return `${decisions.year}: actions must be a list`;
  const actions = decisions.actions as unknown[];
  if (actions.length > MAX_MOVES_PER_YEAR) return `${decisions.year}: ${actions.length} moves, but a year holds at most one of each (${MAX_MOVES_PER_YEAR})`;
  // Ranks and list positions in scratch arrays: a year holds at most one move of each kind, and this
  // runs every year of every replay, so it allocates nothing.
  const count = actions.length;
  for (let i = 0; i < count; i++) {
    const action = actions[i] as { kind?: unknown } | null | undefined;
    if (!action || typeof action !== 'object' || !isActionKind(action.kind)) {
      return `${decisions.year} action ${i + 1}: unknown action ${describeValue(action?.kind)}`;
    }
    const shape = shapeError(action as Action);
    if (shape) return `${decisions.year} action ${i + 1}: ${shape}`;
    const rank = rankOfAction(action as Action);
    for (let j = 0; j < i; j++) {
      if (ranks[j] === rank) return `${decisions.year} action ${i + 1}: ${keyOf(action as Action)} appears twice in one year`;
    }
    ranks[i] = rank;
    // Insertion into canonical order: positions sorted by rank (ranks are distinct by now).
    let at = i;
    while (at > 0 && ranks[order[at - 1]!]! > rank) { order[at] = order[at - 1]!; at--; }
    order[at] = i;
  }
  for (let n = 0; n < count; n++) {
    const index = order[n]!;
    const action = actions[index] as Action;
    const reason = lockReason(draft, scenario, action, earliestAt(ranks[index]!));
    if (reason) return `${decisions.year} action ${index + 1}: ${keyOf(action)} is locked in ${draft.year}: ${reason}`;
    recordMove(draft, action);
  }
  return '';
}

/** Whether a year's decisions are legal on this state as a set: an error message or ''. The state is not changed. */
export function decisionsError(state: State, scenario: Scenario, decisions: YearDecisions): string {
  return applyDecisions(cloneState(state), scenario, decisions);
}

/** A representative action for a move, used to ask whether it could be added. */
function candidate(state: State, move: MoveEntry): Action {
  switch (move.kind) {
    case 'launchService': return move.service === 'ec2' ? { kind: 'launchService', service: 'ec2', team: 'remote' } : { kind: 'launchService', service: move.service! };
    case 'priceCuts': return { kind: 'priceCuts', count: 1, depthPercent: 1 };
    case 'capex': return { kind: 'capex', level: state.capexLevel };
    case 'retailInvestment': return { kind: 'retailInvestment', level: state.retailLevel };
    case 'outageResponse': return { kind: 'outageResponse', plan: 'transparent' };
    default: return { kind: move.kind } as Action;
  }
}

/** Records the moves in canonical order; returns the first that cannot stand, with its reason. */
function settle(state: State, scenario: Scenario, ordered: readonly Action[]): { kept: Action[]; dropped: { action: Action; reason: string }[] } {
  const draft = cloneState(state);
  const kept: Action[] = [];
  const dropped: { action: Action; reason: string }[] = [];
  for (const action of ordered) {
    const reason = lockReason(draft, scenario, action, moveEntry(keyOf(action)).earliest);
    if (reason) { dropped.push({ action, reason }); continue; }
    recordMove(draft, action);
    kept.push(action);
  }
  return { kept, dropped };
}

/**
 * The year's draft as the engine sees it: the picks that stand (in canonical order, one per move;
 * a pick that cannot stand with the others is dropped with its reason) and, for every move of the
 * catalogue, whether it is picked, could be added, or why not.
 */
export function planDraft(state: State, scenario: Scenario, picks: readonly Action[]): DraftPlan {
  const unique: Action[] = [];
  const dropped: { action: Action; reason: string }[] = [];
  const seen = new Set<string>();
  for (const action of byRank(picks)) {
    const shape = shapeError(action);
    const key = keyOf(action);
    if (shape || seen.has(key)) { dropped.push({ action, reason: shape || `${key} is already picked` }); continue; }
    seen.add(key);
    unique.push(action);
  }
  const settled = settle(state, scenario, unique);
  const actions = settled.kept;
  dropped.push(...settled.dropped);
  const pickedKeys = new Set(actions.map(keyOf));
  const options = MOVES.map((move): MoveOption => {
    const base = { key: move.key, kind: move.kind, ...(move.service ? { service: move.service } : {}) };
    if (state.finished) return { ...base, picked: false, available: false, reason: `the game is over: ${state.lastYear} was the last year` };
    if (pickedKeys.has(move.key)) return { ...base, picked: true, available: true, reason: '' };
    return { ...base, picked: false, ...canAdd(state, scenario, actions, candidate(state, move)) };
  });
  return { actions, dropped, options };
}

/** Whether one more move can join the draft: it must stand, and every pick must still stand with it. */
function canAdd(state: State, scenario: Scenario, actions: readonly Action[], action: Action): { available: boolean; reason: string; blockedBy?: MoveKey } {
  const key = keyOf(action);
  const trial = settle(state, scenario, byRank([...actions, action]));
  const failed = trial.dropped[0];
  if (!failed) return { available: true, reason: '' };
  if (keyOf(failed.action) === key) return { available: false, reason: failed.reason };
  const blockedBy = keyOf(failed.action);
  return { available: false, reason: `cannot be picked with ${blockedBy} this year`, blockedBy };
}

/** Every move of the year on an empty draft, open or locked, so nobody has to try a move to find out. */
export function legalActions(state: State, scenario: Scenario): ActionOption[] {
  if (state.finished) return [];
  return planDraft(state, scenario, []).options.map(({ picked: _picked, blockedBy: _blockedBy, ...option }) => option);
}

/** The price cut chosen this year, or none. */
export function priceCutOf(decisions: YearDecisions): { count: number; depth: number } {
  for (const action of decisions.actions) {
    if (action.kind === 'priceCuts') return { count: action.count, depth: action.depthPercent / 100 };
  }
  return NO_CUT;
}

const NO_CUT = Object.freeze({ count: 0, depth: 0 });

/** What the draft says of one move of the catalogue. */
export function optionFor(plan: DraftPlan, key: MoveKey): MoveOption {
  return plan.options.find((option) => option.key === key)!;
}
