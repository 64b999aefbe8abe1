import type { State, TurnReport, YearFigures } from '../../engine';
import { scoreShown, type ScoreSpan } from '../../app/result';
import { scorePercentile, type Band, type LuckMetric } from '../../app/luck';
import type { LuckOutcome } from '../../app/luckMessages';
import { formatLevel, type Unit } from './format';
import { OKABE_ITO, SERIES } from './palette';

// Luck or skill: the spread of results the same decisions give across many worlds, for the
// player's decisions and history's, with the player's own world marked.

export interface FanBand {
  p10: number[];
  p50: number[];
  p90: number[];
  colour: number;
}

export interface FanPanel {
  label: string;
  unit: Unit;
  /** the year of each band point */
  years: number[];
  yours: FanBand;
  history: FanBand;
  /** the player's own world, year by year */
  own: number[];
  note: string;
}

export interface ScoreRow {
  label: string;
  p10: number;
  p50: number;
  p90: number;
  /** the score in the game's own world */
  own: number | null;
  colour: number;
}

export interface LuckView {
  panels: FanPanel[];
  scores: ScoreRow[];
  /** lowest and highest score worth drawing, padded */
  scoreRange: { min: number; max: number };
  verdict: string;
  detail: string;
  timing: string;
}

const PANELS: readonly { key: LuckMetric; label: string; unit: Unit; colour: number }[] = [
  { key: 'netSales', label: 'Net sales', unit: 'usdBn', colour: SERIES.netSales },
  { key: 'awsRevenue', label: 'AWS revenue', unit: 'usdBn', colour: SERIES.awsRevenue },
];

function band(bands: readonly Band[], colour: number): FanBand {
  return { p10: bands.map((b) => b.p10), p50: bands.map((b) => b.p50), p90: bands.map((b) => b.p90), colour };
}

export function luckView(
  outcome: LuckOutcome, game: { state: State; reports: readonly TurnReport[] }, historyOwnScore: number | null, scoreSpan?: ScoreSpan,
): LuckView {
  const figures: YearFigures[] = game.reports.map((r) => r.figures);
  const ownScore = scoreShown(game.state, game.reports, scoreSpan);
  const panels = PANELS.map((p) => {
    const yours = band(outcome.yours.bands[p.key], p.colour);
    const last = yours.p50.length - 1;
    const own = figures.map((f) => f[p.key]);
    return {
      label: p.label,
      unit: p.unit,
      years: outcome.yours.bands[p.key].map((b) => b.year),
      yours,
      history: band(outcome.history.bands[p.key], SERIES.history),
      own,
      note: `your world ${formatLevel(p.unit, own[own.length - 1] ?? 0)}; middle of 8 in 10 worlds ${formatLevel(p.unit, yours.p10[last] ?? 0)} to ${formatLevel(p.unit, yours.p90[last] ?? 0)}`,
    };
  });
  const scores: ScoreRow[] = [
    { label: 'Your decisions', ...outcome.yours.scoreBand, own: ownScore, colour: OKABE_ITO.orange },
    { label: 'History\u2019s', ...outcome.history.scoreBand, own: historyOwnScore, colour: SERIES.history },
  ];
  const values = scores.flatMap((s) => [s.p10, s.p90, s.own ?? s.p50]);
  const low = Math.max(0, Math.floor((Math.min(...values) - 20) / 50) * 50);
  const high = Math.min(1000, Math.ceil((Math.max(...values) + 20) / 50) * 50);
  const percentile = Math.round(scorePercentile(outcome.yours, ownScore) * 100);
  const lean = percentile >= 70 ? 'Luck was on your side' : percentile <= 30 ? 'Luck was against you' : 'An ordinary world';
  const gap = Math.round(outcome.yours.scoreBand.p50 - outcome.history.scoreBand.p50);
  const skill = gap === 0
    ? 'In a typical world your decisions score the same as history\u2019s.'
    : `In a typical world your decisions score ${Math.abs(gap)} points ${gap > 0 ? 'more' : 'less'} than history\u2019s: that part is skill, not luck.`;
  const failed = outcome.yours.failed > 0 ? ` (${outcome.yours.failed} worlds where your moves were not allowed are left out)` : '';
  return {
    panels,
    scores,
    scoreRange: { min: low, max: Math.max(high, low + 50) },
    verdict: outcome.yours.scoreBand.p90 - outcome.yours.scoreBand.p10 < 2
      // A band under two points wide: where in it this world fell says nothing about luck.
      ? `Luck hardly mattered: in 8 of every 10 worlds your decisions score within 2 points of ${Math.round(outcome.yours.scoreBand.p50)}.`
      : `${lean}: yours beat ${percentile}% of the ${outcome.yours.seeds} worlds played with the same decisions.`,
    detail: `${skill}${failed}`,
    timing: `${outcome.yours.seeds} worlds for each path, played in a background worker in ${Math.round(outcome.yoursMs)} ms and ${Math.round(outcome.historyMs)} ms.`,
  };
}

/** "Playing worlds: 240 of 1000" style progress text. */
export function progressText(progress: number, worlds: number): string {
  const total = worlds * 2;
  return `Replaying the decisions in other worlds: ${Math.round(progress * total)} of ${total}`;
}
