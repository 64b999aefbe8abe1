import { playDecisions, type PlayedGame } from '../../src/app/replay';
import type { Scenario } from '../../src/engine';

/** The scenario's first `years` years played on Amazon's actual path, as the game plays them. */
export function historyPrefix(scenario: Scenario, years: number): PlayedGame {
  const path = [];
  for (let i = 0; i < years; i++) {
    const year = scenario.firstYear + i;
    path.push(scenario.history.find((h) => h.year === year) ?? { year, actions: [] });
  }
  const played = playDecisions(scenario, scenario.defaultSeed, path);
  if (!played.ok) throw new Error(played.error);
  return played.game;
}
