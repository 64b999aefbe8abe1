import { decodeCompetition, competitionScenario, teamPath, cleanName, checkCompetition, type Competition } from '../app/competition';
import { playDecisions } from '../app/replay';
import { TEAM_NAME_MAX } from '../app/result';
import type { Session } from './session';

// A student's side of a classroom competition: open its code (from a link or typed), name the team,
// and play the competition's world with its settings fixed. The years before the competition's
// first year are played on history at once.

export interface CompetitionPlay {
  code: string;
  id: string;
  competition: Competition;
  /** empty until the team has named itself and the game has started */
  team: string;
}

/** Reads a competition code and checks this game can play it: the pending play, or why not. */
export function readCompetitionCode(session: Session, code: string): { ok: true; play: CompetitionPlay } | { ok: false; error: string } {
  const parsed = decodeCompetition(code);
  if (!parsed.ok) return { ok: false, error: `That competition code cannot be used: ${parsed.error}.` };
  const entry = session.get().scenarios.find((s) => s.id === parsed.value.scenario);
  if (!entry) return { ok: false, error: `That competition needs the scenario "${parsed.value.scenario}", which this version of Flywheel does not have.` };
  const problem = checkCompetition(parsed.value, entry.scenario);
  if (problem) return { ok: false, error: `That competition code cannot be used: ${problem}.` };
  return { ok: true, play: { code: code.trim(), id: parsed.id, competition: parsed.value, team: '' } };
}

/** Opens a competition code: the Join screen if it is sound, a notice on the title if not. */
export function openCompetition(session: Session, code: string): boolean {
  const read = readCompetitionCode(session, code);
  if (!read.ok) {
    session.store.setState({ screen: 'title', competition: null, notice: { tone: 'warning', text: read.error }, focus: '' });
    return false;
  }
  session.store.setState({ competition: read.play, screen: 'join', menuOpen: false, notice: null, focus: '' });
  return true;
}

/** Opens the Join screen to type a competition code. */
export function askCompetitionCode(session: Session): void {
  session.store.setState({ competition: null, screen: 'join', menuOpen: false, notice: null, focus: '' });
}

/** Starts the team's game; returns the reason when it cannot. */
export function joinCompetition(session: Session, rawTeam: string): string {
  const pending = session.get().competition;
  if (!pending) return 'There is no competition to join.';
  const team = cleanName(rawTeam, TEAM_NAME_MAX);
  if (!team) return 'Give your team a name first.';
  const entry = session.get().scenarios.find((s) => s.id === pending.competition.scenario);
  if (!entry) return 'This competition\u2019s scenario is missing.';
  const c = pending.competition;
  const world = competitionScenario(entry.scenario, c);
  const prelude = teamPath(world, c, []).filter((d) => d.year < c.firstYear);
  const played = playDecisions(world, c.seed, prelude);
  if (!played.ok) return `The competition could not be set up: ${played.error}`;
  session.store.setState({
    competition: { ...pending, team },
    ghostAllowed: c.ghost,
    game: { ...played.game, selection: [] },
    screen: 'year', menuOpen: false, notice: null, focus: '',
  });
  return '';
}

/** Leaves the Join screen without playing. */
export function leaveCompetition(session: Session): void {
  session.store.setState({ competition: null, ghostAllowed: true, screen: 'title', focus: '' });
}

/** Opens the instructor's Classroom screen. */
export function openClassroom(session: Session): void {
  session.store.setState({ screen: 'classroom', menuOpen: false, notice: null, focus: '' });
}
