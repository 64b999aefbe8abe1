import { MOVES, type Scenario } from '../../engine';
import type { Evaluator, PlayedGame } from './evaluator';
import { LESSONS, type Bridge, type Difference, type Gamble, type Lesson, type LessonContext, type Timing } from './lessons';
import { moveTo, without, yearOf, type Path } from './pathEdit';
import { mean } from './stats';
import { gambleSeeds } from './budget';
import type { Status } from './check';

// Plays every lesson's A and B on every seed and says whether its target holds.

export interface LessonRow {
  id: string;
  words: string;
  vs: string;
  target: string;
  status: Status;
  /** mean of A - B over the seeds it applies to (for the timing lesson: the best year's lead over the ends) */
  mean: number | null;
  /** seeds where the sign held (A beat B; for a loss target, B beat A) */
  held: number;
  seeds: number;
  detail: string;
  perSeed: number[];
}

function row(lesson: Lesson, status: Status, mean: number | null, held: number, seeds: number, detail: string, perSeed: number[], suffix = ''): LessonRow {
  return { id: lesson.id + suffix, words: lesson.words, vs: lesson.vs, target: lesson.target, status, mean, held, seeds, detail, perSeed };
}

const samePath = (a: PlayedGame, b: PlayedGame) => JSON.stringify(a.path) === JSON.stringify(b.path);

function difference(lesson: Lesson, shape: Difference, c: LessonContext, ev: Evaluator, seeds: string[]): LessonRow[] {
  const diffs: number[] = [];
  let differs = false;
  let seedsWithB = 0;
  for (const seed of seeds) {
    const a = ev.playPath(seed, shape.a(c));
    const bPath = shape.b(c, a);
    if (!bPath) continue;
    seedsWithB++;
    const b = ev.playPath(seed, bPath);
    if (!samePath(a, b)) differs = true;
    diffs.push(a.score - b.score);
  }
  if (seedsWithB === 0) return [row(lesson, 'not in this scenario', null, 0, 0, 'B cannot be built on any seed', [])];
  if (!differs) return [row(lesson, 'not in this scenario', null, 0, diffs.length, 'A and B play the same moves: the move never stands', diffs)];
  const m = mean(diffs);
  const pass = shape.strict ? m > shape.atLeast : m >= shape.atLeast;
  const detail = [shape.describe?.(c) ?? '', seedsWithB < seeds.length ? `B exists on ${seedsWithB} of ${seeds.length} seeds` : ''].filter(Boolean).join('; ');
  return [row(lesson, pass ? 'pass' : 'fail', m, diffs.filter((d) => d > 0).length, diffs.length, detail, diffs)];
}

function timing(lesson: Lesson, shape: Timing, c: LessonContext, ev: Evaluator, seeds: string[]): LessonRow[] {
  const years = shape.years(c);
  if (years.length < 3) return [row(lesson, 'not in this scenario', null, 0, 0, 'fewer than three launch years to compare', [])];
  const scores = years.map((year) => seeds.map((seed) => ev.playPath(seed, shape.variant(c, year)).score));
  const means = scores.map(mean);
  const bestAt = means.indexOf(Math.max(...means));
  const bestYears = seeds.map((_, s) => years[scores.reduce((bi, col, i) => (col[s]! > scores[bi]![s]! ? i : bi), 0)]!);
  const inWindow = bestYears.filter((y) => y >= shape.window[0] && y <= shape.window[1]).length;
  const lead = means[bestAt]! - Math.max(means[0]!, means[means.length - 1]!);
  const interior = bestAt > 0 && bestAt < years.length - 1;
  const pass = interior && inWindow * 2 > seeds.length;
  const counts = new Map<number, number>();
  for (const y of bestYears) counts.set(y, (counts.get(y) ?? 0) + 1);
  const detail = `best ${years[bestAt]} (mean ${means[bestAt]!.toFixed(1)}); ${years[0]}: ${means[0]!.toFixed(1)}, ${years[years.length - 1]}: ${means[means.length - 1]!.toFixed(1)}; `
    + `seeds' best: ${[...counts].sort((x, y) => x[0] - y[0]).map(([y, n]) => `${y} x${n}`).join(', ')}`;
  return [row(lesson, pass ? 'pass' : 'fail', lead, inWindow, seeds.length, detail, bestYears)];
}

