import { describe, expect, it } from 'vitest';
import { PRICE_CUTS_MAX, PRICE_DEPTH_MAX } from '../../src/engine';
import { playDecisions } from '../../src/app/replay';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { carriedPriceCuts, clampPriceCuts, depthStep, findMove, maxDepth, normalise, toggleMove } from '../../src/store/selection';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

describe('selection', () => {
  it('orders a draft so each move follows what it relies on', () => {
    const played = playDecisions(scenario, 's', [
      { year: scenario.firstYear, actions: [] }, { year: scenario.firstYear + 1, actions: [] },
    ]);
    if (!played.ok) throw new Error(played.error);
    const state = played.game.state;
    const draft = normalise(scenario, state, [{ kind: 'openDeveloperPlatform' }, { kind: 'apiMandate' }]);
    expect(draft.map((a) => a.kind)).toEqual(['apiMandate', 'openDeveloperPlatform']);
  });

  it('drops duplicates', () => {
    const played = playDecisions(scenario, 's', []);
    if (!played.ok) throw new Error(played.error);
    const draft = normalise(scenario, played.game.state, [{ kind: 'openMarketplace' }, { kind: 'openMarketplace' }]);
    expect(draft).toEqual([{ kind: 'openMarketplace' }]);
  });

  it('toggles a move on and off', () => {
    const played = playDecisions(scenario, 's', []);
    if (!played.ok) throw new Error(played.error);
    const on = toggleMove(scenario, played.game.state, [], 'openMarketplace');
    expect(findMove(on, 'openMarketplace')).toBeDefined();
    expect(toggleMove(scenario, played.game.state, on, 'openMarketplace')).toEqual([]);
  });

  it('clamps price cuts to what the engine accepts', () => {
    const none = { count: 0, depthPercent: 0 };
    expect(clampPriceCuts({ count: 1, depthPercent: 0 }, none)).toEqual({ count: 1, depthPercent: 5 });
    expect(clampPriceCuts({ count: 1, depthPercent: 50 }, none).depthPercent).toBe(maxDepth(1));
    expect(clampPriceCuts({ count: 99, depthPercent: 99 }, none)).toEqual({ count: PRICE_CUTS_MAX, depthPercent: PRICE_DEPTH_MAX });
    expect(clampPriceCuts({ count: 3, depthPercent: 0 }, { count: 3, depthPercent: 2 })).toEqual({ count: 3, depthPercent: 1 });
    expect(clampPriceCuts({ count: -1, depthPercent: 5 }, none)).toEqual(none);
  });

  it('steps a cut\'s depth 1% at a time to 10%, then 5%: the deepest cut is a few presses away, and back', () => {
    let depth = 0;
    let presses = 0;
    while (depth < PRICE_DEPTH_MAX) { depth = depthStep(depth, 1); presses++; }
    expect(depth).toBe(PRICE_DEPTH_MAX);
    expect(presses).toBeLessThanOrEqual(16);
    const down: number[] = [];
    for (let d = 20; d > 0; d = depthStep(d, -1)) down.push(d);
    expect(down).toEqual([20, 15, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('carries last year\'s price cuts into the new year where they can stand, and nothing where they cannot', () => {
    const cut = { kind: 'priceCuts', count: 3, depthPercent: 5 } as const;
    const onSale = playDecisions(scenario, 's', scenario.history.filter((d) => d.year < 2008));
    if (!onSale.ok) throw new Error(onSale.error);
    expect(carriedPriceCuts(scenario, onSale.game.state, { year: 2007, actions: [cut] })).toEqual([cut]);
    expect(carriedPriceCuts(scenario, onSale.game.state, { year: 2007, actions: [] })).toEqual([]);
    const nothingOnSale = playDecisions(scenario, 's', []);
    if (!nothingOnSale.ok) throw new Error(nothingOnSale.error);
    expect(carriedPriceCuts(scenario, nothingOnSale.game.state, { year: 2000, actions: [cut] })).toEqual([]);
  });
});
