import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario, type Scenario } from '../../src/engine';

export function loadTestScenario(id = 'historical'): Scenario {
  const raw = JSON.parse(readFileSync(join(__dirname, '..', '..', 'scenarios', `${id}.json`), 'utf8'));
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

export function rawScenario(id = 'historical'): Record<string, unknown> {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', 'scenarios', `${id}.json`), 'utf8'));
}
