import type { Scenario } from '../engine';
import { checkCompetition, decodeCompetition, type Competition } from './competition';
import { cleanName } from './names';

// One door for a competition code, whoever opens it (the Join screen, the Classroom's code field,
// the leaderboard CLI): decoded, its scenario found by id only, and checked as the game would play it.

export type OpenedCompetition =
  | { ok: true; competition: Competition; id: string; scenario: Scenario }
  | { ok: false; error: string };

const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function openCompetitionCode(code: unknown, findScenario: (id: string) => Scenario | undefined): OpenedCompetition {
  const parsed = decodeCompetition(code);
  if (!parsed.ok) return parsed;
  const wanted = parsed.value.scenario;
  // The scenario is named, never located: a code cannot point at a file or show what one holds.
  const scenario = SCENARIO_ID.test(wanted) ? findScenario(wanted) : undefined;
  if (!scenario) {
    const shown = SCENARIO_ID.test(wanted) ? `"${wanted}"` : `"${cleanName(wanted, 20).replace(/[^\w -]/g, '?')}" (not a scenario id)`;
    return { ok: false, error: `the competition needs the scenario ${shown}, which this version of Flywheel does not have` };
  }
  const problem = checkCompetition(parsed.value, scenario);
  if (problem) return { ok: false, error: problem };
  return { ok: true, competition: parsed.value, id: parsed.id, scenario };
}
