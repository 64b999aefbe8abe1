import { divergences } from '../../app/divergence';
import { scoreShown } from '../../app/result';
import type { WatchedReplay } from '../../store/replays';
import { canFork } from '../../store/replays';
import { dashboardRows, figureHistory, headline, HEADLINES, type DashboardRow, type HeadlineKey } from './figures';
import { capital, formatLevel, type Unit } from './format';
import { ghostRows, ghostSeries, historyGhost, type GhostRow } from './ghost';
import { describeActions } from './news';

// The watch screen: one replay shown a year at a time, with what was decided, why (for history's
// path) or how it differs from history (for any other), and the figures so far.

export interface WatchChart {
  key: HeadlineKey;
  label: string;
  unit: Unit;
  colour: number;
  values: number[];
  ghost: number[] | null;
  latest: string;
}

export interface WatchView {
  title: string;
  year: number;
  position: string;
  decisions: string;
  /** "Why" for history; "Where it differs" for other paths */
  noteTitle: string;
  note: string;
  rows: DashboardRow[];
  /** history's figures beside each dashboard row, for any path but history's own */
  ghosts: GhostRow[] | null;
  charts: WatchChart[];
  /** every year of the replay, for the timeline; index i is decisions[i] */
  years: number[];
  index: number;
  slots: number;
  canBack: boolean;
  canForward: boolean;
  canFork: boolean;
  forkLabel: string;
  score: string;
}

const TITLES = {
  history: 'Watch history: Amazon\u2019s own path',
  own: 'Watch your run',
  shared: 'A shared run',
} as const;

const CHART_KEYS: readonly HeadlineKey[] = ['netSales', 'operatingIncome', 'awsRevenue', 'cloudShare'];
/** Shorter titles where a quarter-width chart would crowd its latest value. */
const CHART_LABELS: Partial<Record<HeadlineKey, string>> = { operatingIncome: 'Op. income', cloudShare: 'Cloud share' };

export function watchView(watched: WatchedReplay, index: number): WatchView {
  const { scenario, decisions } = watched;
  const at = Math.max(0, Math.min(decisions.length - 1, index));
  const year = decisions[at]!.year;
  const figures = figureHistory(watched.start.last!, watched.reports.slice(0, at + 1));
  const historyHidden = watched.classGame !== null && !watched.classGame.ghost;
  const ghost = watched.kind === 'history' || historyHidden ? null : historyGhost(scenario, watched.seed);
  let noteTitle = 'Why';
  let note: string;
  if (watched.kind === 'history') {
    note = scenario.history.find((h) => h.year === year)?.why ?? 'A year of carrying on: no new calls were made.';
  } else if (historyHidden) {
    noteTitle = 'This year\u2019s calls';
    note = 'History stays hidden in this competition, so this run is not set beside it.';
  } else {
    noteTitle = 'Where this run differs from history';
    const thisYear = divergences(scenario, decisions.slice(0, at + 1), year).filter((d) => d.year === year);
    note = thisYear.length === 0 ? `Nothing new in ${year}: this run and history agree on this year\u2019s calls.` : thisYear.map((d) => capital(d.text.replace(/^\d{4}: /, ''))).join('. ') + '.';
  }
  const charts = CHART_KEYS.map((key) => {
    const h = headline(key);
    const values = figures.map((f) => f[key]);
    return {
      key,
      label: CHART_LABELS[key] ?? h.label,
      unit: h.unit,
      colour: h.colour,
      values,
      ghost: ghost ? ghostSeries(ghost, watched.start.last!, key, values.length) : null,
      latest: formatLevel(h.unit, values[values.length - 1] ?? 0),
    };
  });
  const forkable = canFork(watched, at);
  const total = Math.round(scoreShown(watched.state, watched.reports, watched.classGame?.scoreSpan));
  const lastYear = decisions[decisions.length - 1]!.year;
  return {
    title: TITLES[watched.kind],
    year,
    position: `${at + 1} of ${decisions.length} years played \u00B7 seed ${watched.seed}`,
    decisions: describeActions(decisions[at]!.actions),
    noteTitle,
    note,
    rows: dashboardRows(figures),
    ghosts: ghost ? ghostRows(ghost, watched.start.last!, HEADLINES.map((h) => h.key), figures.length) : null,
    charts,
    years: decisions.map((d) => d.year),
    index: at,
    slots: scenario.lastYear - scenario.firstYear + 2,
    canBack: at > 0,
    canForward: at < decisions.length - 1,
    canFork: forkable,
    forkLabel: forkable ? `Play on from ${year + 1}` : 'Nothing left to play',
    score: watched.state.finished ? `Final score ${total} / 1000` : `Score by ${lastYear}: ${total}`,
  };
}
