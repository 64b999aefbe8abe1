import type { MetricChange, TurnReport } from '../../engine';
import { formatChange, formatLevel, isVisibleChange, percent, type Unit } from './format';

// The annual report: every headline figure's change and the drivers it splits into, as the
// engine explains them ("AWS revenue +$2.1B: cloud market growth +$1.5B, ...").

export interface DriverLine {
  label: string;
  value: number;
  text: string;
  direction: 'up' | 'down';
}

export interface ReportBlock {
  metric: string;
  label: string;
  valueText: string;
  changeText: string;
  direction: 'up' | 'down' | 'flat';
  drivers: DriverLine[];
  /** the drivers too small to print, still part of the change */
  hiddenDrivers: number;
  summary: string;
}

/** The share price is reported as a change from last year, so its drivers read as percentages. */
function unitOf(change: MetricChange): Unit {
  return change.unit;
}

function changeText(change: MetricChange, value: number): string {
  return change.metric === 'sharePrice' ? percent(value, true) : formatChange(unitOf(change), value);
}

function visible(change: MetricChange, value: number): boolean {
  return change.metric === 'sharePrice' ? Math.abs(value) >= 0.0005 : isVisibleChange(unitOf(change), value);
}

export function reportBlock(change: MetricChange): ReportBlock {
  const delta = change.after - change.before;
  const shown = visible(change, delta);
  const drivers = change.drivers
    .filter((d) => d.label !== 'rounding' && visible(change, d.value))
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .map((d) => ({ label: d.label, value: d.value, text: changeText(change, d.value), direction: d.value >= 0 ? 'up' as const : 'down' as const }));
  // The share price is itself a change, so its level would only repeat it.
  const valueText = change.metric === 'sharePrice' ? '' : formatLevel(unitOf(change), change.after);
  const head = shown ? `${change.label} ${changeText(change, delta)}` : `${change.label}: no change`;
  const summary = shown && drivers.length > 0
    ? `${head}: ${drivers.map((d) => `${d.label} ${d.text}`).join(', ')}`
    : head;
  return {
    metric: change.metric,
    label: change.label,
    valueText,
    changeText: shown ? changeText(change, delta) : 'no change',
    direction: shown ? (delta > 0 ? 'up' : 'down') : 'flat',
    drivers,
    hiddenDrivers: change.drivers.length - drivers.length,
    summary,
  };
}

/** Cash below zero is debt: the block says how much, and how far the lenders will go. */
function withDebt(block: ReportBlock, report: TurnReport): ReportBlock {
  const f = report.figures;
  if (block.metric !== 'cash' || f.cash >= 0) return block;
  return { ...block, valueText: `debt ${formatLevel('usdBn', -f.cash)} of ${formatLevel('usdBn', -f.creditLimit)}` };
}

export interface ReportView {
  year: number;
  title: string;
  events: string[];
  scoreText: string;
  blocks: ReportBlock[];
  nextLabel: string;
}

export function reportView(report: TurnReport, finished: boolean): ReportView {
  return {
    year: report.year,
    title: `Annual report ${report.year}`,
    events: report.events.length > 0 ? [...report.events] : ['A year without surprises.'],
    scoreText: `This year scored ${Math.round(report.figures.scoreThisYear)} of 100`,
    blocks: report.changes.map((change) => withDebt(reportBlock(change), report)),
    nextLabel: finished ? 'See how the run ended' : `On to ${report.year + 1}`,
  };
}
