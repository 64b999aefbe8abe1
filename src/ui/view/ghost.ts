import { runCampaign, type Scenario, type YearDecisions, type YearFigures } from '../../engine';
import { divergences } from '../../app/divergence';
import { spanScore, type ScoreSpan } from '../../app/result';
import { headline, notYet, type HeadlineKey } from './figures';
import { formatLevel } from './format';

// The ghost: history's own decisions played in the same world (scenario and seed) as the game,
// shown beside the player's figures. History is played once per game and kept.

/** The figures that are numbers, the ones a chart can draw. */
export type FigureKey = { [K in keyof YearFigures]: YearFigures[K] extends number ? K : never }[keyof YearFigures];

export interface HistoryGhost {
  /** one figure set per scenario year, from the first */
  figures: YearFigures[];
  total: number;
}

let cached: { scenario: Scenario; seed: string; ghost: HistoryGhost | null } | null = null;

/** History's run in this world, computed once per scenario and seed. Null if it cannot be played. */
export function historyGhost(scenario: Scenario, seed: string): HistoryGhost | null {
  if (cached && cached.scenario === scenario && cached.seed === seed) return cached.ghost;
  const run = runCampaign(scenario, seed, scenario.history, { reports: false, yearHashes: false });
  const ghost = run.ok ? { figures: run.years, total: run.state.score.total } : null;
  cached = { scenario, seed, ghost };
  return ghost;
}

/** History's score in this world: the whole run's, or in a competition its teams' years only. */
export function ghostScore(ghost: HistoryGhost, span?: ScoreSpan): number {
  return span ? spanScore(ghost.figures, span.firstYear, span.lastYear).total : ghost.total;
}

/**
 * History's series for a figure, lined up with a player's series that starts with the year before
 * the first and has `length` entries (the starting point is the same for both).
 */
export function ghostSeries(ghost: HistoryGhost, start: YearFigures, key: FigureKey, length: number): number[] {
  return [start, ...ghost.figures].slice(0, length).map((f) => f[key]);
}

/** "history $3.12B": history's value for the last played year, or null before the first year. */
export function ghostText(ghost: HistoryGhost, key: HeadlineKey, playedYears: number): string | null {
  if (playedYears <= 0) return null;
  const figures = ghost.figures[playedYears - 1];
  if (!figures) return null;
  return `history ${notYet(figures, key) ? '\u2014' : formatLevel(headline(key).unit, figures[key])}`;
}

export interface GhostRow {
  series: number[];
  text: string | null;
}

/** History's figure and series for each dashboard row (same keys, same order). */
export function ghostRows(ghost: HistoryGhost, start: YearFigures, keys: readonly HeadlineKey[], length: number): GhostRow[] {
  return keys.map((key) => ({ series: ghostSeries(ghost, start, key, length), text: ghostText(ghost, key, length - 1) }));
}

/** How many calls differ from history's so far, and the newest in words; count first so a cut line keeps it. */
export function divergenceLine(scenario: Scenario, path: readonly YearDecisions[], upToYear: number): string {
  if (upToYear < scenario.firstYear) return 'No years played yet: nothing differs from history.';
  const found = divergences(scenario, path, upToYear);
  if (found.length === 0) return 'So far you have made history\u2019s calls exactly.';
  const latest = found[found.length - 1]!.short;
  return `${found.length} call${found.length === 1 ? '' : 's'} unlike history\u2019s; latest: ${latest}.`;
}
