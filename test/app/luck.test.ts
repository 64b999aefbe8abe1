import { describe, expect, it } from 'vitest';
import { LuckRun, luckSeeds, scorePercentile } from '../../src/app/luck';
import { runCampaign } from '../../src/engine';
import { spanScore } from '../../src/app/result';
import { loadTestScenario } from '../helpers/scenario';
import { strategies } from '../helpers/strategies';

const scenario = loadTestScenario();

describe('luck or skill', () => {
  const seeds = luckSeeds(scenario.defaultSeed, 500);
  const run = new LuckRun(scenario, scenario.history, seeds);
  let chunks = 0;
  while (!run.step(50)) chunks++;
  const spread = run.result();

  it('plays every world, in chunks with progress', () => {
    expect(chunks).toBe(9);
    expect(run.progress).toBe(1);
    expect(spread.failed).toBe(0);
    expect(spread.scores).toHaveLength(500);
    expect(new Set(seeds).size).toBe(500);
  });

  it('gives ordered bands for every year and metric', () => {
    for (const band of spread.bands.awsRevenue) {
      expect(band.p10).toBeLessThanOrEqual(band.p50);
      expect(band.p50).toBeLessThanOrEqual(band.p90);
    }
    expect(spread.bands.netSales).toHaveLength(21);
    // The worlds differ: by 2020 the spread is real.
    const last = spread.bands.awsRevenue.at(-1)!;
    expect(last.p90).toBeGreaterThan(last.p10);
  });

  it('places a score among the worlds', () => {
    const own = runCampaign(scenario, scenario.defaultSeed, scenario.history, { reports: false });
    if (!own.ok) throw new Error(own.error);
    const p = scorePercentile(spread, own.state.score.total);
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(1);
    expect(scorePercentile(spread, -1)).toBe(0);
    expect(scorePercentile(spread, 1e9)).toBe(1);
  });

  it('separates skill from luck: a weak strategy stays below history across most worlds', () => {
    const spare = new LuckRun(scenario, strategies(scenario).spareCapacity!, luckSeeds('skill', 60));
    const hist = new LuckRun(scenario, scenario.history, luckSeeds('skill', 60));
    spare.step(60);
    hist.step(60);
    expect(spare.result().scoreBand.p90).toBeLessThan(hist.result().scoreBand.p10);
  });
});

describe('luck or skill in a competition', () => {
  it('scores each world over the teams\u2019 years only, as the leaderboard does', () => {
    const span = { firstYear: 2016, lastYear: 2020 };
    const seeds = luckSeeds('class', 12);
    const team = new LuckRun(scenario, scenario.history, seeds, span);
    while (!team.step(5));
    const whole = new LuckRun(scenario, scenario.history, seeds);
    while (!whole.step(5));
    const expected = seeds.map((seed) => {
      const c = runCampaign(scenario, seed, scenario.history, { reports: false, yearHashes: false });
      if (!c.ok) throw new Error(c.error);
      return spanScore(c.years, 2016, 2020).total;
    }).sort((a, b) => a - b);
    expect(team.result().scores).toEqual(expected);
    expect(team.result().scores).not.toEqual(whole.result().scores);
  });
});
