import { applyTurn, type Action, type Level, type Scenario, type State, type YearDraws, type YearFigures } from '../../engine';
import type { OutagePlan } from '../../engine';
import {
  actionForMove, findMove, moveKeyOf, normalise, priceCuts, setLever, setOutagePlan, setPriceCuts,
  type LeverKind, type CardKey,
} from '../../store/selection';
import { formatChange, isVisibleChange, type Unit } from './format';
import { HEADLINES, figureValue, type HeadlineKey } from './figures';

// What a decision is expected to do, found by playing the year (and a few after it) with and
// without it and comparing the headline figures. The comparison is played in a few ordinary
// worlds, not the game's own, so it shows the odds of an outage or of winning a contract without
// giving away what this particular game holds.

/** Quantiles at which the yes/no draws (outage, contract, rival price war) are taken. */
const WORLD_QUANTILES = [1 / 6, 1 / 2, 5 / 6] as const;
export const HORIZON_YEARS = 4;

type Values = Record<HeadlineKey, number>;

export interface Projection {
  year: number;
  horizonYear: number;
  now: Values;
  later: Values;
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
 * Plays this year with `actions`, then the years up to the horizon with no new moves, in each
 * ordinary world, and averages the headline figures. Null if the actions are not legal.
 */
export function project(scenario: Scenario, state: State, actions: readonly Action[]): Projection | null {
  let table = projectionCache.get(state);
  if (!table) {
    table = new Map();
    projectionCache.set(state, table);
  }
  const key = JSON.stringify(actions);
  if (table.has(key)) return table.get(key)!;
  const horizonYear = Math.min(state.lastYear, state.year + HORIZON_YEARS);
  const now = {} as Values;
  const later = {} as Values;
  const worlds = ordinaryWorlds(state);
  let result: Projection | null = { year: state.year, horizonYear, now, later };
  for (const draws of worlds) {
    let current: State = { ...state, draws };
    const first = applyTurn(scenario, current, { year: state.year, actions: actions.map((a) => ({ ...a })) }, false);
    if (!first.ok) { result = null; break; }
    addInto(now, values(first.report.figures), 1 / worlds.length);
    current = first.state;
    let last = first.report.figures;
    for (let year = state.year + 1; year <= horizonYear; year++) {
      const next = applyTurn(scenario, current, { year, actions: [] }, false);
      if (!next.ok) break;
      current = next.state;
      last = next.report.figures;
    }
    addInto(later, values(last), 1 / worlds.length);
  }
  table.set(key, result);
  return result;
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
export function compare(withIt: Projection, without: Projection): Effect {
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
  return { year: withIt.year, horizonYear: withIt.horizonYear, figures, highlights };
}

/** The effect of a card's move: the draft with it against the draft without it. */
export function moveEffect(scenario: Scenario, state: State, selection: readonly Action[], key: CardKey): Effect | null {
  const picked = findMove(selection, key);
  const without = normalise(scenario, state, selection.filter((a) => a !== picked));
  const withIt = picked ? [...selection] : normalise(scenario, state, [...selection, actionForMove(state, key)]);
  if (!picked && !withIt.some((a) => moveKeyOf(a) === key)) return null;
  const a = project(scenario, state, withIt);
  const b = project(scenario, state, without);
  return a && b ? compare(a, b) : null;
}

/** The effect of setting a lever to `level` instead of what the draft has now. */
export function leverEffect(scenario: Scenario, state: State, selection: readonly Action[], kind: LeverKind, level: Level): Effect | null {
  const changed = setLever(scenario, state, selection, kind, level);
  const a = project(scenario, state, changed);
  const b = project(scenario, state, selection);
  return a && b ? compare(a, b) : null;
}

/** The price cut in the draft against none; with none in the draft, one 5% cut against none. */
export function priceCutEffect(scenario: Scenario, state: State, selection: readonly Action[]): { label: string; effect: Effect } | null {
  const cuts = priceCuts(selection);
  const trial = cuts.count > 0 ? cuts : { count: 1, depthPercent: 5 };
  const withCuts = setPriceCuts(scenario, state, selection, trial);
  if (!withCuts.some((a) => a.kind === 'priceCuts')) return null;
  const without = setPriceCuts(scenario, state, selection, { count: 0, depthPercent: 0 });
  const a = project(scenario, state, withCuts);
  const b = project(scenario, state, without);
  if (!a || !b) return null;
  const label = cuts.count > 0 ? `${cuts.count} cut${cuts.count > 1 ? 's' : ''}, prices ${cuts.depthPercent}% lower` : 'one 5% cut';
  return { label, effect: compare(a, b) };
}

/** The whole draft against a year with no moves at all. */
export function planEffect(scenario: Scenario, state: State, selection: readonly Action[]): Effect | null {
  const a = project(scenario, state, selection);
  const b = project(scenario, state, []);
  return a && b ? compare(a, b) : null;
}

/** A response to this year's major outage against saying nothing (which reads as saying little). */
export function outageEffect(scenario: Scenario, state: State, selection: readonly Action[], plan: OutagePlan): Effect | null {
  const a = project(scenario, state, setOutagePlan(scenario, state, selection, plan));
  const b = project(scenario, state, setOutagePlan(scenario, state, selection, null));
  return a && b ? compare(a, b) : null;
}
