import type { Scenario, TurnReport, YearDecisions, YearFigures } from '../../engine';
import { differenceEffects } from '../../app/divergence';
import { ghostSeries, historyGhost, type FigureKey } from './ghost';
import { capital, formatLevel, moneyDelta, type Unit } from './format';
import { OKABE_ITO, SERIES } from './palette';

// The debrief after a run: the run against history's path in the same world, figure by figure,
// and each place the two parted, with what that one difference was worth on its own.

export interface DebriefChart {
  label: string;
  unit: Unit;
  colour: number;
  yours: number[];
  history: number[] | null;
  latest: string;
}

export interface DebriefRow {
  year: number;
  text: string;
  effect: string;
  direction: 'up' | 'down' | 'flat' | 'unknown';
}

export interface DebriefView {
  years: number[];
  charts: DebriefChart[];
  rows: DebriefRow[];
  summary: string;
}

const FIGURES: readonly { key: FigureKey; label: string; unit: Unit; colour: number }[] = [
  { key: 'netSales', label: 'Net sales', unit: 'usdBn', colour: SERIES.netSales },
  { key: 'operatingIncome', label: 'Operating income', unit: 'usdBn', colour: SERIES.operatingIncome },
  { key: 'awsRevenue', label: 'AWS revenue', unit: 'usdBn', colour: SERIES.awsRevenue },
  { key: 'awsOperatingMargin', label: 'AWS margin', unit: 'fraction', colour: OKABE_ITO.vermillion },
  { key: 'cloudShare', label: 'Cloud share', unit: 'fraction', colour: SERIES.cloudShare },
];

/** "+12 points", "−3 points", "no change to the score", or that it could not be measured alone. */
export function effectText(scoreEffect: number | null, netSalesEffect: number | null): { text: string; direction: DebriefRow['direction'] } {
  if (scoreEffect === null) return { text: 'effect could not be isolated', direction: 'unknown' };
  const points = Math.round(scoreEffect);
  const sales = netSalesEffect !== null && Math.abs(netSalesEffect) >= 0.0005 ? `, sales ${moneyDelta(netSalesEffect)}` : '';
  if (points === 0) return { text: `\u00B10 points${sales}`, direction: 'flat' };
  return { text: `${points > 0 ? '\u25B2 +' : '\u25BC \u2212'}${Math.abs(points)} points${sales}`, direction: points > 0 ? 'up' : 'down' };
}

export function debriefView(scenario: Scenario, seed: string, start: YearFigures, reports: readonly TurnReport[], decisions: readonly YearDecisions[]): DebriefView {
  const yours = [start, ...reports.map((r) => r.figures)];
  const ghost = historyGhost(scenario, seed);
  const lastYear = decisions[decisions.length - 1]?.year ?? scenario.firstYear - 1;
  const effects = lastYear >= scenario.firstYear ? differenceEffects(scenario, seed, decisions, lastYear) : [];
  const rows = effects.map((e) => {
    const effect = effectText(e.scoreEffect, e.netSalesEffect);
    return { year: e.year, text: capital(e.text.replace(/^\d{4}: /, '')), effect: effect.text, direction: effect.direction };
  });
  const measured = effects.filter((e) => e.scoreEffect !== null);
  const best = [...measured].sort((a, b) => b.scoreEffect! - a.scoreEffect!)[0];
  let summary = rows.length === 0
    ? 'You made history\u2019s calls in every year: there is nothing to compare.'
    : `${rows.length} difference${rows.length === 1 ? '' : 's'} from history. Each is measured by putting that one call back as history made it.`;
  if (best && best.scoreEffect! >= 0.5) summary += ` Your best call: ${best.year} (+${Math.round(best.scoreEffect!)} points).`;
  return {
    years: yours.map((f) => f.year),
    charts: FIGURES.map((f) => {
      const values = yours.map((y) => y[f.key]);
      return {
        label: f.label,
        unit: f.unit,
        colour: f.colour,
        yours: values,
        history: ghost ? ghostSeries(ghost, start, f.key, yours.length) : null,
        latest: formatLevel(f.unit, values[values.length - 1] ?? 0),
      };
    }),
    rows,
    summary,
  };
}
