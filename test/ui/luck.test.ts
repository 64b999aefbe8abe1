import { describe, expect, it } from 'vitest';
import { LuckRun, luckSeeds } from '../../src/app/luck';
import { playDecisions } from '../../src/app/replay';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { historyPath } from '../../src/store/replays';
import { luckView, progressText } from '../../src/ui/view/luck';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

describe('the luck view', () => {
  it('turns the spreads into fan panels, score rows and plain words', () => {
    const played = playDecisions(scenario, 'luck', historyPath(scenario));
    if (!played.ok) throw new Error(played.error);
    const run = new LuckRun(scenario, scenario.history, luckSeeds('luck', 20));
    run.step(20);
    const spread = run.result();
    const view = luckView({ yours: spread, history: spread, yoursMs: 12.3, historyMs: 45.6, aheadWorlds: 0, waitMs: 57.9 }, played.game, 700);
    expect(view.panels.map((p) => p.label)).toEqual(['Net sales', 'AWS revenue']);
    const sales = view.panels[0]!;
    expect(sales.years).toHaveLength(21);
    expect(sales.own).toHaveLength(21);
    expect(sales.yours.p10.every((v, i) => v <= sales.yours.p50[i]! && sales.yours.p50[i]! <= sales.yours.p90[i]!)).toBe(true);
    expect(view.scores.map((s) => s.own)).toEqual([played.game.state.score.total, 700]);
    expect(view.scoreRange.min).toBeLessThan(spread.scoreBand.p10);
    expect(view.scoreRange.max).toBeGreaterThan(spread.scoreBand.p90);
    expect(view.verdict).toMatch(/beat \d+% of the 20 worlds/);
    expect(view.detail).toMatch(/score the same as history/);
    expect(view.timing).toMatch(/12 ms and 46 ms/);
    // A band under two points wide: no percentile, since where in it the world fell says nothing.
    const narrow = { ...spread, scoreBand: { p10: 347.6, p50: 348, p90: 348.4 } };
    const flat = luckView({ yours: narrow, history: spread, yoursMs: 1, historyMs: 1, aheadWorlds: 0, waitMs: 1 }, played.game, 700);
    expect(flat.verdict).toBe('Luck hardly mattered: in 8 of every 10 worlds your decisions score within 2 points of 348.');
  });

  it('counts the worlds played so far', () => {
    expect(progressText(0.25, 500)).toBe('Replaying the decisions in other worlds: 250 of 1000');
  });
});
