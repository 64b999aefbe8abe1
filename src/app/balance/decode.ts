import { takenIn, type Action, type Scenario, type State } from '../../engine';
import { ONE_OFF_MOVES, type Genome } from './genome';

// A genome played: each year it picks its moves on the state reached, and the engine's draft
// (inside playPlan) drops what cannot stand. The checks here only spare the draft's slow path
// from picks that are plainly not open yet; the engine's rules stay the only judge of legality.

function outageYears(scenario: Scenario): Set<number> {
  return new Set(scenario.events.filter((event) => event.majorOutage).map((event) => event.year));
}

function taken(state: State, index: number): boolean {
  const move = ONE_OFF_MOVES[index]!;
  if (move.key === 'bidJedi') return state.jedi !== 'none';
  return takenIn(state, move.key) > 0;
}

/** Whether a one-off move plainly cannot stand this year (its prerequisites absent even with today's picks). */
function plainlyClosed(state: State, scenario: Scenario, key: string, picked: Set<string>): boolean {
  const has = (k: string, stateYear: number) => stateYear > 0 || picked.has(k);
  const ec2 = has('launchService:ec2', state.ec2Year);
  const onSale = ec2 || has('launchService:s3', state.s3Year) || has('launchService:sqs', state.sqsYear) || has('rentSpareCapacity', state.spareCapacityYear);
  switch (key) {
    case 'openDeveloperPlatform': return !has('apiMandate', state.apiMandateYear);
    case 'rentSpareCapacity': return ec2;
    case 'govCloud': return !ec2;
    case 'discloseAws': return !onSale;
    case 'bidJedi': return !scenario.jedi || state.year !== scenario.jedi.bidYear || !ec2 || !has('launchService:s3', state.s3Year);
    case 'protestJedi': return state.jedi === 'none' || state.jedi === 'bid' || state.jedi === 'protesting';
    case 'launchGenAi': return scenario.genAiFrom === 0 || state.year < scenario.genAiFrom || !ec2;
    default: return false;
  }
}

/** The picks function of a genome for playPlan. */
export function genomePicks(scenario: Scenario, genome: Genome): (state: State) => Action[] {
  const outages = outageYears(scenario);
  return (state) => {
    const year = state.year;
    const i = year - scenario.firstYear;
    const picks: Action[] = [];
    const picked = new Set<string>();
    for (let m = 0; m < ONE_OFF_MOVES.length; m++) {
      const from = genome.oneOff[m]!;
      const move = ONE_OFF_MOVES[m]!;
      if (from === 0 || year < from || year < move.earliest || taken(state, m)) continue;
      if (plainlyClosed(state, scenario, move.key, picked)) continue;
      picked.add(move.key);
      if (move.kind === 'launchService') {
        picks.push(move.service === 'ec2' ? { kind: 'launchService', service: 'ec2', team: genome.ec2Team } : { kind: 'launchService', service: move.service! });
      } else {
        picks.push({ kind: move.kind } as Action);
      }
    }
    const onSale = state.sqsYear > 0 || state.s3Year > 0 || state.ec2Year > 0 || state.spareCapacityYear > 0
      || picked.has('launchService:sqs') || picked.has('launchService:s3') || picked.has('launchService:ec2') || picked.has('rentSpareCapacity');
    const count = genome.cutCount[i] ?? 0;
    if (count > 0 && onSale) picks.push({ kind: 'priceCuts', count, depthPercent: genome.cutDepth[i]! });
    const capex = genome.capex[i];
    if (capex && capex !== state.capexLevel) picks.push({ kind: 'capex', level: capex });
    const retail = genome.retail[i];
    if (retail && retail !== state.retailLevel) picks.push({ kind: 'retailInvestment', level: retail });
    if (genome.outagePlan !== 'none' && outages.has(year) && onSale) picks.push({ kind: 'outageResponse', plan: genome.outagePlan });
    return picks;
  };
}
