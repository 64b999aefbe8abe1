import { parseScenario, type Scenario } from '../engine';
import historical from '../../scenarios/historical.json';

// Scenarios shipped with the game. They are data like any other, so they go through the same
// validation as a file a player might bring.

export interface ScenarioEntry {
  id: string;
  name: string;
  scenario: Scenario;
}

const BUNDLED: readonly unknown[] = [historical];

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
