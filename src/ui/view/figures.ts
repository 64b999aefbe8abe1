import type { TurnReport, YearFigures } from '../../engine';
import { formatChange, formatLevel, isVisibleChange, type Unit } from './format';
import { SERIES } from './palette';

// The headline figures the dashboard, the previews and the charts all talk about.

export type HeadlineKey =
  | 'netSales' | 'operatingIncome' | 'awsRevenue' | 'cloudShare'
  | 'primeMembersMillions' | 'cash' | 'trust' | 'marketCap';

export interface Headline {
  key: HeadlineKey;
  label: string;
  short: string;
  unit: Unit;
  colour: number;
  meaning: string;
}

export const HEADLINES: readonly Headline[] = [
  { key: 'netSales', label: 'Net sales', short: 'Sales', unit: 'usdBn', colour: SERIES.netSales,
    meaning: 'Everything Amazon books as revenue: its own retail sales, fees from outside sellers, Prime fees and AWS.' },
  { key: 'operatingIncome', label: 'Operating income', short: 'Profit', unit: 'usdBn', colour: SERIES.operatingIncome,
    meaning: 'Sales less the cost of running the company, before interest and tax. Below zero, the company burns money.' },
  { key: 'awsRevenue', label: 'AWS revenue', short: 'AWS', unit: 'usdBn', colour: SERIES.awsRevenue,
    meaning: 'What customers pay for cloud services, once there are any on sale.' },
  { key: 'cloudShare', label: 'Cloud market share', short: 'Share', unit: 'fraction', colour: SERIES.cloudShare,
    meaning: "AWS's slice of all cloud infrastructure spending. 100% while nobody else sells any." },
  { key: 'primeMembersMillions', label: 'Prime members', short: 'Prime', unit: 'millions', colour: SERIES.primeMembersMillions,
    meaning: 'Shoppers paying a yearly fee for fast free shipping; they buy more and more often.' },
  { key: 'cash', label: 'Cash', short: 'Cash', unit: 'usdBn', colour: SERIES.cash,
    meaning: 'Money in the bank. Data centres are paid for up front; below zero, Amazon borrows at interest.' },
  { key: 'trust', label: 'Cloud trust', short: 'Trust', unit: 'fraction', colour: SERIES.trust,
    meaning: 'How far cloud customers rely on AWS. Outages and evictions cost it; steady service and price cuts earn it.' },
  { key: 'marketCap', label: 'Market value', short: 'Value', unit: 'usdBn', colour: SERIES.marketCap,
    meaning: 'What investors think the whole company is worth. It moves with the stock market and with your results.' },
];

export function headline(key: HeadlineKey): Headline {
  return HEADLINES.find((h) => h.key === key)!;
}

export function figureValue(figures: YearFigures, key: HeadlineKey): number {
  return figures[key];
}

/** True when a figure means nothing yet (no cloud business, so no share or trust to speak of). */
export function notYet(figures: YearFigures, key: HeadlineKey): boolean {
  if (key === 'cloudShare') return figures.cloudMarket <= 0;
  if (key === 'trust' || key === 'awsRevenue') return figures.awsRevenue <= 0 && figures.capacity <= 0;
  return false;
}

export type Direction = 'up' | 'down' | 'flat';

export interface DashboardRow {
  key: HeadlineKey;
  label: string;
  value: string;
  change: string;
  direction: Direction;
  colour: number;
  /** one value a year from the year before the start, for the sparkline */
  series: number[];
}

/** The year-by-year figures of a game so far, starting with the year before the first. */
export function figureHistory(start: YearFigures, reports: readonly TurnReport[]): YearFigures[] {
  return [start, ...reports.map((r) => r.figures)];
}

export function dashboardRows(history: readonly YearFigures[]): DashboardRow[] {
  const last = history[history.length - 1]!;
  const before = history.length > 1 ? history[history.length - 2]! : null;
  return HEADLINES.map((h) => {
    const value = figureValue(last, h.key);
    const series = history.map((f) => figureValue(f, h.key));
    if (notYet(last, h.key)) {
      return { key: h.key, label: h.label, value: '—', change: 'not yet', direction: 'flat', colour: h.colour, series };
    }
    const delta = before ? value - figureValue(before, h.key) : 0;
    const visible = before !== null && isVisibleChange(h.unit, delta);
    return {
      key: h.key,
      label: h.label,
      value: formatLevel(h.unit, value),
      change: visible ? formatChange(h.unit, delta) : before ? 'no change' : 'starting point',
      direction: visible ? (delta > 0 ? 'up' : 'down') : 'flat',
      colour: h.colour,
      series,
    };
  });
}
