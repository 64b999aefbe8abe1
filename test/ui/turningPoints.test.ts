import { describe, expect, it } from 'vitest';
import { runCampaign, newGame } from '../../src/engine';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { MAX_TURNING_POINTS, MIN_TURNING_POINTS, turningPoints } from '../../src/ui/view/turningPoints';
import { endingView } from '../../src/ui/view/ending';
import { competitionScenario, newCompetition, teamPath } from '../../src/app/competition';
import { scoreTeam } from '../../src/app/result';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

function run(path: typeof scenario.history, seed = scenario.defaultSeed) {
  const campaign = runCampaign(scenario, seed, path);
  if (!campaign.ok) throw new Error(campaign.error);
  const decisions = [];
  for (let year = scenario.firstYear; year <= scenario.lastYear; year++) decisions.push(path.find((h) => h.year === year) ?? { year, actions: [] });
  return { campaign, decisions };
}

describe('turning points', () => {
  it.each([
    ['the real path', scenario.history],
    ['a run with no moves at all', []],
  ])('tells five to eight of them, in year order, for %s', (_name, path) => {
    const { campaign, decisions } = run(path);
    const points = turningPoints(decisions, campaign.reports, newGame(scenario, scenario.defaultSeed).last!);
    expect(points.length).toBeGreaterThanOrEqual(MIN_TURNING_POINTS);
    expect(points.length).toBeLessThanOrEqual(MAX_TURNING_POINTS);
    const years = points.map((p) => p.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (const p of points) expect(p.text.length).toBeGreaterThan(10);
  });

  it('keeps each to one clause, short enough for its line on the Ending (about 70 characters)', () => {
    const { campaign, decisions } = run(scenario.history);
    const points = turningPoints(decisions, campaign.reports, newGame(scenario, scenario.defaultSeed).last!);
    const jedi = points.find((p) => p.text.startsWith('JEDI goes to'));
    expect(jedi?.text).toMatch(/^JEDI goes to Microsoft despite a \d+% chance going in\.$/);
    for (const p of points) {
      expect(p.text).not.toContain('; ');
      expect(p.text.length).toBeLessThanOrEqual(72);
    }
  });
});

describe('ending', () => {
  it('shows a scorecard whose parts add up to the total', () => {
    const { campaign, decisions } = run(scenario.history);
    const start = newGame(scenario, scenario.defaultSeed);
    const view = endingView(scenario, start, campaign.state, decisions, campaign.reports);
    const sum = view.parts.reduce((s, p) => s + p.value, 0);
    expect(sum).toBeCloseTo(campaign.state.score.total, 6);
    expect(view.total).toBe(Math.round(campaign.state.score.total));
    expect(view.comparison).toContain('Exactly');
    for (const chart of view.charts) {
      expect(chart.yours).toHaveLength(campaign.reports.length + 1);
      expect(chart.history).toEqual(chart.yours);
    }
  });

  it('in a class competition, shows the score the leaderboard will give: the team\u2019s years only', () => {
    for (const ghost of [true, false]) {
      const c = newCompetition(scenario, { seed: 'class-7', firstYear: 2016, lastYear: 2020, ghost });
      const own = [{ year: 2016, actions: [{ kind: 'priceCuts' as const, count: 4, depthPercent: 20 }] }];
      const world = competitionScenario(scenario, c);
      const campaign = runCampaign(world, c.seed, teamPath(world, c, own));
      if (!campaign.ok) throw new Error(campaign.error);
      const scored = scoreTeam(scenario, c, own);
      if (typeof scored === 'string') throw new Error(scored);
      const path = teamPath(world, c, own);
      const view = endingView(world, newGame(world, c.seed), campaign.state, path, campaign.reports, { firstYear: 2016, lastYear: 2020, showHistory: ghost });
      expect(view.total).toBe(Math.round(scored.score.total));
      expect(view.totalText).toBe(scored.score.total.toFixed(1));
      expect(view.total).not.toBe(Math.round(campaign.state.score.total));
      expect(view.parts.reduce((sum, p) => sum + p.value, 0)).toBeCloseTo(scored.score.total, 6);
      expect(view.title).toMatch(/^2016\u20132020/);
      // Only the team's years tell its story: history's earlier moves are not the team's calls.
      expect(view.turningPoints.length).toBeGreaterThan(0);
      for (const point of view.turningPoints) expect(point.year).toBeGreaterThanOrEqual(2016);
      if (ghost) {
        expect(view.comparison).toMatch(/real company\u2019s decisions score \d+/);
        expect(view.charts[0]!.history).not.toBeNull();
      } else {
        expect(view.comparison).toMatch(/hidden/);
        for (const chart of view.charts) expect(chart.history).toBeNull();
      }
    }
  });
});
