import seedrandom from 'seedrandom';
import { competitionScenario, teamPath, type Competition } from '../../src/app/competition';
import { encodeResult, scoreTeam, type TeamResult } from '../../src/app/result';
import { applyTurn, ENGINE_VERSION, newGame, type Scenario, type State, type YearDecisions } from '../../src/engine';
import { randomYear } from './randomPlayer';
import { competitionId } from '../../src/app/competition';

/** A team playing seeded random but legal moves through the competition's years. */
export function simulatedTeam(base: Scenario, c: Competition, name: string): TeamResult {
  const scenario = competitionScenario(base, c);
  const rng = seedrandom.alea(`team|${name}`);
  let state: State = newGame(scenario, c.seed);
  const decisions: YearDecisions[] = [];
  const prefix = teamPath(scenario, c, []);
  while (!state.finished) {
    const year = state.year;
    const d = year < c.firstYear ? prefix.find((p) => p.year === year)! : randomYear(state, scenario, rng);
    const result = applyTurn(scenario, state, d, false);
    if (!result.ok) throw new Error(result.error);
    if (year >= c.firstYear) decisions.push(d);
    state = result.state;
  }
  const run = scoreTeam(base, c, decisions);
  if (typeof run === 'string') throw new Error(run);
  return { competitionId: competitionId(c), engineVersion: ENGINE_VERSION, team: name, decisions, claimedScore: run.score.total };
}

export function teamCodes(base: Scenario, c: Competition, count: number): string[] {
  return Array.from({ length: count }, (_, i) => encodeResult(simulatedTeam(base, c, `Team ${String(i + 1).padStart(2, '0')}`)));
}
