import { parseScenario, type Scenario } from '../engine';
import historical from '../../scenarios/historical.json';
import extended from '../../scenarios/extended.json';
import platformYears from '../../scenarios/platform-years.json';
import cloudWars from '../../scenarios/cloud-wars.json';
import rival2005 from '../../scenarios/rival-2005.json';

// Scenarios shipped with the game. They are data like any other, so they go through the same
// validation as a file a player might bring.

export interface ScenarioEntry {
  id: string;
  name: string;
  scenario: Scenario;
}

/** The real run first: it is the default, and the one the others are variations on. */
const BUNDLED: readonly unknown[] = [historical, extended, platformYears, cloudWars, rival2005];

export function loadBundledScenarios(sources: readonly unknown[] = BUNDLED): { scenarios: ScenarioEntry[]; errors: string[] } {
  const scenarios: ScenarioEntry[] = [];
  const errors: string[] = [];
  for (const source of sources) {
    const parsed = parseScenario(source);
    if (parsed.ok) {
      scenarios.push({ id: parsed.value.id, name: parsed.value.name, scenario: parsed.value });
    } else {
      errors.push(...parsed.errors);
    }
  }
  return { scenarios, errors };
}

export function findScenario(scenarios: readonly ScenarioEntry[], id: string): Scenario | null {
  return scenarios.find((entry) => entry.id === id)?.scenario ?? null;
}
