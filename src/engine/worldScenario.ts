import type { Scenario } from './scenarioTypes';

// The world a game is played in: history's, or one whose parameters move with the seed within the
// ranges a scenario declares. No scenario declares such ranges yet, so a varied world is refused.

export type WorldKind = 'history' | 'varied';

/** The scenario as played in the given world; throws when the scenario declares no varied world. */
export function worldScenario(scenario: Scenario, world: WorldKind): Scenario {
  if (world === 'history') return scenario;
  throw new Error(`${scenario.id}: this scenario declares no varied world`);
}
