import { describe, expect, it } from 'vitest';
import { playDecisions } from '../../src/app/replay';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { historyPath } from '../../src/store/replays';
import { debriefView, effectText } from '../../src/ui/view/debrief';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

describe('the debrief', () => {
  it('writes each year\'s share of the gap in points to a tenth, one point in the singular', () => {
    expect(effectText(12.44, 3.2)).toEqual({ text: '\u25B2 +12.4 points, sales +$3.2B', direction: 'up' });
    expect(effectText(-7.6, 0)).toEqual({ text: '\u25BC \u22127.6 points', direction: 'down' });
    expect(effectText(1.04, 0)).toEqual({ text: '\u25B2 +1.0 point', direction: 'up' });
    expect(effectText(0.02, 0)).toEqual({ text: '\u00B10.0 points', direction: 'flat' });
  });

  it('charts the run against history and lists where they parted, oldest first', () => {
    const path = historyPath(scenario);
    // History's last three years left undone: nothing later can depend on them.
    for (let i = path.length - 3; i < path.length; i++) path[i] = { year: path[i]!.year, actions: [] };
    const played = playDecisions(scenario, 'debrief', path);
    if (!played.ok) throw new Error(played.error);
    const g = played.game;
    const view = debriefView(scenario, 'debrief', g.start.last!, g.reports, g.decisions);
    expect(view.charts.map((c) => c.label)).toEqual(['Net sales', 'Operating income', 'AWS revenue', 'AWS margin', 'Cloud share']);
    expect(view.charts.every((c) => c.yours.length === 22 && c.history?.length === 22)).toBe(true);
    expect(view.rows.length).toBeGreaterThan(0);
    expect(view.rows.map((r) => r.year)).toEqual([...view.rows.map((r) => r.year)].sort((a, b) => a - b));
    expect(view.rows.every((r) => /points?(, sales|$)/.test(r.effect))).toBe(true);
    expect(view.rows.some((r) => /could not/.test(r.effect))).toBe(false);
    expect(view.summary).toMatch(/one year at a time, in order, so the lines add up to the whole gap/);
  });

  it('has nothing to list for history\'s own path', () => {
    const played = playDecisions(scenario, 'debrief', historyPath(scenario));
    if (!played.ok) throw new Error(played.error);
    const g = played.game;
    expect(debriefView(scenario, 'debrief', g.start.last!, g.reports, g.decisions).rows).toEqual([]);
  });
});
