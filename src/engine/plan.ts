import { planDraft, decisionsError } from './draft';
import { newGame } from './game';
import { rankOfAction, type Action } from './moves';
import type { Scenario } from './scenarioTypes';
import { cloneState } from './stateCopy';
import { playYear } from './turn';
import type { State, YearDecisions, YearFigures } from './types';

// A whole game played from a plan that picks each year's moves on the state it reaches: the picks
// that cannot stand are dropped by the engine's own draft, so any plan plays a legal path. One copy
// of the new game, no reports, hashes or event texts: the hot loop of the balance search.

export interface PlayedPlan {
  state: State;
  path: YearDecisions[];
}

/**
 * Plays every year of the scenario on `seed`, each year's moves being `picksFor(state)` filtered by
 * planDraft (picks in canonical order; illegal or locked ones dropped). `onYear` sees each year's
 * figures and the state after it, to read, never to change.
 */
export function playPlan(
  scenario: Scenario, seed: string, picksFor: (state: State) => Action[],
  onYear?: (figures: YearFigures, state: State) => void,
): PlayedPlan {
  const state = cloneState(startOf(scenario, seed));
  const path: YearDecisions[] = [];
  while (!state.finished) {
    const year = state.year;
    const picks = picksFor(state);
    // A set that stands as it is needs no draft: the same moves planDraft would keep, in its order.
    const actions = picks.length === 0 ? picks
      : decisionsError(state, scenario, { year, actions: picks }) === '' ? canonical(picks)
        : planDraft(state, scenario, picks).actions;
    const decisions: YearDecisions = { year, actions };
    const played = playYear(scenario, state, decisions, false, false);
    if (typeof played === 'string') throw new Error(`playPlan ${year}: the draft kept a move the turn refused: ${played}`);
    path.push(decisions);
    onYear?.(played.figures, state);
  }
  return { state, path };
}

// A search plays thousands of games on one seed in a row: the new game (its world drawn from the
// seed) is made once per scenario and seed and only ever copied, never changed.
let lastStart: { scenario: Scenario; seed: string; state: State } | null = null;

function startOf(scenario: Scenario, seed: string): State {
  if (lastStart && lastStart.scenario === scenario && lastStart.seed === seed) return lastStart.state;
  lastStart = { scenario, seed, state: newGame(scenario, seed) };
  return lastStart.state;
}

function canonical(actions: Action[]): Action[] {
  return actions.length < 2 ? actions : [...actions].sort((a, b) => rankOfAction(a) - rankOfAction(b));
}
