import { describe, expect, it } from 'vitest';
import { runCampaign } from '../../../src/engine';
import { loadBundledScenarios } from '../../../src/app/scenarios';
import { reportNews } from '../../../src/ui/dom/reportDom';
import { yearNews } from '../../../src/ui/dom/yearDom';
import { reportView } from '../../../src/ui/view/report';
import { yearView } from '../../../src/ui/view/year';
import { historyPrefix } from '../../helpers/historyPrefix';

// What the live region says when a year opens and when its report comes: built from the same
// view models as the screens, so it says what they show.

const scenario = loadBundledScenarios().scenarios[0]!.scenario;
const campaign = runCampaign(scenario, scenario.defaultSeed, scenario.history);
if (!campaign.ok) throw new Error(campaign.error);

describe('announcements', () => {
  it('a report says the year is over, every headline figure\u2019s change and the year\u2019s score', () => {
    for (const report of campaign.reports) {
      const view = reportView(report, false);
      const said = reportNews(view);
      expect(said.startsWith(`${report.year} is over. Annual report ${report.year}:`)).toBe(true);
      for (const block of view.blocks) expect(said).toContain(`${block.label} ${block.direction === 'flat' ? '' : `${block.direction} `}${block.changeText}`);
      expect(said).toContain(view.scoreText);
    }
  });

  it('a year says its number, its place in the run and its news', () => {
    const game = historyPrefix(scenario, 5);
    const view = yearView({ scenario, start: game.start, state: game.state, reports: game.reports, selection: [] });
    const said = yearNews(view);
    expect(said).toContain(`${scenario.firstYear + 5}, Year 6 of 21.`);
    expect(said).toContain(view.news);
  });
});
