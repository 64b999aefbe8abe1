import type { Scenario } from '../../engine';
import type { ClassroomData } from '../../store/classroom';
import { boardRows, debriefView, rejectedLines } from '../view/classroom';
import { h, section, table } from './h';
import { seriesTable } from './tables';

// The Classroom's leaderboard as a page: the ranking as a table (every team, not a page of them),
// every refusal and note as a list, the chart's data as a table, and the class debrief.

export function classroomBoardDom(data: ClassroomData, scenario: Scenario | undefined): Node[] {
  const board = data.board;
  const rows = board ? boardRows(board) : [];
  const out: Node[] = [h('h1', null, 'Classroom: leaderboard')];
  if (data.created) out.push(h('p', null, `Competition ${data.created.competition.name} (${data.created.id}).`));
  out.push(section('board', 2, 'Ranking',
    rows.length === 0
      ? h('p', null, 'No results yet.')
      : table('The ranking', ['Rank', 'Team', 'Score', 'Parts', 'Final figures'], rows.map((r) => [
        r.rank, r.flagged ? `${r.team} (another result has this name)` : r.team, r.score, r.parts, r.figures,
      ]))));
  const refused = board ? rejectedLines(board) : [];
  const notes = board?.notes ?? [];
  out.push(section('refused', 2, `Refused (${refused.length}) and notes (${notes.length})`,
    refused.length + notes.length === 0
      ? h('p', null, 'Nothing refused.')
      : h('ul', null, [...refused.map((line) => h('li', null, `Refused: ${line}`)), ...notes.map((line) => h('li', null, line))])));
  if (board && data.created && scenario) {
    const debrief = debriefView(scenario, data.created.competition, board);
    out.push(section('chart', 2, 'AWS revenue, each team and history',
      seriesTable('AWS revenue by year', debrief.years, [
        ...debrief.teams.map((t) => ({ label: t.team, unit: 'usdBn' as const, values: t.values })),
        { label: 'History', unit: 'usdBn' as const, values: debrief.history },
      ])));
    out.push(section('debrief', 2, 'Class debrief',
      h('h3', null, 'Most common move each year'),
      debrief.common.length === 0 ? h('p', null, 'No results yet.') : h('ul', null, debrief.common.map((line) => h('li', null, line))),
      h('h3', null, 'Moves that set the top teams apart'),
      debrief.separators.length === 0 ? h('p', null, 'Needs more teams to tell.') : h('ul', null, debrief.separators.map((line) => h('li', null, line)))));
  }
  return out;
}
