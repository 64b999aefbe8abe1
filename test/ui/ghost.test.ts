import { describe, expect, it } from 'vitest';
import { runCampaign } from '../../src/engine';
import { playDecisions } from '../../src/app/replay';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { historyPath } from '../../src/store/replays';
import { divergenceLine, ghostRows, ghostSeries, ghostText, historyGhost } from '../../src/ui/view/ghost';
import { HEADLINES } from '../../src/ui/view/figures';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

describe('the history ghost', () => {
  it('is history played in the game\'s world, computed once per scenario and seed', () => {
    const ghost = historyGhost(scenario, 'ghost-seed')!;
    const run = runCampaign(scenario, 'ghost-seed', scenario.history, { reports: false });
    expect(run.ok && run.years.map((y) => y.netSales)).toEqual(ghost.figures.map((f) => f.netSales));
    expect(historyGhost(scenario, 'ghost-seed')).toBe(ghost);
    expect(historyGhost(scenario, 'other-seed')).not.toBe(ghost);
  });

  it('lines history up with the player\'s series and names its latest value', () => {
    const played = playDecisions(scenario, 'ghost-seed', historyPath(scenario).slice(0, 3));
    if (!played.ok) throw new Error(played.error);
    const ghost = historyGhost(scenario, 'ghost-seed')!;
    const start = played.game.start.last!;
    const series = ghostSeries(ghost, start, 'netSales', 4);
    expect(series).toEqual([start, ...played.game.reports.map((r) => r.figures)].map((f) => f.netSales));
    expect(ghostText(ghost, 'netSales', 0)).toBeNull();
    expect(ghostText(ghost, 'netSales', 3)).toMatch(/^history \$/);
    expect(ghostText(ghost, 'awsRevenue', 1)).toBe('history \u2014');
    expect(ghostRows(ghost, start, HEADLINES.map((h) => h.key), 4)).toHaveLength(HEADLINES.length);
  });

  it('says in words where a path parted from history, newest last, with the count first', () => {
    expect(divergenceLine(scenario, [], scenario.firstYear - 1)).toMatch(/nothing differs/);
    expect(divergenceLine(scenario, historyPath(scenario).slice(0, 5), scenario.firstYear + 4)).toMatch(/history\u2019s calls exactly/);
    const line = divergenceLine(scenario, [{ year: scenario.firstYear, actions: [] }], scenario.firstYear);
    expect(line).toMatch(/^\d+ calls? unlike history\u2019s; latest: /);
  });
});