function bridge(lesson: Lesson, shape: Bridge, c: LessonContext, ev: Evaluator, seeds: string[]): LessonRow[] {
  const rent = { kind: 'rentSpareCapacity' } as const;
  const earliest = Math.max(c.scenario.firstYear, (MOVES.find((m) => m.key === 'rentSpareCapacity')?.earliest ?? 0));
  const bases: [string, Path][] = [['history\'s path', c.history]];
  if (c.best) bases.push(['the best path', c.best]);
  return bases.map(([name, base]) => {
    const worst: number[] = [];
    for (const seed of seeds) {
      const a = ev.playPath(seed, without(base, 'rentSpareCapacity'));
      const ec2Year = yearOf(a.path, 'launchService:ec2') || c.scenario.lastYear + 1;
      let low = Infinity;
      for (let year = earliest; year < ec2Year; year++) low = Math.min(low, a.score - ev.playPath(seed, moveTo(a.path, rent, year)).score);
      if (low < Infinity) worst.push(low);
    }
    const suffix = name === 'history\'s path' ? ':history' : ':best';
    if (worst.length === 0) return row(lesson, 'not in this scenario', null, 0, 0, `no year before EC2 on ${name}`, [], suffix);
    const held = worst.filter((d) => d >= shape.atLeast).length;
    const pass = held >= shape.seedShare * worst.length;
    return { ...row(lesson, pass ? 'pass' : 'fail', mean(worst), held, worst.length, `on ${name}; held = seeds where the worst year still loses by >= ${shape.atLeast}`, worst, suffix), vs: `${lesson.vs.split(' (')[0]} (${name})` };
  });
}

/** A win is one draw a seed, so the gamble is measured on at least this many seeds (the run's first). */

function gamble(lesson: Lesson, shape: Gamble, c: LessonContext, ev: Evaluator, runSeeds: string[]): LessonRow[] {
  const seeds = gambleSeeds(runSeeds);
  const won: number[] = [];
  const lost: number[] = [];
  let winsWithRegion = 0;
  let winsWithout = 0;
  // The gamble is the bid alone: a protest after a loss is a decision of its own (its own family).
  const bid = without(c.history, 'protestJedi');
  const noBid = without(c.history, 'bidJedi', 'protestJedi');
  const noRegion = without(bid, 'govCloud');
  for (const seed of seeds) {
    const a = ev.playPath(seed, bid);
    const d = a.score - ev.playPath(seed, noBid).score;
    (a.jediWon ? won : lost).push(d);
    if (a.jediWon) winsWithRegion++;
    if (ev.playPath(seed, noRegion).jediWon) winsWithout++;
  }
  const n = seeds.length;
  const mw = won.length ? mean(won) : null;
  const ml = lost.length ? mean(lost) : null;
  const hasRegion = yearOf(c.history, 'govCloud') > 0;
  return [
    { ...row(lesson, mw === null ? 'fail' : mw >= shape.wonAtLeast ? 'pass' : 'fail', mw, won.filter((x) => x > 0).length, won.length,
      mw === null ? 'the bid won on no seed: run more seeds' : '', won, ':won'), vs: 'bid and win vs no bid', target: `>= +${shape.wonAtLeast}` },
    { ...row(lesson, ml === null ? 'fail' : ml <= shape.lostAtMost ? 'pass' : 'fail', ml, lost.filter((x) => x < 0).length, lost.length,
      ml === null ? 'the bid lost on no seed: run more seeds' : '', lost, ':lost'), vs: 'bid and lose (no protest) vs no bid', target: `<= ${shape.lostAtMost}` },
    { ...row(lesson, !hasRegion ? 'not in this scenario' : winsWithRegion > winsWithout ? 'pass' : 'fail', (winsWithRegion - winsWithout) / n,
      winsWithRegion, n, `win rate ${pct(winsWithRegion / n)} with the government region, ${pct(winsWithout / n)} without`, [], ':credentials'),
    vs: 'win rate with the government region vs without', target: 'higher with it' },
  ];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Every lesson's rows, in the table's order. */
export function runLessons(scenario: Scenario, ev: Evaluator, seeds: string[], c: LessonContext): LessonRow[] {
  const rows: LessonRow[] = [];
  for (const lesson of LESSONS) {
    const missing = lesson.needs.filter((key) => yearOf(c.history, key) === 0);
    if (lesson.needs.includes('bidJedi') && !scenario.jedi) missing.push('bidJedi');
    if (missing.length) {
      rows.push(row(lesson, 'not in this scenario', null, 0, 0, `history's path makes no ${[...new Set(missing)].join(', ')} in these years`, []));
      continue;
    }
    const s = lesson.shape;
    if (s.kind === 'difference') rows.push(...difference(lesson, s, c, ev, seeds));
    else if (s.kind === 'timing') rows.push(...timing(lesson, s, c, ev, seeds));
    else if (s.kind === 'bridge') rows.push(...bridge(lesson, s, c, ev, seeds));
    else rows.push(...gamble(lesson, s, c, ev, seeds));
  }
  return rows;
}

