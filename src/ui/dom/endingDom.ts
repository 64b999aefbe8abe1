import { LUCK_WORLDS, type LuckData } from '../../store/luck';
import type { GameSession, Session } from '../../store/session';
import { competitionResult } from '../view/classroom';
import { debriefView, type DebriefView } from '../view/debrief';
import { endingView, type EndingView } from '../view/ending';
import { headline } from '../view/figures';
import { ghostScore, historyGhost } from '../view/ghost';
import { luckView, progressText } from '../view/luck';
import { button, h, section, table } from './h';
import { seriesTable, type SeriesData } from './tables';

// The Ending for a screen reader: the final score and its parts, the turning points, the charts'
// data, the whole debrief (every row at once, no paging) and the luck-or-skill result. The page
// buttons, New game, Title screen, Watch and Result come from the scene's own controls.

interface Views { ending: EndingView; debrief: DebriefView | null }

// The views replay the game; worked out once per finished game, not at every refresh.
const cache = new WeakMap<GameSession, Views>();

function views(game: GameSession): Views {
  const hit = cache.get(game);
  if (hit) return hit;
  const rules = game.rules;
  const span = rules.scoreSpan;
  const ending = endingView(game.scenario, game.start, game.state, game.decisions, game.reports, span ? { ...span, showHistory: rules.history } : undefined);
  const debrief = rules.history ? debriefView(game.scenario, game.seed, game.start.last!, game.reports, game.decisions) : null;
  const made = { ending, debrief };
  cache.set(game, made);
  return made;
}

function scorecard(view: EndingView): HTMLElement {
  const series: SeriesData[] = [];
  for (const chart of view.charts) {
    const unit = headline(chart.key).unit;
    series.push({ label: chart.label, unit, values: chart.yours });
    if (chart.history) series.push({ label: `${chart.label}, history`, unit, values: chart.history });
  }
  return section('scorecard', 2, 'Scorecard',
    h('p', { id: 'flywheel-final-score' }, `Final score: ${view.totalText} of 1000.`),
    h('p', null, view.verdict),
    h('p', null, view.comparison),
    table('The score\u2019s five parts', ['Part', 'Points', 'What it measures'], view.parts.map((p) => [p.label, p.text, p.meaning])),
    section('turning', 3, 'Turning points', view.turningPoints.length
      ? h('ul', null, view.turningPoints.map((t) => h('li', null, `${t.year}: ${t.text}`)))
      : h('p', null, 'None.')),
    seriesTable('Your run by year', view.years, series));
}

function debrief(view: DebriefView): HTMLElement {
  return section('debrief', 2, 'Debrief: your run against history\u2019s',
    h('p', null, view.summary),
    view.rows.length
      ? table('Where you parted from history', ['Year', 'What changed', 'Effect'], view.rows.map((r) => [String(r.year), r.text, r.effect]))
      : h('p', null, 'Your calls were history\u2019s.'),
    seriesTable('Your figures and history\u2019s, by year', view.years, view.charts.flatMap((c) => [
      { label: c.label, unit: c.unit, values: c.yours },
      ...(c.history ? [{ label: `${c.label}, history`, unit: c.unit, values: c.history }] : []),
    ])));
}

function luck(data: LuckData, game: GameSession): HTMLElement {
  if (data.status !== 'done' || !data.outcome) {
    const text = data.status === 'failed' ? `The worlds could not be played: ${data.error ?? 'unknown error'}`
      : data.status === 'idle' ? 'Open the Luck or skill page to replay your decisions in other worlds.' : progressText(data.progress, LUCK_WORLDS);
    return section('luck', 2, 'Luck or skill', h('p', null, text));
  }
  const ghost = historyGhost(game.scenario, game.seed);
  const span = game.rules.scoreSpan;
  const view = luckView(data.outcome, game, ghost ? ghostScore(ghost, span) : null, span);
  const round = (x: number) => x.toFixed(0);
  return section('luck', 2, 'Luck or skill: the same calls in other worlds',
    h('p', null, view.verdict), h('p', null, view.detail),
    table('Score across worlds', ['Calls', '10th percentile', 'Median', '90th percentile', 'Your world'],
      view.scores.map((s) => [s.label, round(s.p10), round(s.p50), round(s.p90), s.own === null ? '\u2014' : round(s.own)])),
    view.panels.map((p) => table(`${p.label} across worlds`, ['Year', 'Yours, 10th', 'Yours, median', 'Yours, 90th', 'History\u2019s median', 'Your world'],
      p.years.map((year, i) => [String(year), ...[p.yours.p10[i], p.yours.p50[i], p.yours.p90[i], p.history.p50[i], p.own[i]].map((v) => v === undefined ? '\u2014' : `${v.toFixed(1)}`)]))),
    h('p', null, view.timing));
}

function teamResult(session: Session, game: GameSession): HTMLElement | null {
  const play = game.rules.competition ?? null;
  const base = play && session.get().scenarios.find((s) => s.id === play.competition.scenario);
  if (!play || !play.team || !base) return null;
  const result = competitionResult(base.scenario, play, game.decisions);
  if (typeof result === 'string') return section('result', 2, `Result for team ${play.team}`, h('p', null, `This run cannot be scored for the competition: ${result}`));
  return section('result', 2, `Result for team ${play.team}`,
    h('p', null, `Score over the competition\u2019s years: ${result.score.toFixed(1)} of 1000.`),
    h('p', null, 'Result code:'),
    h('p', { id: 'flywheel-result-code' }, result.code),
    h('p', null, 'Send the code or the file to your instructor: the Result button offers both.'));
}

const PAGES = [['scorecard', 'Scorecard'], ['debrief', 'Debrief'], ['luck', 'Luck or skill']] as const;

/** The page buttons, the one shown on the canvas pressed; each does what its canvas button does. */
function pageButtons(page: string, act: (id: string) => void): HTMLElement {
  return h('div', { role: 'group', 'aria-label': 'Pages on screen' }, PAGES.map(([id, label]) => button({
    control: `page:${id}`, label, pressed: page === id, onActivate: () => act(`page:${id}`),
  })));
}

export function endingDom(session: Session, game: GameSession, page: string, luckData: LuckData | null, act: (id: string) => void): Node[] {
  const v = views(game);
  const pages: HTMLElement[] = [scorecard(v.ending)];
  if (v.debrief) pages.push(debrief(v.debrief));
  if (v.debrief && luckData) pages.push(luck(luckData, game));
  return [
    h('h1', null, v.ending.title),
    v.debrief ? pageButtons(page, act) : null,
    h('p', null, `Showing the ${page === 'scorecard' ? 'scorecard' : page === 'debrief' ? 'debrief' : 'luck or skill'} page on screen; every page is below.`),
    teamResult(session, game),
    ...pages,
  ].filter((n): n is HTMLElement => n !== null);
}

/** What is said when the run ends. */
export function endingNews(game: GameSession): string {
  const v = views(game).ending;
  return `The run is over. Final score ${v.totalText} of 1000. ${v.verdict}`;
}
