import {
  keyOf, MOVES, planDraft, PRICE_CUTS_MAX, PRICE_DEPTH_MAX, PRICE_DEPTH_PER_CUT_MAX,
  type Action, type Level, type MoveKey, type OutagePlan, type Scenario, type ServiceId, type State, type Team, type YearDecisions,
} from '../engine';

// The year's draft as the player picks it. Which picks stand, in what order, and what else could be
// added are the engine's to say (planDraft); this file only turns a player's intent into picks.

/**
 * A one-off move shown as a card: the engine's one-off moves, except that the JEDI card is one story
 * in two moves, the bid and later a protest if the award is lost.
 */
export type CardKey = Exclude<MoveKey, 'priceCuts' | 'capex' | 'retailInvestment' | 'outageResponse' | 'bidJedi' | 'protestJedi'> | 'jedi';

export type LeverKind = 'capex' | 'retailInvestment';

const cardOf = (key: MoveKey): CardKey => (key === 'bidJedi' || key === 'protestJedi' ? 'jedi' : key as CardKey);

/** The cards in the catalogue's order. */
export const CARD_KEYS: readonly CardKey[] = [...new Set(MOVES.filter((move) => move.role === 'oneOff').map((move) => cardOf(move.key)))];

/** The card an action belongs to, if it is a one-off move. */
export function moveKeyOf(action: Action): CardKey | null {
  const key = keyOf(action);
  return MOVES.some((move) => move.key === key && move.role === 'oneOff') ? cardOf(key) : null;
}

/** Which JEDI move the card stands for now: the bid until one is made, then the protest. */
export function jediMove(state: State): 'bidJedi' | 'protestJedi' {
  return state.jedi === 'none' ? 'bidJedi' : 'protestJedi';
}

export function actionForMove(state: State, key: CardKey, team?: Team): Action {
  if (key.startsWith('launchService:')) {
    const service = key.slice('launchService:'.length) as ServiceId;
    return service === 'ec2' ? { kind: 'launchService', service, team: team ?? 'remote' } : { kind: 'launchService', service };
  }
  if (key === 'jedi') return { kind: jediMove(state) };
  return { kind: key } as Action;
}

export function findMove(selection: readonly Action[], key: CardKey): Action | undefined {
  return selection.find((action) => moveKeyOf(action) === key);
}

/** The picks that stand, in the engine's canonical order; a pick that cannot stand with the rest is dropped. */
export function normalise(scenario: Scenario, state: State, selection: readonly Action[]): Action[] {
  return planDraft(state, scenario, selection).actions;
}

/** Picks or drops a card's move. Compute (EC2) cycles: off, remote team, core team, off. */
export function toggleMove(scenario: Scenario, state: State, selection: readonly Action[], key: CardKey): Action[] {
  const current = findMove(selection, key);
  const others = selection.filter((action) => moveKeyOf(action) !== key);
  if (current) {
    if (current.kind === 'launchService' && current.service === 'ec2' && (current.team ?? 'remote') === 'remote') {
      return normalise(scenario, state, [...others, actionForMove(state, key, 'core')]);
    }
    return normalise(scenario, state, others);
  }
  return normalise(scenario, state, [...others, actionForMove(state, key)]);
}

export function setTeam(scenario: Scenario, state: State, selection: readonly Action[], team: Team): Action[] {
  const others = selection.filter((action) => keyOf(action) !== 'launchService:ec2');
  return normalise(scenario, state, [...others, actionForMove(state, 'launchService:ec2', team)]);
}

/** The level a lever will have this year: the draft's choice, else last year's, carried over. */
export function leverLevel(state: State, selection: readonly Action[], kind: LeverKind): Level {
  for (const action of selection) {
    if (action.kind === kind) return action.level;
  }
  return kind === 'capex' ? state.capexLevel : state.retailLevel;
}

export function setLever(scenario: Scenario, state: State, selection: readonly Action[], kind: LeverKind, level: Level): Action[] {
  const others = selection.filter((action) => action.kind !== kind);
  const carried = kind === 'capex' ? state.capexLevel : state.retailLevel;
  // A lever set back to where it already is needs no action: it carries over anyway.
  const next = level === carried ? others : [...others, { kind, level } as Action];
  return normalise(scenario, state, next);
}

export interface PriceCuts {
  count: number;
  depthPercent: number;
}

export function priceCuts(selection: readonly Action[]): PriceCuts {
  for (const action of selection) {
    if (action.kind === 'priceCuts') return { count: action.count, depthPercent: action.depthPercent };
  }
  return { count: 0, depthPercent: 0 };
}

/** The deepest total cut that many cuts may reach. */
export function maxDepth(count: number): number {
  return Math.min(PRICE_DEPTH_MAX, count * PRICE_DEPTH_PER_CUT_MAX);
}

/**
 * Brings a requested price cut into the engine's limits: whole cuts from 0 to the maximum, a depth
 * of at least 1% per year once there is a cut, and no deeper than the cuts allow.
 */
export function clampPriceCuts(request: PriceCuts, previous: PriceCuts): PriceCuts {
  const count = Math.max(0, Math.min(PRICE_CUTS_MAX, Math.round(request.count)));
  if (count === 0) return { count: 0, depthPercent: 0 };
  let depth = Math.round(request.depthPercent);
  // Going from no cut to one: start from a modest default rather than nothing.
  if (previous.count === 0 && depth <= 0) depth = Math.min(5, maxDepth(count));
  depth = Math.max(1, Math.min(maxDepth(count), depth));
  return { count, depthPercent: depth };
}

/** The next depth a stepper press gives: 1% at a time up to 10%, then 5% at a time, so 40% is a few presses away. */
export function depthStep(depth: number, step: 1 | -1): number {
  if (step > 0) return depth < 10 ? depth + 1 : depth + 5;
  return depth > 10 ? Math.max(10, depth - 5) : depth - 1;
}

/** Last year's price cuts, carried into the new year's selection where they can still stand. */
export function carriedPriceCuts(scenario: Scenario, state: State, lastYear: YearDecisions): Action[] {
  const cut = lastYear.actions.find((a) => a.kind === 'priceCuts');
  return cut ? normalise(scenario, state, [{ ...cut }]) : [];
}

export function setPriceCuts(scenario: Scenario, state: State, selection: readonly Action[], request: PriceCuts): Action[] {
  const cuts = clampPriceCuts(request, priceCuts(selection));
  const others = selection.filter((action) => action.kind !== 'priceCuts');
  const next = cuts.count > 0 ? [...others, { kind: 'priceCuts', count: cuts.count, depthPercent: cuts.depthPercent } as Action] : others;
  return normalise(scenario, state, next);
}

/** The response chosen to this year's major outage, if any. */
export function outagePlan(selection: readonly Action[]): OutagePlan | null {
  for (const action of selection) {
    if (action.kind === 'outageResponse') return action.plan;
  }
  return null;
}

export function setOutagePlan(scenario: Scenario, state: State, selection: readonly Action[], plan: OutagePlan | null): Action[] {
  const others = selection.filter((action) => action.kind !== 'outageResponse');
  return normalise(scenario, state, plan ? [...others, { kind: 'outageResponse', plan }] : others);
}
