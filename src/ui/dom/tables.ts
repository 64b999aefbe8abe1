import type { Effect } from '../view/effects';
import { formatLevel, type Unit } from '../view/format';
import { effectRows, scoreNote } from '../view/yearDetail';
import { h, table } from './h';

// Tables the screens share: a chart's data year by year, and a choice's projected effect.

export interface SeriesData {
  label: string;
  unit: Unit;
  values: readonly number[];
}

/** Charts as data: one row a year, one column a series (a missing value is a dash). */
export function seriesTable(caption: string, years: readonly number[], series: readonly SeriesData[]): HTMLTableElement {
  const rows = years.map((year, i) => [String(year), ...series.map((s) => {
    const value = s.values[i];
    return value === undefined || !Number.isFinite(value) ? '\u2014' : formatLevel(s.unit, value);
  })]);
  return table(caption, ['Year', ...series.map((s) => s.label)], rows);
}

const NONE = '\u00B7';

/** What a choice does to each headline figure this year and by the horizon, and to the final score. */
export function effectTable(caption: string, effect: Effect | null | undefined): Node[] {
  const rows = effectRows(effect);
  if (!effect || !rows) return [h('p', null, `${caption}: no projection.`)];
  if (rows.every((row) => row.cells.every((c) => c.direction === 'flat' || c.text === NONE))) {
    return [h('p', null, `${caption}: no headline figure would move, this year or by ${effect.horizonYear}, if nothing else changes. ${scoreNote(effect) ?? ''}.`)];
  }
  const body = rows.map((row) => [row.label, ...row.cells.map((c) => c.text === NONE ? 'no change' : `${c.direction === 'up' ? 'up' : 'down'} ${c.text}`)]);
  return [
    h('p', null, `${caption}: ${scoreNote(effect) ?? ''}.`),
    table(caption, ['When', ...effect.figures.map((f) => f.short)], body),
  ];
}
