import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { runCampaign, stateHash } from '../../../src/engine';
import { Evaluator } from '../../../src/app/balance/evaluator';
import { genomeKey, historyGenome, randomGenome } from '../../../src/app/balance/genome';
import { crossover, mutate } from '../../../src/app/balance/mutate';
import { loadTestScenario } from '../../helpers/scenario';

const scenario = loadTestScenario();

describe('the strategy genome', () => {
  it('decodes any genome, random, mutated or crossed, to a legal path that replays to the same score', () => {
    const rng = seedrandom.alea('genome-test');
    const ev = new Evaluator(scenario);
    let a = randomGenome(scenario, rng);
    for (let i = 0; i < 60; i++) {
      const b = randomGenome(scenario, rng);
      const genome = i % 3 === 0 ? b : i % 3 === 1 ? mutate(a, scenario, rng) : crossover(a, b, scenario, rng);
      const seed = `g${i % 4}`;
      const played = ev.playGenome(seed, genome);
      const replay = runCampaign(scenario, seed, played.path, { reports: false, figures: false });
      if (!replay.ok) throw new Error(`genome ${i}: ${replay.year}: ${replay.error}`);
      expect(replay.state.score.total).toBe(played.score);
      a = genome;
    }
  });

  it('gives the same score for the same genome and seed, and the world still depends on the seed', () => {
    const genome = randomGenome(scenario, seedrandom.alea('same'));
    const ev = new Evaluator(scenario);
    expect(ev.scoreGenome('s1', genome)).toBe(new Evaluator(scenario).scoreGenome('s1', genome));
    const seeds = ['s1', 's2', 's3', 's4'].map((seed) => ev.scoreGenome(seed, genome));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('plays history\'s genome as history\'s path', () => {
    const ev = new Evaluator(scenario);
    const played = ev.playGenome(scenario.defaultSeed, historyGenome(scenario));
    const history = runCampaign(scenario, scenario.defaultSeed, scenario.history, { reports: false, figures: false });
    const replay = runCampaign(scenario, scenario.defaultSeed, played.path, { reports: false, figures: false });
    if (!history.ok || !replay.ok) throw new Error('history does not replay');
    expect(stateHash(replay.state)).toBe(stateHash(history.state));
  });

  it('mutation changes a genome and leaves the original alone', () => {
    const rng = seedrandom.alea('mutate');
    const genome = historyGenome(scenario);
    const before = genomeKey(genome);
    const keys = new Set(Array.from({ length: 20 }, () => genomeKey(mutate(genome, scenario, rng))));
    expect(genomeKey(genome)).toBe(before);
    expect(keys.size).toBeGreaterThan(10);
  });
});
