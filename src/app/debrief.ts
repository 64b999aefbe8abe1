import { newGame, playPlan, type Scenario, type YearDecisions, type YearFigures } from '../engine';
import { differences } from './actionLabel';

// The debrief: the gap between a run and history's path in the same world, split by year. History's
// calls are swapped for the run's one year at a time, in order (each later year keeping history's calls
// where they can still stand), and each line is what that swap changed, so the lines add up exactly to
// the whole gap, in points and in every figure.

export const DEBRIEF_METHOD = 'Each line is what that year\u2019s calls changed: history\u2019s calls are swapped for yours one year at a time, in order, so the lines add up to the whole gap.';

/** The figures a debrief splits, read at the last year compared. */
export const DEBRIEF_FIGURES = ['netSales', 'operatingIncome', 'awsRevenue', 'cash', 'marketCap'] as const;
export type DebriefFigure = typeof DEBRIEF_FIGURES[number];

export interface DebriefLine {
  year: number;
  yours: string[];              // the moves you made that year that history did not
  history: string[];            // and the other way round
  text: string;
  points: number;               // this year's calls' share of the score gap
  figures: Record<DebriefFigure, number>;
}

export interface Debrief {
  upToYear: number;
  score: number;
  historyScore: number;
  scoreGap: number;             // your score minus history's, same world
  figureGaps: Record<DebriefFigure, number>;
  lines: DebriefLine[];
  method: string;
}

interface Outcome {
  score: number;
  figures: Record<DebriefFigure, number>;
}

function pick(f: YearFigures): Record<DebriefFigure, number> {
  return { netSales: f.netSales, operatingIncome: f.operatingIncome, awsRevenue: f.awsRevenue, cash: f.cash, marketCap: f.marketCap };
}

function minus(a: Record<DebriefFigure, number>, b: Record<DebriefFigure, number>): Record<DebriefFigure, number> {
  return { netSales: a.netSales - b.netSales, operatingIncome: a.operatingIncome - b.operatingIncome, awsRevenue: a.awsRevenue - b.awsRevenue, cash: a.cash - b.cash, marketCap: a.marketCap - b.marketCap };
}

/** The outcome by `upToYear` of your calls up to `switchYear` and history's after, where they still stand. */
function outcome(scenario: Scenario, seed: string, path: readonly YearDecisions[], switchYear: number, upToYear: number): Outcome {
  let found: Outcome | null = null;
  playPlan(scenario, seed, (state) => {
    const from = state.year <= switchYear ? path : scenario.history;
    return [...(from.find((d) => d.year === state.year)?.actions ?? [])];
  }, (figures, state) => {
    if (figures.year === upToYear) found = { score: state.score.total, figures: pick(figures) };
  });
  if (!found) throw new Error(`no figures for ${upToYear}`);
  return found;
}

function lineText(year: number, yours: string[], history: string[]): string {
  if (history.length === 0) return `${year}: you: ${yours.join(', ')}; history: not that year.`;
  if (yours.length === 0) return `${year}: history: ${history.join(', ')}; you: not that year.`;
  return `${year}: you: ${yours.join(', ')}; history: ${history.join(', ')}.`;
}

/**
 * A path's moves year by year, with a dial set to the level it already had left out: setting retail to
 * steady when it is steady is no call at all, whichever path records it.
 */
function callsByYear(scenario: Scenario, path: readonly YearDecisions[]): Map<number, YearDecisions> {
  // The starting dials do not depend on the seed.
  const start = newGame(scenario, scenario.defaultSeed);
  const level = { capex: start.capexLevel, retailInvestment: start.retailLevel };
  const out = new Map<number, YearDecisions>();
  for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
    const actions = (path.find((d) => d.year === year)?.actions ?? []).filter((a) => {
      if (a.kind !== 'capex' && a.kind !== 'retailInvestment') return true;
      const same = level[a.kind] === a.level;
      level[a.kind] = a.level;
      return !same;
    });
    out.set(year, { year, actions });
  }
  return out;
}

/** The debrief of a run (its decisions, up to and including `upToYear`) against history's path on the same seed. */
export function debrief(scenario: Scenario, seed: string, path: readonly YearDecisions[], upToYear: number): Debrief {
  let before = outcome(scenario, seed, path, scenario.firstYear - 1, upToYear);
  const start = before;
  const lines: DebriefLine[] = [];
  const yours = callsByYear(scenario, path);
  const theirs = callsByYear(scenario, scenario.history);
  for (let year = scenario.firstYear; year <= upToYear; year++) {
    const diff = differences(yours.get(year), theirs.get(year));
    // A year whose calls match history's leaves every later swap the same: it changes nothing.
    if (diff.onlyYours.length === 0 && diff.onlyTheirs.length === 0) continue;
    const after = outcome(scenario, seed, path, year, upToYear);
    lines.push({
      year, yours: diff.onlyYours, history: diff.onlyTheirs, text: lineText(year, diff.onlyYours, diff.onlyTheirs),
      points: after.score - before.score, figures: minus(after.figures, before.figures),
    });
    before = after;
  }
  return {
    upToYear,
    score: before.score,
    historyScore: start.score,
    scoreGap: before.score - start.score,
    figureGaps: minus(before.figures, start.figures),
    lines,
    method: DEBRIEF_METHOD,
  };
}
