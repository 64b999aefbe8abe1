import { applyTurn, type Action, type Level, type Scenario, type State, type YearDraws, type YearFigures } from '../../engine';
import type { OutagePlan } from '../../engine';
import {
  actionForMove, findMove, moveKeyOf, normalise, priceCuts, setLever, setOutagePlan, setPriceCuts,
  type LeverKind, type CardKey,
} from '../../store/selection';
import { spanScore, type ScoreSpan } from '../../app/result';
import { formatChange, isVisibleChange, type Unit } from './format';
import { HEADLINES, figureValue, type HeadlineKey } from './figures';

// What a decision does, found by playing the game to its last year with and without it, if nothing
// else changes (no new moves in the years after), in this game's own world, and comparing the headline
// figures and the final score: a promise the game keeps exactly. Where a choice is a gamble (the JEDI
// bid or protest, a launch before the API move is done), the same comparison in a few ordinary worlds
// gives the range of what it might do.

/** Quantiles at which the yes/no draws (outage, contract, rival price war) are taken for a gamble's range. */
const WORLD_QUANTILES = [1 / 10, 1 / 2, 9 / 10] as const;

type Values = Record<HeadlineKey, number>;

export interface Projection {
  year: number;
  horizonYear: number;
  now: Values;
  later: Values;
  score: number;                 // the final score of the whole game
}

export type EffectSize = 0 | 1 | 2 | 3;

export interface FigureEffect {
  key: HeadlineKey;
  short: string;
  unit: Unit;
  now: number;
  later: number;
  nowText: string;
  laterText: string;
  /** rough size of the later change: none, small, medium, large */
  size: EffectSize;
  nowSize: EffectSize;
}

export interface Effect {
  year: number;
  horizonYear: number;
  figures: FigureEffect[];
  /** the largest changes by the horizon, at most two, for a card */
  highlights: FigureEffect[];
  /** the final score with it less the final score without it */
  score: number;
  /** for a gamble, the least and most it does to the final score across a few ordinary worlds */
  gamble: { low: number; high: number } | null;
}

const worldCache = new WeakMap<readonly YearDraws[], (readonly YearDraws[])[]>();

function ordinaryWorlds(state: State): (readonly YearDraws[])[] {
  const hit = worldCache.get(state.draws);
  if (hit) return hit;
  const worlds = WORLD_QUANTILES.map((q) => state.draws.map((): YearDraws => ({
    ecommerceNoise: 0, cloudNoise: 0, outage: q, rivalAggression: q, jediPolitics: q, protest: q,
  })));
  worldCache.set(state.draws, worlds);
  return worlds;
}

function values(figures: YearFigures): Values {
  const out = {} as Values;
  for (const h of HEADLINES) out[h.key] = figureValue(figures, h.key);
  return out;
}

function addInto(total: Values, add: Values, weight: number): void {
  for (const h of HEADLINES) total[h.key] = (total[h.key] ?? 0) + add[h.key] * weight;
}

const projectionCache = new WeakMap<State, Map<string, Projection | null>>();

/**
 * How the final score is counted: the whole game's, or in a competition its own years alone, which
 * needs the figures of the years already played (the span's value is measured from the year before it).
 */
export interface ScoreBasis {
  span: ScoreSpan;
  past: readonly YearFigures[];
}

function finalScore(state: State, played: readonly YearFigures[], basis: ScoreBasis | undefined): number {
  if (!basis) return state.score.total;
  return spanScore([...basis.past, ...played], basis.span.firstYear, basis.span.lastYear).total;
}

/**
 * Plays this year with `actions`, then every year to the last with no new moves, in `draws` (the
 * game's own world unless given), and keeps the headline figures of this year and the last, and the
 * final score. Null if the actions are not legal.
 */
export function project(
  scenario: Scenario, state: State, actions: readonly Action[], draws: readonly YearDraws[] = state.draws, basis?: ScoreBasis,
): Projection | null {
  const own = draws === state.draws;
  let table = own ? projectionCache.get(state) : undefined;
  if (own && !table) {
    table = new Map();
    projectionCache.set(state, table);
  }
  const key = basis ? `${basis.span.firstYear}-${basis.span.lastYear}|${JSON.stringify(actions)}` : JSON.stringify(actions);
  if (table?.has(key)) return table.get(key)!;
  const horizonYear = state.lastYear;
  let current: State = own ? state : { ...state, draws };
  const first = applyTurn(scenario, current, { year: state.year, actions: actions.map((a) => ({ ...a })) }, false);
  if (!first.ok) {
    table?.set(key, null);
    return null;
  }
  const years: YearFigures[] = [first.report.figures];
  current = first.state;
  for (let year = state.year + 1; year <= horizonYear; year++) {
    const next = applyTurn(scenario, current, { year, actions: [] }, false);
    if (!next.ok) break;
    current = next.state;
    years.push(next.report.figures);
  }
  const score = finalScore(current, years, basis);
  const result: Projection = { year: state.year, horizonYear, now: values(years[0]!), later: values(years[years.length - 1]!), score };
  table?.set(key, result);
  return result;
}

