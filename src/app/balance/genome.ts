import {
  keyOf, LEVELS, MOVES, OUTAGE_PLANS, PRICE_CUTS_MAX, PRICE_DEPTH_MAX, PRICE_DEPTH_PER_CUT_MAX, TEAMS,
  type Level, type MoveEntry, type OutagePlan, type Scenario, type Team,
} from '../../engine';

// A strategy genome: a whole game's plan in a fixed shape the search can mutate and cross. Every
// one-off move of the catalogue gets a year (0: never); dials and price cuts a setting per year.

export interface Genome {
  /** per ONE_OFF_MOVES entry: the year from which the move is taken as soon as it stands, 0 never */
  oneOff: number[];
  ec2Team: Team;
  /** per year of the scenario, firstYear first */
  capex: Level[];
  retail: Level[];
  cutCount: number[];
  cutDepth: number[];
  outagePlan: OutagePlan | 'none';
}

/** The catalogue's one-off moves: a new one-off move is in every genome without a line here. */
export const ONE_OFF_MOVES: readonly MoveEntry[] = MOVES.filter((move) => move.role === 'oneOff');

export const OUTAGE_GENES: readonly (OutagePlan | 'none')[] = ['none', ...OUTAGE_PLANS];

export function yearsOf(scenario: Scenario): number {
  return scenario.lastYear - scenario.firstYear + 1;
}

/** The first year a one-off move can be planned in this scenario. */
export function firstPlannable(scenario: Scenario, move: MoveEntry): number {
  return Math.max(scenario.firstYear, move.earliest);
}

/** A legal price-cut gene: a whole count and depth within the catalogue's limits, both or neither. */
export function clampCut(count: number, depth: number): [number, number] {
  const c = Math.max(0, Math.min(PRICE_CUTS_MAX, Math.round(count)));
  const d = Math.max(0, Math.min(PRICE_DEPTH_MAX, c * PRICE_DEPTH_PER_CUT_MAX, Math.round(depth)));
  return c === 0 || d === 0 ? [0, 0] : [c, d];
}

/** History's path as a genome: every move in its year, each dial's setting in effect each year. */
export function historyGenome(scenario: Scenario): Genome {
  const n = yearsOf(scenario);
  const oneOff = ONE_OFF_MOVES.map(() => 0);
  let ec2Team: Team = 'remote';
  let capexLevel: Level = 'steady';
  let retailLevel: Level = 'steady';
  const genome: Genome = {
    oneOff, ec2Team, capex: [], retail: [], cutCount: new Array(n).fill(0), cutDepth: new Array(n).fill(0), outagePlan: 'none',
  };
  const from = Math.min(scenario.preludeFrom, scenario.firstYear);
  for (let year = from; year <= scenario.lastYear; year++) {
    const actions = scenario.history.find((d) => d.year === year)?.actions ?? [];
    for (const action of actions) {
      const index = ONE_OFF_MOVES.findIndex((move) => move.key === keyOf(action));
      if (index >= 0 && year >= scenario.firstYear) oneOff[index] = year;
      if (action.kind === 'launchService' && action.service === 'ec2') ec2Team = action.team ?? 'remote';
      if (action.kind === 'capex') capexLevel = action.level;
      if (action.kind === 'retailInvestment') retailLevel = action.level;
      if (action.kind === 'outageResponse') genome.outagePlan = action.plan;
      if (action.kind === 'priceCuts' && year >= scenario.firstYear) {
        genome.cutCount[year - scenario.firstYear] = action.count;
        genome.cutDepth[year - scenario.firstYear] = action.depthPercent;
      }
    }
    if (year >= scenario.firstYear) {
      genome.capex.push(capexLevel);
      genome.retail.push(retailLevel);
    }
  }
  genome.ec2Team = ec2Team;
  return genome;
}

/** A random plan: each one-off in a random year or never, dials that change now and then, random cuts. */
export function randomGenome(scenario: Scenario, rng: () => number): Genome {
  const n = yearsOf(scenario);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const oneOff = ONE_OFF_MOVES.map((move) => {
    const first = firstPlannable(scenario, move);
    return rng() < 0.25 || first > scenario.lastYear ? 0 : first + Math.floor(rng() * (scenario.lastYear - first + 1));
  });
  const dial = (): Level[] => {
    const out: Level[] = [];
    let level = pick(LEVELS);
    for (let i = 0; i < n; i++) {
      if (rng() < 0.2) level = pick(LEVELS);
      out.push(level);
    }
    return out;
  };
  const cutCount: number[] = [];
  const cutDepth: number[] = [];
  for (let i = 0; i < n; i++) {
    const count = rng() < 0.4 ? 0 : 1 + Math.floor(rng() * 10);
    const [c, d] = clampCut(count, 1 + rng() * Math.min(PRICE_DEPTH_MAX, count * PRICE_DEPTH_PER_CUT_MAX));
    cutCount.push(c);
    cutDepth.push(d);
  }
  return { oneOff, ec2Team: pick(TEAMS), capex: dial(), retail: dial(), cutCount, cutDepth, outagePlan: pick(OUTAGE_GENES) };
}

export function copyGenome(genome: Genome): Genome {
  return {
    oneOff: [...genome.oneOff], ec2Team: genome.ec2Team, capex: [...genome.capex], retail: [...genome.retail],
    cutCount: [...genome.cutCount], cutDepth: [...genome.cutDepth], outagePlan: genome.outagePlan,
  };
}

/** A compact key: two genomes with the same key play the same game on the same seed. */
export function genomeKey(genome: Genome): string {
  return `${genome.oneOff.join(',')}|${genome.ec2Team}|${genome.capex.map((l) => l[0]).join('')}|${genome.retail.map((l) => l[0]).join('')}|${genome.cutCount.join(',')}|${genome.cutDepth.join(',')}|${genome.outagePlan}`;
}
