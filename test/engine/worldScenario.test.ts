import { describe, expect, it } from 'vitest';
import { newGame, parseScenario, runCampaign, worldScenario, type Scenario } from '../../src/engine';
import { loadTestScenario, rawScenario } from '../helpers/scenario';

// The varied world of class competitions: drawn from the seed within the ranges the scenario declares.

const history = loadTestScenario();

function varied(scenario: Scenario): Scenario {
  const world = worldScenario(scenario, 'varied');
  if (typeof world === 'string') throw new Error(world);
  return world;
}

describe('the varied world', () => {
  it('leaves history\'s world as it was', () => {
    const world = newGame(history).world;
    expect(world.entryShift).toEqual({ microsoft: 0, google: 0, others: 0 });
    expect(world.strength).toEqual({ microsoft: 1, google: 1, others: 1 });
    expect([world.elasticity, world.crisis, world.ecommercePace, world.pioneers]).toEqual([1, 1, 0, 1]);
  });

  it('draws every seed\'s world within the declared ranges, the same for the same seed', () => {
    const scenario = varied(history);
    const v = scenario.variation!;
    expect(v.cloudPioneers).toBeGreaterThan(0);
    const pioneers = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const seed = `world-${i}`;
      const w = newGame(scenario, seed).world;
      expect(newGame(scenario, seed).world).toEqual(w);
      for (const id of ['microsoft', 'google', 'others'] as const) {
        expect(Math.abs(w.entryShift[id])).toBeLessThanOrEqual(v.rivalEntryYears);
        expect(Math.abs(w.strength[id] - 1)).toBeLessThanOrEqual(v.rivalStrength);
      }
      expect(Math.abs(w.elasticity - 1)).toBeLessThanOrEqual(v.cloudElasticity);
      expect(Math.abs(w.crisis - 1)).toBeLessThanOrEqual(v.crisisDepth);
      expect(Math.abs(w.ecommercePace)).toBeLessThanOrEqual(v.ecommercePace);
      expect(Math.abs(w.pioneers - 1)).toBeLessThanOrEqual(v.cloudPioneers);
      pioneers.add(w.pioneers);
    }
    expect(pioneers.size).toBeGreaterThan(30);
  });

  it('moves the cloud market with its pioneers: where the market is readier, history\'s path sells more cloud early', () => {
    // Only the pioneers vary here, so the difference between two worlds is theirs alone.
    const only = varied({ ...history, variation: { rivalEntryYears: 0, rivalStrength: 0, cloudElasticity: 0, crisisDepth: 0, ecommercePace: 0, cloudPioneers: 0.5 } });
    const games = Array.from({ length: 40 }, (_, i) => `world-${i}`).map((seed) => ({ seed, pioneers: newGame(only, seed).world.pioneers }))
      .sort((a, b) => a.pioneers - b.pioneers);
    const late = games[0]!;
    const ready = games.at(-1)!;
    expect(ready.pioneers - late.pioneers).toBeGreaterThan(0.4);
    const aws2008 = (seed: string) => {
      const run = runCampaign(only, seed, only.history, { reports: false });
      if (!run.ok) throw new Error(run.error);
      return run.years.find((y) => y.year === 2008)!.awsRevenue;
    };
    expect(aws2008(ready.seed)).toBeGreaterThan(aws2008(late.seed) * 1.1);
  });

  it('reads a variation block without cloudPioneers as none, and refuses one out of range naming the field', () => {
    const raw = rawScenario();
    const block = raw.variation as Record<string, unknown>;
    const { cloudPioneers: _, ...without } = block;
    const old = parseScenario({ ...raw, variation: without });
    expect(old.ok && old.value.variation!.cloudPioneers).toBe(0);
    const bad = parseScenario({ ...raw, variation: { ...block, cloudPioneers: 2 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join('\n')).toMatch(/variation\.cloudPioneers/);
  });
});
