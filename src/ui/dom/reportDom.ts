import type { GameSession } from '../../store/session';
import { figureHistory, headline, type HeadlineKey } from '../view/figures';
import { divergenceLine, ghostSeries, historyGhost } from '../view/ghost';
import type { ReportBlock, ReportView } from '../view/report';
import { button, h, section, table } from './h';
import { seriesTable, type SeriesData } from './tables';

// The annual report for a screen reader: the year's events, every figure's change with its drivers
// as a table, and the charts' data.

export interface ReportActions {
  next(): void;
  menu(): void;
}

const CHARTS: readonly HeadlineKey[] = ['netSales', 'operatingIncome', 'awsRevenue', 'cloudShare'];

function changeWords(direction: 'up' | 'down' | 'flat', text: string): string {
  return direction === 'flat' ? text : `${direction} ${text}`;
}

function block(b: ReportBlock): HTMLElement {
  const head = `${b.label}: ${b.valueText ? `${b.valueText}, ` : ''}${changeWords(b.direction, b.changeText)}`;
  return h('li', null,
    h('h3', null, head),
    b.drivers.length > 0
      ? table(`What moved ${b.label.toLowerCase()}`, ['Cause', 'Change'], b.drivers.map((d) => [d.label, changeWords(d.direction, d.text)]))
      : null,
    b.hiddenDrivers > 0 ? h('p', null, `${b.hiddenDrivers} smaller cause${b.hiddenDrivers > 1 ? 's' : ''} not listed.`) : null);
}

export function reportDom(view: ReportView, game: GameSession, scoreSoFar: string, act: ReportActions): Node[] {
  const history = figureHistory(game.start.last!, game.reports);
  const ghost = game.rules.history ? historyGhost(game.scenario, game.seed) : null;
  const series: SeriesData[] = [];
  for (const key of CHARTS) {
    const x = headline(key);
    const values = history.map((f) => f[key]);
    series.push({ label: x.label, unit: x.unit, values });
    if (ghost) series.push({ label: `${x.label}, history`, unit: x.unit, values: ghostSeries(ghost, game.start.last!, key, values.length) });
  }
  return [
    h('h1', null, view.title),
    h('p', null, `${view.scoreText}. ${scoreSoFar}.`),
    section('events', 2, 'What happened', h('ul', null, view.events.map((e) => h('li', null, e)))),
    section('drivers', 2, 'What moved the figures', h('p', null, 'Each change split into its causes.'), h('ul', null, view.blocks.map(block))),
    section('charts', 2, 'Charts',
      seriesTable(ghost ? 'Your figures and history\u2019s in this world, by year' : 'Your figures by year', history.map((f) => f.year), series),
      ghost ? h('p', null, divergenceLine(game.scenario, game.decisions, game.state.year - 1)) : null),
    h('nav', { 'aria-label': 'Report' },
      button({ control: 'next', label: view.nextLabel, onActivate: act.next }),
      button({ control: 'menu', label: 'Menu', onActivate: act.menu })),
  ];
}

/** What is said when a report opens: the year is over, and how each figure moved. */
export function reportNews(view: ReportView): string {
  const heads = view.blocks.map((b) => `${b.label} ${changeWords(b.direction, b.changeText)}`);
  return `${view.year} is over. ${view.title}: ${heads.join('; ')}. ${view.scoreText}.`;
}
