import type { WatchView } from '../view/watch';
import { h, section, table } from './h';
import { seriesTable } from './tables';

// A replay for a screen reader: the year shown, what was decided and why, the figures (beside
// history's) and the charts' data. Back, Forward, Play on and Close come from the scene's controls.

export function watchDom(view: WatchView, firstYear: number): Node[] {
  const years = Array.from({ length: view.charts[0]?.values.length ?? 0 }, (_, i) => firstYear - 1 + i);
  const rows = view.rows.map((row, i) => [row.label, row.value,
    row.direction === 'up' ? `up ${row.change}` : row.direction === 'down' ? `down ${row.change}` : row.change,
    ...(view.ghosts ? [view.ghosts[i]?.text ?? '\u2014'] : [])]);
  return [
    h('h1', null, view.title),
    h('p', null, `${view.position}. ${view.score}.`),
    section('decided', 2, `${view.year}: what was decided`, h('p', null, view.decisions)),
    section('note', 2, view.noteTitle, h('p', null, view.note)),
    section('figures', 2, 'Figures',
      table(`Figures at the end of ${view.year}`, ['Figure', 'Value', 'Change', ...(view.ghosts ? ['History, same world'] : [])], rows),
      seriesTable('Figures by year', years, view.charts.flatMap((c) => [
        { label: c.label, unit: c.unit, values: c.values },
        ...(c.ghost ? [{ label: `${c.label}, history`, unit: c.unit, values: c.ghost }] : []),
      ]))),
    h('p', null, `Years in this run: ${view.years[0] ?? ''} to ${view.years[view.years.length - 1] ?? ''}; the timeline button steps one year on.`),
  ];
}
