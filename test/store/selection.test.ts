import { describe, expect, it } from 'vitest';
import { PRICE_CUTS_MAX, PRICE_DEPTH_MAX } from '../../src/engine';
import { playDecisions } from '../../src/app/replay';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { clampPriceCuts, findMove, maxDepth, normalise, toggleMove } from '../../src/store/selection';

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
});
