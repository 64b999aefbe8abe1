import { runCampaign, type Scenario, type YearFigures } from '../engine';
import { NET_SALES, OPERATING_INCOME } from './annualReports';

/** The figures the historical path must hit: ../shared/calibration/targets.md, one row each. */
export interface CalibrationTarget {
  label: string;
  year: number;
  target: string;
  low: number;
  high: number;
  source: string;
  percent?: boolean;
  value: (years: readonly YearFigures[]) => number;
  /** extra condition beyond the range, e.g. "the largest"; returns '' when met */
  also?: (years: readonly YearFigures[]) => string;
}

function at(years: readonly YearFigures[], year: number): YearFigures {
  const found = years.find((y) => y.year === year);
  if (!found) throw new Error(`no figures for ${year}`);
  return found;
}

export const CALIBRATION_TARGETS: readonly CalibrationTarget[] = [
  { label: 'Amazon net sales', year: 2000, target: '2.76', low: 2.5, high: 3.0, source: 'annual report', value: (y) => at(y, 2000).netSales },
  { label: 'Amazon operating income', year: 2000, target: '-0.86', low: -1.2, high: -0.5, source: 'annual report', value: (y) => at(y, 2000).operatingIncome },
  { label: 'Amazon net sales', year: 2020, target: '386.1', low: 350, high: 420, source: 'annual report', value: (y) => at(y, 2020).netSales },
  { label: 'Amazon operating income', year: 2020, target: '22.9', low: 19, high: 27, source: 'annual report', value: (y) => at(y, 2020).operatingIncome },
  { label: 'AWS revenue', year: 2015, target: '~6 run rate, 7.9 full year', low: 5.5, high: 8.5, source: '003, annual report', value: (y) => at(y, 2015).awsRevenue },
  { label: 'AWS operating margin', percent: true, year: 2015, target: '19%', low: 0.16, high: 0.22, source: '003', value: (y) => at(y, 2015).awsOperatingMargin },
  { label: 'Share price reaction to first AWS disclosure', percent: true, year: 2015, target: '+15%', low: 0.10, high: 0.20, source: '003', value: (y) => at(y, 2015).disclosureReaction },
  { label: 'AWS revenue', year: 2020, target: '45.4', low: 40, high: 51, source: 'annual report', value: (y) => at(y, 2020).awsRevenue },
  { label: 'AWS operating income', year: 2020, target: '13.5', low: 11, high: 16, source: 'annual report', value: (y) => at(y, 2020).awsOperatingIncome },
  { label: 'AWS share of Amazon operating income', percent: true, year: 2020, target: '59%', low: 0.5, high: 0.7, source: '000, annual report', value: (y) => at(y, 2020).awsShareOfOperatingIncome },
  {
    label: 'AWS share of cloud infrastructure', percent: true, year: 2020, target: '32%, the largest', low: 0.28, high: 0.37, source: '004, industry trackers',
    value: (y) => at(y, 2020).cloudShare,
    also: (y) => { const f = at(y, 2020); return f.cloudShare > f.microsoftShare && f.cloudShare > f.googleShare ? '' : 'not the largest'; },
  },
  {
    label: "Microsoft's cloud share", percent: true, year: 2020, target: '20%, second', low: 0.15, high: 0.25, source: 'industry trackers',
    value: (y) => at(y, 2020).microsoftShare,
    also: (y) => { const f = at(y, 2020); return f.microsoftShare < f.cloudShare && f.microsoftShare > f.googleShare ? '' : 'not second'; },
  },
  { label: 'Cumulative AWS price reductions', year: 2015, target: '49', low: 40, high: 60, source: '001, public', value: (y) => at(y, 2015).cumulativePriceCuts },
  { label: "Third-party sellers' share of units", percent: true, year: 2020, target: 'majority', low: 0.5, high: 1, source: '000', value: (y) => at(y, 2020).thirdPartyShare },
  { label: 'Prime members (millions)', year: 2020, target: '100+', low: 100, high: Infinity, source: '000', value: (y) => at(y, 2020).primeMembersMillions },
];

/**
 * The years between the targets: the early cloud curve (analyst estimates before 2013, annual reports
 * after), rivals' shares (industry trackers), and Amazon's net sales and margin every year.
 */
const AWS_CURVE: readonly [number, number, number, string][] = [
  [2004, 0, 0.05, 'the queue service alone'], [2005, 0, 0.05, 'the queue service alone'], [2006, 0, 0.15, 'storage and compute launch'],
  [2008, 0.1, 0.5, 'estimates'], [2010, 0.3, 1.2, 'estimates'], [2012, 1.2, 2.6, 'estimates'],
  [2013, 2.6, 3.6, 'annual report'], [2014, 4.0, 5.3, 'annual report'], [2016, 10.5, 14, 'annual report'], [2018, 22, 29, 'annual report'],
];

