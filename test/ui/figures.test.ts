import { describe, expect, it } from 'vitest';
import { playDecisions } from '../../src/app/replay';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { dashboardRows, figureHistory, HEADLINES } from '../../src/ui/view/figures';
import { formatLevel } from '../../src/ui/view/format';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

describe('dashboard rows', () => {
  it('shows every headline figure with its latest value and a series a year long per year played', () => {
    const played = playDecisions(scenario, scenario.defaultSeed, scenario.history.filter((h) => h.year < scenario.firstYear + 10));
    if (!played.ok) throw new Error(played.error);
    const history = figureHistory(played.game.start.last!, played.game.reports);
    const rows = dashboardRows(history);
    expect(rows.map((r) => r.key)).toEqual(HEADLINES.map((h) => h.key));
    const last = history[history.length - 1]!;
    for (const row of rows) {
      expect(row.series).toHaveLength(history.length);
      const h = HEADLINES.find((x) => x.key === row.key)!;
      if (row.value !== '—') expect(row.value).toBe(formatLevel(h.unit, last[row.key]));
      const delta = last[row.key] - history[history.length - 2]![row.key];
      if (row.direction === 'up') expect(delta).toBeGreaterThan(0);
      if (row.direction === 'down') expect(delta).toBeLessThan(0);
    }
  });

  it('says "not yet" for cloud figures before there is a cloud', () => {
    const played = playDecisions(scenario, scenario.defaultSeed, []);
    if (!played.ok) throw new Error(played.error);
    const rows = dashboardRows(figureHistory(played.game.start.last!, []));
    expect(rows.find((r) => r.key === 'cloudShare')!.change).toBe('not yet');
    expect(rows.find((r) => r.key === 'netSales')!.change).toBe('starting point');
  });
});
