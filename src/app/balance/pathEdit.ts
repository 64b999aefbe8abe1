import { keyOf, type Action, type Level, type MoveKey, type Scenario, type YearDecisions } from '../../engine';

// Edits of a decision path, for building a lesson's or a family's variants of a base path. A path
// here lists every year; an edit may leave moves that cannot stand, which the engine's draft drops.

export type Path = YearDecisions[];
export type PriceCut = Extract<Action, { kind: 'priceCuts' }>;

/** Every year of the scenario, each with its own copy of the path's moves. */
export function fullPath(scenario: Scenario, path: readonly YearDecisions[]): Path {
  const out: Path = [];
  for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
    out.push({ year, actions: [...(path.find((d) => d.year === year)?.actions ?? [])] });
  }
  return out;
}

export function mapActions(path: readonly YearDecisions[], edit: (year: number, actions: Action[]) => Action[]): Path {
  return path.map((d) => ({ year: d.year, actions: edit(d.year, [...d.actions]) }));
}

/** The year a move is in the path, or 0. */
export function yearOf(path: readonly YearDecisions[], key: MoveKey): number {
  return path.find((d) => d.actions.some((a) => keyOf(a) === key))?.year ?? 0;
}

export function actionOf(path: readonly YearDecisions[], key: MoveKey): Action | undefined {
  for (const d of path) for (const a of d.actions) if (keyOf(a) === key) return a;
  return undefined;
}

export function without(path: readonly YearDecisions[], ...keys: MoveKey[]): Path {
  return mapActions(path, (_, actions) => actions.filter((a) => !keys.includes(keyOf(a))));
}

/** The move taken in `year` instead of wherever it was (0: never). */
export function moveTo(path: readonly YearDecisions[], action: Action, year: number): Path {
  const key = keyOf(action);
  return mapActions(path, (y, actions) => {
    const kept = actions.filter((a) => keyOf(a) !== key);
    if (y === year) kept.push(action);
    return kept;
  });
}

/** Each year's price cut rewritten (null: none that year). */
export function mapCuts(path: readonly YearDecisions[], edit: (year: number, cut: PriceCut | null) => PriceCut | null): Path {
  return mapActions(path, (year, actions) => {
    const cut = (actions.find((a) => a.kind === 'priceCuts') as PriceCut | undefined) ?? null;
    const next = edit(year, cut);
    const kept: Action[] = actions.filter((a) => a.kind !== 'priceCuts');
    if (next && next.count > 0) kept.push(next);
    return kept;
  });
}

/** A dial set once in the first year and never changed. */
export function wholeGameDial(path: readonly YearDecisions[], kind: 'capex' | 'retailInvestment', level: Level): Path {
  const first = path[0]?.year ?? 0;
  return mapActions(path, (year, actions) => {
    const kept: Action[] = actions.filter((a) => a.kind !== kind);
    if (year === first) kept.push({ kind, level } as Action);
    return kept;
  });
}
