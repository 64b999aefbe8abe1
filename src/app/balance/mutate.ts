import { LEVELS, TEAMS, type Scenario } from '../../engine';
import { clampCut, copyGenome, firstPlannable, ONE_OFF_MOVES, OUTAGE_GENES, yearsOf, type Genome } from './genome';

// The search's moves on a genome: small steps (a year earlier or later, a dial for a few years, a
// cut a little deeper) and a crossover of two plans. All draws come from the caller's seeded rng.

type Rng = () => number;

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const between = (rng: Rng, low: number, high: number): number => low + Math.floor(rng() * (high - low + 1));

function mutateOneOff(g: Genome, scenario: Scenario, rng: Rng): void {
  const m = Math.floor(rng() * ONE_OFF_MOVES.length);
  const first = firstPlannable(scenario, ONE_OFF_MOVES[m]!);
  if (first > scenario.lastYear) return;
  const now = g.oneOff[m]!;
  const r = rng();
  if (r < 0.15) g.oneOff[m] = 0;
  else if (r < 0.4 || now === 0) g.oneOff[m] = between(rng, first, scenario.lastYear);
  else g.oneOff[m] = Math.max(first, Math.min(scenario.lastYear, now + pick(rng, [-2, -1, 1, 2])));
}

function mutateDial(dial: Genome['capex'], rng: Rng): void {
  const start = Math.floor(rng() * dial.length);
  const end = Math.min(dial.length - 1, start + Math.floor(rng() * 6));
  const level = pick(rng, LEVELS);
  for (let i = start; i <= end; i++) dial[i] = level;
}

function mutateCuts(g: Genome, rng: Rng): void {
  const n = g.cutCount.length;
  const start = Math.floor(rng() * n);
  const end = rng() < 0.5 ? start : Math.min(n - 1, start + Math.floor(rng() * 8));
  const r = rng();
  const countStep = pick(rng, [-2, -1, 1, 2]);
  const depthStep = pick(rng, [-5, -2, -1, 1, 2, 5]);
  const count = between(rng, 1, 10);
  const depth = between(rng, 1, 40);
  for (let i = start; i <= end; i++) {
    let c = g.cutCount[i]!;
    let d = g.cutDepth[i]!;
    if (r < 0.15) { c = 0; d = 0; }
    else if (r < 0.4) { c = count; d = depth; }
    else if (r < 0.7) { d += depthStep; if (c === 0) c = 1; }
    else { c += countStep; if (d === 0) d = 1; }
    [g.cutCount[i], g.cutDepth[i]] = clampCut(c, d);
  }
}

/** One to three random steps away from a genome; the original is not changed. */
export function mutate(genome: Genome, scenario: Scenario, rng: Rng): Genome {
  const g = copyGenome(genome);
  const steps = 1 + Math.floor(rng() * rng() * 3);
  for (let s = 0; s < steps; s++) {
    const r = rng();
    if (r < 0.35) mutateOneOff(g, scenario, rng);
    else if (r < 0.5) mutateDial(g.capex, rng);
    else if (r < 0.62) mutateDial(g.retail, rng);
    else if (r < 0.92) mutateCuts(g, rng);
    else if (r < 0.97) g.ec2Team = pick(rng, TEAMS);
    else g.outagePlan = pick(rng, OUTAGE_GENES);
  }
  return g;
}

/** A child taking each one-off move from either parent and the yearly genes from one side of a cut year. */
export function crossover(a: Genome, b: Genome, scenario: Scenario, rng: Rng): Genome {
  const n = yearsOf(scenario);
  const cut = Math.floor(rng() * (n + 1));
  const side = <T>(x: T[], y: T[]) => x.map((v, i) => (i < cut ? v : y[i]!));
  return {
    oneOff: a.oneOff.map((year, m) => (rng() < 0.5 ? year : b.oneOff[m]!)),
    ec2Team: rng() < 0.5 ? a.ec2Team : b.ec2Team,
    capex: side(a.capex, b.capex),
    retail: side(a.retail, b.retail),
    cutCount: side(a.cutCount, b.cutCount),
    cutDepth: side(a.cutDepth, b.cutDepth),
    outagePlan: rng() < 0.5 ? a.outagePlan : b.outagePlan,
  };
}
