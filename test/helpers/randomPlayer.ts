import seedrandom from 'seedrandom';
import {
  applyTurn, legalActions, planDraft, newGame, LEVELS, PRICE_DEPTH_PER_CUT_MAX,
  type Action, type Scenario, type State, type TurnReport, type YearDecisions,
} from '../../src/engine';

/** A random but legal year: each open move taken with some chance, levers and cuts drawn too. */
export function randomYear(state: State, scenario: Scenario, rng: () => number): YearDecisions {
  const candidates = randomCandidates(state, scenario, rng);
  // Some moves exclude each other within a year (compute as a service, or spare capacity): keep
  // those the engine's draft lets stand together, as a UI would.
  return { year: state.year, actions: planDraft(state, scenario, candidates).actions };
}

function randomCandidates(state: State, scenario: Scenario, rng: () => number): Action[] {
  const actions: Action[] = [];
  for (const option of legalActions(state, scenario)) {
    if (!option.available) continue;
    switch (option.kind) {
      case 'capex':
      case 'retailInvestment':
        if (rng() < 0.3) actions.push({ kind: option.kind, level: LEVELS[Math.floor(rng() * 3)]! });
        break;
      case 'priceCuts': {
        if (rng() < 0.5) {
          const count = 1 + Math.floor(rng() * 8);
          const depthPercent = Math.round(rng() * Math.min(30, count * PRICE_DEPTH_PER_CUT_MAX));
          actions.push(depthPercent > 0 ? { kind: 'priceCuts', count, depthPercent } : { kind: 'priceCuts', count: 0, depthPercent: 0 });
        }
        break;
      }
      case 'launchService':
        if (rng() < 0.25 && option.service) {
          actions.push({ kind: 'launchService', service: option.service, team: rng() < 0.5 ? 'remote' : 'core' });
        }
        break;
      case 'outageResponse':
        actions.push({ kind: 'outageResponse', plan: (['transparent', 'quiet', 'resilience'] as const)[Math.floor(rng() * 3)]! });
        break;
      default:
        if (rng() < 0.2) actions.push({ kind: option.kind } as Action);
    }
  }
  return actions;
}

export interface Playthrough {
  path: YearDecisions[];
  states: State[];
  reports: TurnReport[];
  final: State;
}

export function randomPlaythrough(scenario: Scenario, seed: string, playerSeed: string): Playthrough {
  const rng = seedrandom.alea(playerSeed);
  let state = newGame(scenario, seed);
  const path: YearDecisions[] = [];
  const states: State[] = [];
  const reports: TurnReport[] = [];
  while (!state.finished) {
    const decisions = randomYear(state, scenario, rng);
    const result = applyTurn(scenario, state, decisions);
    if (!result.ok) throw new Error(`random legal year refused: ${result.error} (${JSON.stringify(decisions)})`);
    path.push(decisions);
    states.push(result.state);
    reports.push(result.report);
    state = result.state;
  }
  return { path, states, reports, final: state };
}
