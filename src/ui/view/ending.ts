import type { Scenario, State, TurnReport, YearDecisions } from '../../engine';
import { spanScore, type ScoreSpan } from '../../app/result';
import { ghostScore, ghostSeries, historyGhost } from './ghost';
import { figureHistory, headline, type HeadlineKey } from './figures';
import { turningPoints, type TurningPoint } from './turningPoints';

// The end of a run: the scorecard, the turning points, and the run charted against the path the
// real company took, played in the same world.

export interface ScorePart {
  label: string;
  value: number;
  max: number;
  text: string;
  meaning: string;
}

export interface EndingChart {
  key: HeadlineKey;
  label: string;
  colour: number;
  yours: number[];
  history: number[] | null;
}

export interface EndingView {
  title: string;
  total: number;
  totalText: string;
  verdict: string;
  parts: ScorePart[];
  comparison: string;
  turningPoints: TurningPoint[];
  years: number[];
  charts: EndingChart[];
}

export function verdict(total: number): string {
  if (total >= 800) return 'The flywheel spins on its own.';
  if (total >= 700) return 'The cloud carries the company.';
  if (total >= 550) return 'A solid run with room to spare.';
  if (total >= 400) return 'The wheel turned, but slowly.';
  return 'The wheel never really turned.';
}

const CHART_KEYS: readonly HeadlineKey[] = ['netSales', 'operatingIncome', 'awsRevenue', 'cloudShare'];

/** A class competition scores only the teams' own years, and may keep history's result hidden. */
export interface EndingSpan extends ScoreSpan {
  showHistory: boolean;
}

/** The run's turning points; in a competition, only those of the team's own years. */
function teamTurningPoints(decisions: readonly YearDecisions[], reports: readonly TurnReport[], start: State, span?: EndingSpan) {
  if (!span) return turningPoints(decisions, reports, start.last!);
  const own = reports.filter((r) => r.year >= span.firstYear);
  const before = reports.filter((r) => r.year < span.firstYear).at(-1)?.figures ?? start.last!;
  return turningPoints(decisions.filter((d) => d.year >= span.firstYear), own, before);
}

export function endingView(
  scenario: Scenario, start: State, state: State, decisions: readonly YearDecisions[], reports: readonly TurnReport[], span?: EndingSpan,
): EndingView {
  const score = span ? spanScore(reports.map((r) => r.figures), span.firstYear, span.lastYear) : state.score;
  const fifth = 200;
  const parts: ScorePart[] = [
    { label: 'Growth', value: score.growth, max: fifth, text: '', meaning: 'net sales growth against the online retail market' },
    { label: 'Profit', value: score.profit, max: fifth, text: '', meaning: 'operating margin, year after year' },
    { label: 'Cloud', value: score.cloud, max: fifth, text: '', meaning: 'readiness, then share of a market that matters, and size' },
    { label: 'Trust', value: score.trust, max: fifth, text: '', meaning: 'shoppers\u2019 and cloud customers\u2019 confidence' },
    { label: 'Value', value: score.value, max: fifth, text: '', meaning: 'market value per share at the end against the stock market, net of debt' },
  ].map((p) => ({ ...p, text: `${Math.round(p.value)} / ${p.max}` }));
  const run = historyGhost(scenario, state.seed);
  const history = run && (span?.showHistory ?? true) ? run : null;
  const total = Math.round(score.total);
  let comparison = span && !span.showHistory
    ? 'History\u2019s result stays hidden in this competition: the leaderboard compares you with the other teams.'
    : 'The real company\u2019s path could not be played in this world.';
  if (history) {
    const theirs = Math.round(ghostScore(history, span));
    const gap = total - theirs;
    comparison = gap === 0
      ? `Exactly what the real company\u2019s decisions score in this world (${theirs}).`
      : `The real company\u2019s decisions score ${theirs} in this world: you are ${Math.abs(gap)} points ${gap > 0 ? 'ahead' : 'behind'}.`;
  }
  const yours = figureHistory(start.last!, reports);
  return {
    title: span
      ? `${span.firstYear}\u2013${span.lastYear}: how your team\u2019s years ended`
      : `${scenario.firstYear}\u2013${scenario.lastYear}: how your run ended`,
    total,
    // A competition ranks on tenths (ties are rare at that grain): show the score as the board does.
    totalText: span ? score.total.toFixed(1) : `${total}`,
    verdict: verdict(total),
    parts,
    comparison,
    turningPoints: teamTurningPoints(decisions, reports, start, span),
    years: yours.map((f) => f.year),
    charts: CHART_KEYS.map((key) => {
      const h = headline(key);
      return {
        key,
        label: h.label,
        colour: h.colour,
        yours: yours.map((f) => f[key]),
        history: history ? ghostSeries(history, start.last!, key, yours.length) : null,
      };
    }),
  };
}
