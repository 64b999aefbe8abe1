// The search budget is counted in campaigns, not seconds, so a command gives the same output on
// every machine: --budget <seconds> buys seconds x this nominal rate. Measured with `npm run bench`
// ("balance search" line) on the project's 2-core build machine, rounded down.
export const NOMINAL_CAMPAIGNS_PER_SECOND = 5000;

/** The campaigns a budget in nominal seconds buys. */
export function campaignsFor(seconds: number): number {
  return Math.max(1, Math.round(seconds * NOMINAL_CAMPAIGNS_PER_SECOND));
}

/** The seeds of a balance run: the scenario's default seed first, then numbered ones. */
export function balanceSeeds(defaultSeed: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? defaultSeed : `balance-${i + 1}`));
}

/** A gamble (a yes/no draw decides it) is judged on at least this many seeds, however few the run has. */
export const GAMBLE_MIN_SEEDS = 20;

/** The run's seeds, or more of the same series when a gamble needs more. */
export function gambleSeeds(runSeeds: readonly string[]): string[] {
  return runSeeds.length >= GAMBLE_MIN_SEEDS ? [...runSeeds] : balanceSeeds(runSeeds[0]!, GAMBLE_MIN_SEEDS);
}