export const BETWEEN_TARGETS: readonly CalibrationTarget[] = [
  ...AWS_CURVE.map(([year, low, high, source]): CalibrationTarget => ({
    label: 'AWS revenue', year, target: `${low === 0 ? '<' : `${low} -`} ${high}`, low, high, source, value: (y) => at(y, year).awsRevenue,
  })),
  { label: "Microsoft's cloud share", percent: true, year: 2015, target: 'about 10%', low: 0.06, high: 0.13, source: 'industry trackers', value: (y) => at(y, 2015).microsoftShare },
  { label: "Microsoft's cloud share", percent: true, year: 2018, target: 'about 16%', low: 0.12, high: 0.19, source: 'industry trackers', value: (y) => at(y, 2018).microsoftShare },
  { label: "Google's cloud share", percent: true, year: 2020, target: 'about 7%', low: 0.05, high: 0.11, source: 'industry trackers', value: (y) => at(y, 2020).googleShare },
  ...range(2001, 2019).map((year): CalibrationTarget => ({
    label: 'Amazon net sales against the annual report', percent: true, year, target: `${NET_SALES[year]} (within 15%)`, low: -0.15, high: 0.15,
    source: 'annual report', value: (y) => at(y, year).netSales / NET_SALES[year]! - 1,
  })),
  ...range(2002, 2019).map((year): CalibrationTarget => ({
    label: 'Amazon operating margin against the annual report (points)', percent: true, year,
    target: `${(OPERATING_INCOME[year]! / NET_SALES[year]! * 100).toFixed(1)}% (within 3 points)`, low: -0.03, high: 0.03,
    source: 'annual report', value: (y) => { const f = at(y, year); return f.operatingIncome / f.netSales - OPERATING_INCOME[year]! / NET_SALES[year]!; },
  })),
];

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let year = from; year <= to; year++) out.push(year);
  return out;
}

/** The epilogue beyond 2020, for scenarios that run on: targets.md's "Epilogue facts". */
export const EPILOGUE_TARGETS: readonly CalibrationTarget[] = [
  { label: 'AWS revenue passes $100B a year', year: 2024, target: '107.6', low: 95, high: 120, source: '004, annual report', value: (y) => at(y, 2024).awsRevenue },
  { label: 'AWS regions', year: 2025, target: '30+', low: 30, high: Infinity, source: '004', value: (y) => at(y, 2025).regions },
  { label: 'AWS availability zones', year: 2025, target: '100+', low: 100, high: Infinity, source: '004', value: (y) => at(y, 2025).availabilityZones },
  { label: 'AWS services offered', year: 2025, target: '200+', low: 200, high: Infinity, source: '004', value: (y) => at(y, 2025).servicesOffered },
];

/** The targets whose year a scenario plays, and how many fall outside its years. */
export function targetsWithin(firstYear: number, lastYear: number): { targets: CalibrationTarget[]; outside: number } {
  const all = [...CALIBRATION_TARGETS, ...BETWEEN_TARGETS, ...EPILOGUE_TARGETS];
  const targets = all.filter((t) => t.year >= firstYear && t.year <= lastYear);
  // The epilogue only counts for a scenario that plays it; a 2000-2020 one is not short of it.
  const outside = [...CALIBRATION_TARGETS, ...BETWEEN_TARGETS].filter((t) => t.year < firstYear || t.year > lastYear).length;
  return { targets, outside };
}

export interface CalibrationRow {
  label: string;
  year: number;
  target: string;
  range: string;
  value: number;
  pass: boolean;
  note: string;
}

function formatRange(t: CalibrationTarget): string {
  const pct = t.percent === true;
  const f = (v: number) => (pct ? `${Math.round(v * 100)}%` : String(v));
  if (t.high === Infinity) return `>= ${f(t.low)}`;
  if (t.high === 1 && pct) return `> ${f(t.low)}`;
  return `${f(t.low)} to ${f(t.high)}`;
}

export function checkCalibration(years: readonly YearFigures[], targets: readonly CalibrationTarget[] = CALIBRATION_TARGETS): CalibrationRow[] {
  return targets.map((t) => {
    const value = t.value(years);
    const extra = t.also ? t.also(years) : '';
    const inRange = value >= t.low && value <= t.high;
    return { label: t.label, year: t.year, target: t.target, range: formatRange(t), value, pass: inRange && !extra, note: extra };
  });
}

/**
 * targets.md's JEDI row: on history's path and the scenario's seed, the award is lost. It is judged
 * in the award year, so a later cancellation (the extended era) does not undo the loss. Null when
 * the scenario has no award within its years.
 */
export function checkJediAward(scenario: Scenario, seed: string): { year: number; status: string; pass: boolean } | null {
  const year = scenario.jedi?.awardYear ?? 0;
  if (year < scenario.firstYear || year > scenario.lastYear) return null;
  const run = runCampaign(scenario, seed, scenario.history, { reports: false, figures: false, yearHashes: false, untilYear: year });
  const status = run.ok ? run.state.jedi : 'not played';
  return { year, status, pass: status === 'lost' || status === 'protesting' || status === 'protestFailed' };
}
