import { ENGINE_VERSION, type Scenario, type YearDecisions } from '../../engine';
import { competitionScenario, type Competition } from '../../app/competition';
import { classDebrief, type Leaderboard } from '../../app/leaderboard';
import { encodeResult, resultFile, scoreTeam, type TeamResult } from '../../app/result';
import type { CompetitionPlay } from '../../store/competitionPlay';
import type { CompetitionForm } from '../../store/classroom';
import { money } from './format';
import { PRESETS, presetLength, presetYears } from '../../app/classPresets';

// What the Classroom and the competition's ending show, formatted. Team names and anything read
// from a code stay plain strings here; the scenes draw them only as Phaser text.

/** The page's address without its fragment, with the competition code as `#c=`. */
export function competitionLink(pageUrl: string, code: string): string {
  return `${pageUrl.split('#')[0]}#c=${code}`;
}

export interface FormLine {
  id: string;
  label: string;
  value: string;
  /** a stepper: the left half steps back, the right half forward */
  stepper: boolean;
}

/** The preset the years match, or null for years set by hand. */
export function presetOf(scenario: Scenario, form: CompetitionForm): (typeof PRESETS)[number] | null {
  return PRESETS.find((p) => {
    const y = presetYears(scenario, p.id);
    return y.firstYear === form.firstYear && y.lastYear === form.lastYear;
  }) ?? null;
}

export function formLines(form: CompetitionForm, scenarioName: string, scenario?: Scenario): FormLine[] {
  const preset = scenario ? presetOf(scenario, form) : null;
  return [
    { id: 'scenario', label: 'Scenario', value: scenarioName, stepper: true },
    { id: 'name', label: 'Name', value: form.name, stepper: false },
    { id: 'seed', label: 'Seed', value: form.seed, stepper: false },
    { id: 'preset', label: 'Class length', value: preset ? preset.label : 'Years set by hand', stepper: true },
    { id: 'firstYear', label: 'First year played', value: String(form.firstYear), stepper: true },
    { id: 'lastYear', label: 'Last year played', value: String(form.lastYear), stepper: true },
    { id: 'events', label: 'World', value: form.events === 'history' ? 'history\'s' : 'varied by the seed', stepper: false },
    { id: 'ghost', label: 'History beside teams', value: form.ghost ? 'shown' : 'hidden', stepper: false },
  ];
}

/** "2002-2008: 7 turns, about 40 minutes" */
export function spanText(form: CompetitionForm): string {
  return `${form.firstYear}\u2013${form.lastYear}: ${presetLength(form)}`;
}

export function competitionSummary(c: Competition, scenarioName: string): string {
  // The default name already starts with the scenario's ("The real run, 2000-2020 class"): say it once.
  const title = c.name.startsWith(scenarioName) ? c.name : `${c.name}: ${scenarioName}`;
  return `${title}, seed ${c.seed}, teams play ${c.firstYear}\u2013${c.lastYear} (earlier years follow history); world ${c.events === 'history' ? 'history\'s' : 'varied by the seed (rivals, demand, crises, retail pace; shocks moved)'}; history ${c.ghost ? 'shown' : 'hidden'}.`;
}

export interface BoardRowView {
  /** another, different result has this team's name: for the instructor to resolve */
  flagged: boolean;
  rank: string;
  team: string;
  score: string;
  parts: string;
  figures: string;
}

export function boardRows(board: Leaderboard): BoardRowView[] {
  return board.rows.map((r) => ({
    flagged: r.sameName,
    rank: `${r.tied ? '=' : ''}${r.rank}`,
    team: r.team,
    score: r.score.total.toFixed(1),
    parts: `growth ${r.score.growth.toFixed(0)} \u00B7 profit ${r.score.profit.toFixed(0)} \u00B7 cloud ${r.score.cloud.toFixed(0)} \u00B7 trust ${r.score.trust.toFixed(0)} \u00B7 value ${r.score.value.toFixed(0)}`,
    figures: `${r.final.year}: sales ${money(r.final.netSales)}, AWS ${money(r.final.awsRevenue)}`,
  }));
}

export function rejectedLines(board: Leaderboard): string[] {
  return board.rejected.map((r) => `${r.source}${r.team ? ` (${r.team})` : ''}: ${r.reason}`);
}

export interface DebriefView {
  years: number[];
  history: number[];
  teams: { team: string; values: number[] }[];
  common: string[];
  separators: string[];
}

/** Every team's AWS revenue against history's, the commonest move each year, and what set the top apart. */
export function debriefView(base: Scenario, c: Competition, board: Leaderboard): DebriefView {
  const years: number[] = [];
  for (let y = c.firstYear; y <= c.lastYear; y++) years.push(y);
  const world = competitionScenario(base, c);
  const historyDecisions: YearDecisions[] = world.history.filter((h) => h.year >= c.firstYear && h.year <= c.lastYear);
  const run = scoreTeam(base, c, historyDecisions);
  const history = typeof run === 'string' ? [] : run.campaign.years.filter((y) => y.year >= c.firstYear).map((y) => y.awsRevenue);
  const debrief = classDebrief(board);
  return {
    years,
    history,
    teams: board.rows.map((r) => ({ team: r.team, values: r.years.map((y) => y.awsRevenue) })),
    common: debrief.commonMoves.map((m) => `${m.year}: ${m.move} (${m.teams} of ${board.rows.length})`),
    separators: debrief.separators.filter((s) => s.topShare > s.restShare)
      .map((s) => `${s.year}: ${s.move} \u2014 ${Math.round(s.topShare * 100)}% of the top, ${Math.round(s.restShare * 100)}% of the rest`),
  };
}

export interface ResultView {
  score: number;
  code: string;
  file: string;
  fileName: string;
}

/** The team's result at the end of a competition game: the claimed score is the replayed one. */
export function competitionResult(base: Scenario, play: CompetitionPlay, decisions: readonly YearDecisions[]): ResultView | string {
  const c = play.competition;
  const own = decisions.filter((d) => d.year >= c.firstYear && d.year <= c.lastYear);
  const run = scoreTeam(base, c, own);
  if (typeof run === 'string') return run;
  const result: TeamResult = { competitionId: play.id, engineVersion: ENGINE_VERSION, team: play.team, decisions: own, claimedScore: run.score.total };
  const safe = play.team.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'team';
  return { score: run.score.total, code: encodeResult(result), file: resultFile(result, play.code), fileName: `flywheel-result-${safe}.json` };
}
