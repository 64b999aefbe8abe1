import seedrandom from 'seedrandom';
import type { Scenario } from '../../engine';
import type { Evaluator } from './evaluator';
import { copyGenome, genomeKey, historyGenome, randomGenome, type Genome } from './genome';
import { crossover, mutate } from './mutate';

// The strategy search on one seed: random plans, then hill climbing from history's plan and from the
// best random one, then an evolutionary search seeded with all of them, and a short search downwards
// for the floor. The budget is a count of campaigns, so the same command finds the same plans anywhere.

export interface Scored {
  genome: Genome;
  score: number;
}

export interface SeedSearch {
  seed: string;
  best: Scored;
  worst: Scored;
  /** every random plan's score, for the spread check */
  randomScores: number[];
  campaigns: number;
}

/** How a seed's budget is shared between the search's stages. */
export const SEARCH_SHARES = { random: 0.2, hillFromHistory: 0.2, hillFromRandom: 0.2, evolution: 0.3, floor: 0.1 } as const;

type Rng = () => number;

class Budgeted {
  used = 0;
  private readonly seen = new Map<string, number>();
  constructor(private readonly evaluator: Evaluator, private readonly seed: string) {}

  /** A genome's score; a plan already scored on this seed costs nothing more. */
  score(genome: Genome): number {
    const key = genomeKey(genome);
    const hit = this.seen.get(key);
    if (hit !== undefined) return hit;
    this.used++;
    const score = this.evaluator.scoreGenome(this.seed, genome);
    this.seen.set(key, score);
    return score;
  }
}

/** First-improvement hill climbing; equal scores are accepted so the climb can cross plateaus. */
function climb(start: Scored, steps: number, sign: 1 | -1, b: Budgeted, scenario: Scenario, rng: Rng): Scored {
  let here = start;
  const stop = b.used + steps;
  let tries = 0;
  while (b.used < stop && tries < steps * 4) {
    tries++;
    const next = mutate(here.genome, scenario, rng);
    const score = b.score(next);
    if (sign * score >= sign * here.score) here = { genome: next, score };
  }
  return here;
}

function tournament(population: Scored[], rng: Rng): Scored {
  let best = population[Math.floor(rng() * population.length)]!;
  for (let i = 0; i < 2; i++) {
    const other = population[Math.floor(rng() * population.length)]!;
    if (other.score > best.score) best = other;
  }
  return best;
}

function evolve(seeds: Scored[], steps: number, b: Budgeted, scenario: Scenario, rng: Rng): Scored {
  let population = [...seeds].sort((x, y) => y.score - x.score).slice(0, 24);
  const stop = b.used + steps;
  let tries = 0;
  while (b.used < stop && tries < steps * 4) {
    const next: Scored[] = population.slice(0, 2);
    while (next.length < population.length && b.used < stop && tries < steps * 4) {
      tries++;
      const a = tournament(population, rng);
      const child = rng() < 0.7 ? crossover(a.genome, tournament(population, rng).genome, scenario, rng) : copyGenome(a.genome);
      const genome = mutate(child, scenario, rng);
      next.push({ genome, score: b.score(genome) });
    }
    population = next.sort((x, y) => y.score - x.score);
  }
  return population[0]!;
}

/** The search on one seed with a budget of `campaigns` games. */
export function searchSeed(evaluator: Evaluator, scenario: Scenario, seed: string, campaigns: number): SeedSearch {
  const rng = seedrandom.alea(`flywheel-balance|${scenario.id}|${seed}`);
  const b = new Budgeted(evaluator, seed);
  const share = (part: keyof typeof SEARCH_SHARES) => Math.max(1, Math.floor(campaigns * SEARCH_SHARES[part]));
  const history: Scored = { genome: historyGenome(scenario), score: 0 };
  history.score = b.score(history.genome);

  const randoms: Scored[] = [];
  const randomScores: number[] = [];
  for (let i = 0; i < share('random'); i++) {
    const genome = randomGenome(scenario, rng);
    const score = b.score(genome);
    randoms.push({ genome, score });
    randomScores.push(score);
  }
  randoms.sort((x, y) => y.score - x.score);
  const fromHistory = climb(history, share('hillFromHistory'), 1, b, scenario, rng);
  const fromRandom = climb(randoms[0] ?? history, share('hillFromRandom'), 1, b, scenario, rng);
  const evolved = evolve([history, fromHistory, fromRandom, ...randoms.slice(0, 21)], share('evolution'), b, scenario, rng);
  const worstStart = randoms[randoms.length - 1] ?? history;
  const worst = climb(worstStart, share('floor'), -1, b, scenario, rng);
  const best = [evolved, fromHistory, fromRandom, history].reduce((x, y) => (y.score > x.score ? y : x));
  return { seed, best, worst, randomScores, campaigns: b.used };
}
