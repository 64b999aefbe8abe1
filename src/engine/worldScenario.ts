import seedrandom from 'seedrandom';
import type { Scenario, WorldKind } from './scenarioTypes';
import type { RivalId, WorldShift } from './types';

/** History's world: nothing moved. */
export const HISTORY_WORLD: WorldShift = Object.freeze({
  entryShift: Object.freeze({ microsoft: 0, google: 0, others: 0 }),
  strength: Object.freeze({ microsoft: 1, google: 1, others: 1 }),
  elasticity: 1, crisis: 1, ecommercePace: 0, pioneers: 1,
}) as WorldShift;

/**
 * The scenario in the world asked for: history's as written, or one the seed varies within the
 * ranges it declares. A varied world keeps the scenario's id with "-varied" added, so a replay or a
 * competition names it.
 */
export function worldScenario(scenario: Scenario, world: WorldKind): Scenario | string {
  if (world === scenario.world) return scenario;
  if (world === 'history') return 'this is a varied world: load the scenario itself for history\'s';
  if (!scenario.variation) return `scenario ${scenario.id} declares no varied world (no "variation" block)`;
  const id = `${scenario.id}-varied`.slice(0, 40);
  return { ...scenario, id, name: `${scenario.name}, varied world`, world: 'varied', check: null };
}

/** A symmetric draw in -1..1 from the mean of two uniforms, only exact operations. */
function spread(rng: () => number): number {
  return rng() + rng() - 1;
}

/** The world a seed gives: drawn from its own stream, so the yearly draws stay common to all players. */
export function drawShift(scenario: Scenario, seed: string): WorldShift {
  const v = scenario.variation;
  if (scenario.world !== 'varied' || !v) return HISTORY_WORLD;
  const rng = seedrandom.alea(`${seed}|world`);
  const ids: RivalId[] = ['microsoft', 'google', 'others'];
  const entryShift = { microsoft: 0, google: 0, others: 0 };
  const strength = { microsoft: 1, google: 1, others: 1 };
  for (const id of ids) {
    entryShift[id] = Math.round(spread(rng) * v.rivalEntryYears);
    strength[id] = 1 + spread(rng) * v.rivalStrength;
  }
  return {
    entryShift, strength,
    elasticity: 1 + spread(rng) * v.cloudElasticity,
    crisis: 1 + spread(rng) * v.crisisDepth,
    ecommercePace: spread(rng) * v.ecommercePace,
    // drawn last, so the draws above stay what they were for scenarios without it
    pioneers: 1 + spread(rng) * v.cloudPioneers,
  };
}
