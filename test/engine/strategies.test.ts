import { describe, expect, it } from 'vitest';
import { runCampaign, type YearDecisions } from '../../src/engine';
import { loadTestScenario } from '../helpers/scenario';
import { strategies } from '../helpers/strategies';

// The model must reward the lessons of the documents, not only reproduce history.

const scenario = loadTestScenario();
const paths = strategies(scenario);
const SEEDS = [scenario.defaultSeed, 'class-a', 'class-b', 'class-c', 'class-d'];

function play(path: YearDecisions[], seed: string) {
  const c = runCampaign(scenario, seed, path, { reports: false });
  if (!c.ok) throw new Error(c.error);
  return c;
}

/** Mean final score over several worlds, so no single lucky draw decides. */
function meanScore(name: string): number {
  return SEEDS.reduce((sum, seed) => sum + play(paths[name]!, seed).state.score.total, 0) / SEEDS.length;
}

const history = meanScore('history');

describe('different strategies end measurably differently', () => {
  it('never opening the platform ends worse than history', () => {
    expect(meanScore('neverOpenThePlatform')).toBeLessThan(history - 10);
  });

  it('renting out spare holiday capacity underperforms a real cloud business by far', () => {
    const spare = meanScore('spareCapacity');
    expect(spare).toBeLessThan(history - 60);
    const seed = scenario.defaultSeed;
    expect(play(paths.spareCapacity!, seed).years.at(-1)!.awsRevenue).toBeLessThan(play(paths.history!, seed).years.at(-1)!.awsRevenue / 5);
  });

  it('staying out of the cloud ends far behind history', () => {
    // Renting holiday machines for good is no better: evicted customers cost trust across the business.
    expect(meanScore('noCloud')).toBeLessThan(history - 100);
  });

  it('skipping the move to service APIs ends worse than history', () => {
    expect(meanScore('noApis')).toBeLessThan(history - 30);
  });

  it('launching before the APIs are done costs more than it gains', () => {
    expect(meanScore('launchBeforeApis')).toBeLessThan(history);
  });

  it('never cutting prices ends worse than history', () => {
    expect(meanScore('neverCutPrices')).toBeLessThan(history - 10);
  });

  it('launching everything in 2003-2004, before the API move is done and the market is ready, loses to history\'s timetable', () => {
    expect(meanScore('earlyCloud')).toBeLessThan(history - 5);
  });
});
