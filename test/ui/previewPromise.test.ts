import { describe, expect, it } from 'vitest';
import { applyTurn, newGame, runCampaign, type Action, type Scenario, type State, type YearDecisions } from '../../src/engine';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { CARD_KEYS, findMove, moveKeyOf, normalise, toggleMove, type CardKey } from '../../src/store/selection';
import { moveEffect } from '../../src/ui/view/effects';
import { figureValue, HEADLINES } from '../../src/ui/view/figures';
import { moveAvailability, moveInScenario } from '../../src/ui/view/options';
import { randomPlaythrough } from '../helpers/randomPlayer';

// A preview is a promise kept: for every move open in every year of history's path and of 100 random
// legal paths, the card's figures by the last year and its effect on the final score are exactly what
// happens when the game is played to its end with the move and without it, and no other change.

const scenario: Scenario = loadBundledScenarios().scenarios[0]!.scenario;
const seed = scenario.defaultSeed;

/** The game played to its end: the path so far, this year's moves, and no new move after. */
function playedToEnd(before: readonly YearDecisions[], year: number, actions: readonly Action[]) {
  const path: YearDecisions[] = [...before, { year, actions: [...actions] }];
  for (let y = year + 1; y <= scenario.lastYear; y++) path.push({ year: y, actions: [] });
  const run = runCampaign(scenario, seed, path, { reports: false, yearHashes: false });
  if (!run.ok) throw new Error(`${year}: ${run.error}`);
  return { score: run.state.score.total, last: run.years.at(-1)! };
}

function checkPath(path: readonly YearDecisions[], states: readonly State[]): number {
  let pairs = 0;
  for (let i = 0; i < path.length; i++) {
    const state = i === 0 ? newGame(scenario, seed) : states[i - 1]!;
    const year = state.year;
    const selection = normalise(scenario, state, path[i]!.actions);
    const open = moveAvailability(scenario, state, selection);
    for (const key of CARD_KEYS) {
      if (!moveInScenario(scenario, key)) continue;
      const picked = findMove(selection, key);
      if (!picked && !open.get(key)?.available) continue;
      const effect = moveEffect(scenario, state, selection, key as CardKey);
      const withIt = picked ? selection : toggleMove(scenario, state, selection, key);
      if (!withIt.some((a) => moveKeyOf(a) === key)) continue;
      const without = normalise(scenario, state, selection.filter((a) => moveKeyOf(a) !== key));
      const a = playedToEnd(path.slice(0, i), year, withIt);
      const b = playedToEnd(path.slice(0, i), year, without);
      expect(effect, `${key} in ${year}`).not.toBeNull();
      expect(effect!.score, `${key} in ${year}: score`).toBe(a.score - b.score);
      for (const h of HEADLINES) {
        const f = effect!.figures.find((x) => x.key === h.key)!;
        expect(f.later, `${key} in ${year}: ${h.key} by ${scenario.lastYear}`).toBe(figureValue(a.last, h.key) - figureValue(b.last, h.key));
      }
      pairs++;
    }
  }
  return pairs;
}

describe('a preview is a promise kept', () => {
  it('on history\u2019s path and 100 random legal paths, every open move\u2019s preview is what happened', () => {
    // History's states year by year, from its decisions.
    const historyStates: State[] = [];
    let state = newGame(scenario, seed);
    const path: YearDecisions[] = [];
    for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
      const decisions = scenario.history.find((d) => d.year === year) ?? { year, actions: [] };
      path.push(decisions);
      const played = applyTurn(scenario, state, decisions, false);
      if (!played.ok) throw new Error(played.error);
      state = played.state;
      historyStates.push(state);
    }
    let pairs = checkPath(path, historyStates);
    for (let p = 0; p < 100; p++) {
      const run = randomPlaythrough(scenario, seed, `preview-${p}`);
      pairs += checkPath(run.path, run.states);
    }
    console.log(`preview promise: ${pairs} (move, year) pairs checked`);
    expect(pairs).toBeGreaterThan(2000);
  }, 300_000);
});
