import { describe, expect, it } from 'vitest';
import { playDecisions } from '../../src/app/replay';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { historyPath, type WatchedReplay } from '../../src/store/replays';
import { watchView } from '../../src/ui/view/watch';
import { spanScore } from '../../src/app/result';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

function watched(kind: WatchedReplay['kind'], years: number, change = false, classGame: WatchedReplay['classGame'] = null): WatchedReplay {
  const path = historyPath(scenario).slice(0, years);
  if (change) path[1] = { year: path[1]!.year, actions: [] };
  const played = playDecisions(scenario, 'watch-seed', path);
  if (!played.ok) throw new Error(played.error);
  return { ...played.game, kind, returnTo: 'title', classGame };
}

describe('the watch view', () => {
  it('shows history\'s year with its decisions, its why and the figures so far', () => {
    const view = watchView(watched('history', 21), 6);
    const year = scenario.firstYear + 6;
    expect(view.year).toBe(year);
    expect(view.noteTitle).toBe('Why');
    expect(view.note).toBe(scenario.history.find((h) => h.year === year)!.why);
    expect(view.charts.every((c) => c.values.length === 8 && c.ghost === null)).toBe(true);
    expect(view.ghosts).toBeNull();
    expect(view.years).toHaveLength(21);
    expect(view).toMatchObject({ canBack: true, canForward: true, canFork: true, forkLabel: `Play on from ${year + 1}` });
  });

  it('marks where another path differs from history that year, with history as a ghost', () => {
    const own = watched('own', 2, true);
    const differs = watchView(own, 1);
    expect(differs.noteTitle).toMatch(/differs/);
    expect(differs.note).not.toMatch(/^Nothing new/);
    expect(differs.charts[0]!.ghost).toHaveLength(differs.charts[0]!.values.length);
    expect(differs.ghosts).not.toBeNull();
    expect(watchView(own, 0).note).toMatch(/^Nothing new/);
  });

  it('in a class competition that hides history, shows no ghost and no comparison, and the team\u2019s score', () => {
    const scoreSpan = { firstYear: 2016, lastYear: 2020 };
    const hidden = watchView(watched('own', 21, false, { ghost: false, scoreSpan }), 20);
    expect(hidden.ghosts).toBeNull();
    expect(hidden.charts.every((c) => c.ghost === null)).toBe(true);
    expect(hidden.note).toMatch(/History stays hidden/);
    const game = watched('own', 21);
    const own = spanScore(game.reports.map((r) => r.figures), 2016, 2020).total;
    expect(hidden.score).toBe(`Final score ${Math.round(own)} / 1000`);
    const shown = watchView(watched('own', 21, false, { ghost: true, scoreSpan }), 20);
    expect(shown.ghosts).not.toBeNull();
  });

  it('clamps the year and knows the ends', () => {
    const view = watchView(watched('shared', 3), 99);
    expect(view).toMatchObject({ index: 2, canForward: false, canBack: true });
    expect(watchView(watched('shared', 3), -4)).toMatchObject({ index: 0, canBack: false });
    const last = watchView(watched('history', 21), 20);
    expect(last).toMatchObject({ canFork: false, forkLabel: 'Nothing left to play' });
    expect(last.score).toMatch(/^Final score \d+ \/ 1000$/);
  });
});
