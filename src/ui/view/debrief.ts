import type { Scenario, TurnReport, YearDecisions, YearFigures } from '../../engine';
import { debrief } from '../../app/debrief';
import { ghostSeries, historyGhost, type FigureKey } from './ghost';
import { capital, formatLevel, moneyDelta, type Unit } from './format';
import { OKABE_ITO, SERIES } from './palette';

// The debrief after a run: the run against history's path in the same world, figure by figure,
// and each year the two parted, with that year's share of the gap (the shares add up to it).

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
  direction: 'up' | 'down' | 'flat';
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

/** "▲ +12.4 points, sales +$3.2B", "▼ −0.6 points", "±0.0 points": a year's share of the gap. */
export function effectText(points: number, netSales: number): { text: string; direction: DebriefRow['direction'] } {
  const rounded = Math.round(points * 10) / 10;
  const sales = Math.abs(netSales) >= 0.0005 ? `, sales ${moneyDelta(netSales)}` : '';
  const size = Math.abs(rounded).toFixed(1);
  const unit = size === '1.0' ? 'point' : 'points';
  if (rounded === 0) return { text: `\u00B10.0 points${sales}`, direction: 'flat' };
  return { text: `${rounded > 0 ? '\u25B2 +' : '\u25BC \u2212'}${size} ${unit}${sales}`, direction: rounded > 0 ? 'up' : 'down' };
}

export function debriefView(scenario: Scenario, seed: string, start: YearFigures, reports: readonly TurnReport[], decisions: readonly YearDecisions[]): DebriefView {
  const yours = [start, ...reports.map((r) => r.figures)];
  const ghost = historyGhost(scenario, seed);
  const lastYear = decisions[decisions.length - 1]?.year ?? scenario.firstYear - 1;
  const d = lastYear >= scenario.firstYear ? debrief(scenario, seed, decisions, lastYear) : null;
  const rows = (d?.lines ?? []).map((line) => {
    const effect = effectText(line.points, line.figures.netSales);
    return { year: line.year, text: capital(line.text.replace(/^\d{4}: /, '')), effect: effect.text, direction: effect.direction };
  });
  const gap = d ? Math.round(d.scoreGap * 10) / 10 : 0;
  const summary = !d || rows.length === 0
    ? 'You made history\u2019s calls in every year: there is nothing to compare.'
    : `You scored ${gap >= 0 ? `${gap.toFixed(1)} points more` : `${Math.abs(gap).toFixed(1)} points fewer`} than history\u2019s calls in this world. ${d.method}`;
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
