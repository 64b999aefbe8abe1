import { describe, expect, it } from 'vitest';
import { applyTurn, type Action, type State } from '../../src/engine';
import { playDecisions } from '../../src/app/replay';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { compare, moveEffect, planEffect, project } from '../../src/ui/view/effects';
import { HEADLINES } from '../../src/ui/view/figures';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

function stateAt(year: number): State {
  const played = playDecisions(scenario, scenario.defaultSeed, scenario.history.filter((h) => h.year < year)
    .concat([]).map((h) => ({ year: h.year, actions: h.actions })));
  if (!played.ok) throw new Error(played.error);
  // Years without a history entry still need playing in order.
  let state = played.game.state;
  while (state.year < year) {
    const r = applyTurn(scenario, state, { year: state.year, actions: [] });
    if (!r.ok) throw new Error(r.error);
    state = r.state;
  }
  return state;
}

describe('effect previews', () => {
  const state = stateAt(2006);

  it('are the difference of two engine runs to the last year, with and without the move, score included', () => {
    const withIt: Action[] = [{ kind: 'launchService', service: 's3' }];
    const a = project(scenario, state, withIt)!;
    const b = project(scenario, state, [])!;
    const effect = moveEffect(scenario, state, [], 'launchService:s3')!;
    expect(effect).toEqual(compare(a, b));
    for (const f of effect.figures) {
      expect(f.now).toBeCloseTo(a.now[f.key] - b.now[f.key], 9);
      expect(f.later).toBeCloseTo(a.later[f.key] - b.later[f.key], 9);
    }
    expect(effect.horizonYear).toBe(scenario.lastYear);
    expect(effect.score).toBe(a.score - b.score);
    expect(effect.gamble).toBeNull();
  });

  it('play this game\u2019s own world, so what they show is what will happen if nothing else changes', () => {
    const other = { ...state, draws: state.draws.map((d) => ({ ...d, outage: 0.999, jediPolitics: 0.001 })) };
    expect(project(scenario, other, [])!.score).not.toBe(project(scenario, state, [])!.score);
  });

  it('give a gamble\u2019s range across a few ordinary worlds: the JEDI bid can win or lose', () => {
    const bidYear = scenario.jedi!.bidYear;
    const effect = moveEffect(scenario, stateAt(bidYear), [], 'jedi')!;
    expect(effect.gamble).not.toBeNull();
    expect(effect.gamble!.low).toBeLessThan(0);
    expect(effect.gamble!.high).toBeGreaterThan(0);
  });

  it('pick the largest changes as highlights, in order', () => {
    const effect = moveEffect(scenario, state, [], 'launchService:ec2')!;
    expect(effect.highlights.length).toBeLessThanOrEqual(2);
    for (const h of effect.highlights) expect(h.size).toBeGreaterThan(0);
    expect(effect.figures.map((f) => f.key)).toEqual(HEADLINES.map((h) => h.key));
  });

  it('return nothing for a locked move', () => {
    const start = stateAt(scenario.firstYear);
    expect(moveEffect(scenario, start, [], 'launchService:ec2')).toBeNull();
  });

  it('show no change for an empty plan', () => {
    const effect = planEffect(scenario, state, [])!;
    for (const f of effect.figures) {
      expect(f.now).toBe(0);
      expect(f.later).toBe(0);
    }
  });
});
