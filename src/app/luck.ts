import { runCampaign, type Scenario, type YearDecisions, type YearFigures } from '../engine';
import { spanScore, type ScoreSpan } from './result';

// Luck or skill: the same decisions replayed in many worlds (seeds). The spread shows how much of
// a result the decisions earned and how much the draws gave.

export const LUCK_METRICS = ['netSales', 'operatingIncome', 'awsRevenue', 'cloudShare'] as const;
export type LuckMetric = (typeof LUCK_METRICS)[number];

export interface Band {
  year: number;
  p10: number;
  p50: number;
  p90: number;
}

export interface LuckSpread {
  seeds: number;
  failed: number;                          // worlds where the decisions stopped being legal
  bands: Record<LuckMetric, Band[]>;
  scores: number[];                        // sorted, one per world
  scoreBand: { p10: number; p50: number; p90: number };
}

/** The n worlds a spread is drawn over, named from the game's own seed so anyone can rerun them. */
export function luckSeeds(baseSeed: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${baseSeed}~${i + 1}`);
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/** Accumulates worlds one chunk at a time, so a worker can report progress between chunks. */
export class LuckRun {
  private readonly series: Record<LuckMetric, number[][]>;
  private readonly scores: number[] = [];
  private failed = 0;
  private done = 0;

  /** `scoreSpan`: in a competition, score only its teams' years, as the leaderboard does. */
  constructor(
    private readonly scenario: Scenario, private readonly path: readonly YearDecisions[], private readonly seeds: readonly string[],
    private readonly scoreSpan?: ScoreSpan,
  ) {
    const years = scenario.lastYear - scenario.firstYear + 1;
    this.series = Object.fromEntries(LUCK_METRICS.map((m) => [m, Array.from({ length: years }, () => [] as number[])])) as Record<LuckMetric, number[][]>;
  }

  get progress(): number {
    return this.seeds.length === 0 ? 1 : this.done / this.seeds.length;
  }

  /** Plays up to `count` more worlds; returns true when all are played. */
  step(count: number): boolean {
    const end = Math.min(this.seeds.length, this.done + count);
    for (; this.done < end; this.done++) {
      const c = runCampaign(this.scenario, this.seeds[this.done]!, this.path, { reports: false, yearHashes: false, events: false });
      if (!c.ok) {
        this.failed++;
        continue;
      }
      c.years.forEach((y: YearFigures, i) => {
        for (const m of LUCK_METRICS) this.series[m][i]!.push(y[m]);
      });
      this.scores.push(this.scoreSpan ? spanScore(c.years, this.scoreSpan.firstYear, this.scoreSpan.lastYear).total : c.state.score.total);
    }
    return this.done >= this.seeds.length;
  }

  result(): LuckSpread {
    const bands = {} as Record<LuckMetric, Band[]>;
    for (const m of LUCK_METRICS) {
      bands[m] = this.series[m].map((values, i) => {
        const sorted = [...values].sort((a, b) => a - b);
        return { year: this.scenario.firstYear + i, p10: percentile(sorted, 0.1), p50: percentile(sorted, 0.5), p90: percentile(sorted, 0.9) };
      });
    }
    const scores = [...this.scores].sort((a, b) => a - b);
    return {
      seeds: this.seeds.length,
      failed: this.failed,
      bands,
      scores,
      scoreBand: { p10: percentile(scores, 0.1), p50: percentile(scores, 0.5), p90: percentile(scores, 0.9) },
    };
  }
}

/** Where a score falls among the worlds: the share of worlds that scored lower. */
export function scorePercentile(spread: LuckSpread, score: number): number {
  if (spread.scores.length === 0) return 0;
  return spread.scores.filter((s) => s < score).length / spread.scores.length;
}