/** The same comparison in a few ordinary worlds: the least and most a gamble does to the final score. */
function gambleRange(
  scenario: Scenario, state: State, withIt: readonly Action[], without: readonly Action[], basis: ScoreBasis | undefined,
): { low: number; high: number } | null {
  let low = Infinity;
  let high = -Infinity;
  for (const draws of ordinaryWorlds(state)) {
    const a = project(scenario, state, withIt, draws, basis);
    const b = project(scenario, state, without, draws, basis);
    if (!a || !b) return null;
    low = Math.min(low, a.score - b.score);
    high = Math.max(high, a.score - b.score);
  }
  return { low, high };
}

/** A gamble: the JEDI bid or protest (a political draw), or a service launched before the API move is done. */
function isGamble(state: State, key: CardKey): boolean {
  if (key === 'jedi') return true;
  return key.startsWith('launchService:') && state.serviceMaturity < 1;
}

function sizeOf(unit: Unit, delta: number, base: number): EffectSize {
  if (!isVisibleChange(unit, delta)) return 0;
  const size = Math.abs(delta);
  if (unit === 'fraction') return size < 0.005 ? 1 : size < 0.03 ? 2 : 3;
  const floor = unit === 'millions' ? 1 : 0.05;
  const relative = size / Math.max(Math.abs(base), floor);
  if (relative < 0.005) return 0;
  return relative < 0.04 ? 1 : relative < 0.15 ? 2 : 3;
}

/** The difference `withIt - without` on every headline figure. */
export function compare(withIt: Projection, without: Projection, gamble: Effect['gamble'] = null): Effect {
  const figures: FigureEffect[] = HEADLINES.map((h) => {
    const now = withIt.now[h.key] - without.now[h.key];
    const later = withIt.later[h.key] - without.later[h.key];
    return {
      key: h.key,
      short: h.short,
      unit: h.unit,
      now,
      later,
      nowText: isVisibleChange(h.unit, now) ? formatChange(h.unit, now) : '·',
      laterText: isVisibleChange(h.unit, later) ? formatChange(h.unit, later) : '·',
      size: sizeOf(h.unit, later, without.later[h.key]),
      nowSize: sizeOf(h.unit, now, without.now[h.key]),
    };
  });
  const highlights = figures
    .filter((f) => f.size > 0)
    .map((f) => ({ f, weight: f.size * 10 + Math.min(9, Math.abs(f.later) / Math.max(1e-9, Math.abs(without.later[f.key]) || 1)) }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 2)
    .map((x) => x.f);
  return { year: withIt.year, horizonYear: withIt.horizonYear, figures, highlights, score: withIt.score - without.score, gamble };
}

/** The effect of a card's move: the draft with it against the draft without it. */
export function moveEffect(scenario: Scenario, state: State, selection: readonly Action[], key: CardKey, basis?: ScoreBasis): Effect | null {
  const picked = findMove(selection, key);
  const without = normalise(scenario, state, selection.filter((a) => a !== picked));
  const withIt = picked ? [...selection] : normalise(scenario, state, [...selection, actionForMove(state, key)]);
  if (!picked && !withIt.some((a) => moveKeyOf(a) === key)) return null;
  const a = project(scenario, state, withIt, state.draws, basis);
  const b = project(scenario, state, without, state.draws, basis);
  return a && b ? compare(a, b, isGamble(state, key) ? gambleRange(scenario, state, withIt, without, basis) : null) : null;
}

/** The effect of setting a lever to `level` instead of what the draft has now. */
export function leverEffect(
  scenario: Scenario, state: State, selection: readonly Action[], kind: LeverKind, level: Level, basis?: ScoreBasis,
): Effect | null {
  const changed = setLever(scenario, state, selection, kind, level);
  const a = project(scenario, state, changed, state.draws, basis);
  const b = project(scenario, state, selection, state.draws, basis);
  return a && b ? compare(a, b) : null;
}

/** The price cut in the draft against none; with none in the draft, one 5% cut against none. */
export function priceCutEffect(
  scenario: Scenario, state: State, selection: readonly Action[], basis?: ScoreBasis,
): { label: string; effect: Effect } | null {
  const cuts = priceCuts(selection);
  const trial = cuts.count > 0 ? cuts : { count: 1, depthPercent: 5 };
  const withCuts = setPriceCuts(scenario, state, selection, trial);
  if (!withCuts.some((a) => a.kind === 'priceCuts')) return null;
  const without = setPriceCuts(scenario, state, selection, { count: 0, depthPercent: 0 });
  const a = project(scenario, state, withCuts, state.draws, basis);
  const b = project(scenario, state, without, state.draws, basis);
  if (!a || !b) return null;
  const label = cuts.count > 0 ? `${cuts.count} cut${cuts.count > 1 ? 's' : ''}, prices ${cuts.depthPercent}% lower` : 'one 5% cut';
  return { label, effect: compare(a, b) };
}

/** The whole draft against a year with no moves at all. */
export function planEffect(scenario: Scenario, state: State, selection: readonly Action[], basis?: ScoreBasis): Effect | null {
  const a = project(scenario, state, selection, state.draws, basis);
  const b = project(scenario, state, [], state.draws, basis);
  return a && b ? compare(a, b) : null;
}

/** A response to this year's major outage against saying nothing (which reads as saying little). */
export function outageEffect(
  scenario: Scenario, state: State, selection: readonly Action[], plan: OutagePlan, basis?: ScoreBasis,
): Effect | null {
  const a = project(scenario, state, setOutagePlan(scenario, state, selection, plan), state.draws, basis);
  const b = project(scenario, state, setOutagePlan(scenario, state, selection, null), state.draws, basis);
  return a && b ? compare(a, b) : null;
}
