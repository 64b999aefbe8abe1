import { describe, expect, it } from 'vitest';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { historyPrefix } from '../helpers/historyPrefix';
import { newsLine, historyHint, describeActions } from '../../src/ui/view/news';
import { yearView } from '../../src/ui/view/year';
import { spanScore } from '../../src/app/result';
import { yearDetail } from '../../src/ui/view/yearDetail';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

function gameAfter(years: number) {
  return historyPrefix(scenario, years);
}

describe('year view', () => {
  it('puts a scheduled event in the news line', () => {
    const game = gameAfter(0);
    const event = scenario.events.find((e) => e.year === scenario.firstYear);
    if (event) expect(newsLine(scenario, game.state)).toContain(event.headline);
  });

  it('in a competition, "score so far" counts only the teams\u2019 years, as the board will', () => {
    const game = gameAfter(18);
    const whole = yearView({ scenario, start: game.start, state: game.state, reports: game.reports, selection: [] });
    expect(whole.scoreText).toBe(`${Math.round(game.state.score.total)} of the 1000 possible, 18 years of 21 played`);
    expect(whole.progress).toBe('Year 19 of 21');
    const span = { firstYear: 2016, lastYear: 2020 };
    const team = yearView({ scenario, start: game.start, state: game.state, reports: game.reports, selection: [], scoreSpan: span });
    const own = spanScore(game.reports.map((r) => r.figures), 2016, 2020).total;
    // 2016-2017 played of the teams' 2016-2020: their own turns only
    expect(team.scoreText).toBe(`${Math.round(own)} of the 1000 possible, 2 years of 5 played`);
    expect(team.progress).toBe('Turn 3 of 5');
    expect(Math.round(own)).not.toBe(Math.round(game.state.score.total));
  });

  it('previews every open or picked card and nothing else', () => {
    const game = gameAfter(6);
    const view = yearView({ scenario, start: game.start, state: game.state, reports: game.reports, selection: [] });
    for (const card of view.cards) {
      const previewed = view.moveEffects.has(card.key);
      expect(previewed).toBe(card.status === 'open' || card.status === 'picked');
    }
    expect(view.rows).toHaveLength(8);
    expect(view.progress).toContain(`of ${scenario.lastYear - scenario.firstYear + 1}`);
  });

  it('details the focused card with this year and the horizon', () => {
    const game = gameAfter(6);
    const view = yearView({ scenario, start: game.start, state: game.state, reports: game.reports, selection: [] });
    const open = view.cards.find((c) => c.status === 'open');
    if (!open) return;
    const detail = yearDetail(view, open.key, '');
    expect(detail.rows).toHaveLength(2);
    expect(detail.rows![1]!.label).toContain(String(view.plan!.horizonYear));
    const locked = view.cards.find((c) => c.status === 'locked');
    if (locked) expect(yearDetail(view, locked.key, '').message).toContain('Not possible');
  });

  it('tells what the real company did', () => {
    const entry = scenario.history[0]!;
    const hint = historyHint(scenario, entry.year)!;
    expect(hint.why).toBe(entry.why);
    expect(hint.did).toBe(describeActions(entry.actions));
    expect(describeActions([])).toBe('No new moves.');
  });
});
