import { competitionScenario, teamPath, cleanName } from '../app/competition';
import { openCompetitionCode } from '../app/competitionCode';
import { competitionSaveKey, keptAsideText, readCompetitionSave, setAsideCompetitionSave } from '../app/competitionSave';
import { playDecisions } from '../app/replay';
import { TEAM_NAME_MAX } from '../app/result';
import type { Action, YearDecisions } from '../engine';
import { competitionRules, type CompetitionPlay } from './gameRules';
import { normalise } from './selection';
import type { GameSession, Notice, SavedTeam, Session } from './session';

// A student's side of a classroom competition: open its code (from a link or typed), name the team,
// and play the competition's world with its settings fixed. The years before the competition's
// first year are played on history at once.

export type { CompetitionPlay };

/** Reads a competition code and checks this game can play it: the pending play, or why not. */
export function readCompetitionCode(session: Session, code: string): { ok: true; play: CompetitionPlay } | { ok: false; error: string } {
  const opened = openCompetitionCode(code, (id) => session.get().scenarios.find((s) => s.id === id)?.scenario);
  if (!opened.ok) return { ok: false, error: `That competition code cannot be used: ${opened.error}.` };
  return { ok: true, play: { code: code.trim(), id: opened.id, competition: opened.competition, team: '' } };
}

/** Opens a competition code: the Join screen if it is sound, a notice on the title if not. */
export function openCompetition(session: Session, code: string): boolean {
  const read = readCompetitionCode(session, code);
  if (!read.ok) {
    session.go('title', { joining: null, notice: { tone: 'warning', text: read.error } });
    return false;
  }
  const saved = savedTeam(session, read.play);
  // A warning already up (say, the autosave set aside at start) names where its data went: keep it.
  const earlier = session.get().notice;
  const notice = earlier?.tone === 'warning' && saved.notice ? { tone: 'warning' as const, text: `${earlier.text} ${saved.notice.text}` }
    : saved.notice ?? (earlier?.tone === 'warning' ? earlier : null);
  session.go('join', { joining: { play: read.play, savedTeam: saved.team }, notice });
  return true;
}

/** The team game this browser saved for a competition, if any; a damaged one is set aside, with a notice. */
function savedTeam(session: Session, play: CompetitionPlay): { team: SavedTeam | null; notice: Notice | null } {
  const read = readCompetitionSave(session.storage, play.id, session.now);
  if (read.kind === 'rejected') {
    return { team: null, notice: { tone: 'warning', text: `Your saved game for this competition could not be used: ${read.reason}. ${keptAsideText(read.keptAt)}` } };
  }
  if (read.kind !== 'ok') return { team: null, notice: null };
  const c = play.competition;
  const years = read.save.decisions.filter((d) => d.year >= c.firstYear && d.year <= c.lastYear).map((d) => d.year);
  const nextYear = years.length > 0 ? Math.max(...years) + 1 : c.firstYear;
  return { team: { team: cleanName(read.save.team, TEAM_NAME_MAX) || 'Team', nextYear, finished: nextYear > c.lastYear }, notice: null };
}

/** The years before the competition, played on history for every team. */
function preludeOf(session: Session, play: CompetitionPlay): { world: GameSession['scenario']; prelude: YearDecisions[] } | null {
  const entry = session.get().scenarios.find((s) => s.id === play.competition.scenario);
  if (!entry) return null;
  const world = competitionScenario(entry.scenario, play.competition);
  return { world, prelude: teamPath(world, play.competition, []).filter((d) => d.year < play.competition.firstYear) };
}

/**
 * Carries on the team game saved for the competition being joined, exactly where it stood. A save
 * that no longer replays is moved aside and the reason returned; nothing is lost.
 */
export function resumeCompetition(session: Session): string {
  const pending = session.get().joining?.play;
  if (!pending) return 'There is no competition to carry on.';
  const refuse = (text: string): string => {
    session.setJoining({ play: pending, savedTeam: null });
    session.notify({ tone: 'warning', text });
    return text;
  };
  const read = readCompetitionSave(session.storage, pending.id, session.now);
  if (read.kind !== 'ok') {
    return refuse(read.kind === 'empty' ? 'There is no saved game for this competition.' : `Your saved game could not be used: ${read.reason}. ${keptAsideText(read.keptAt)}`);
  }
  const played = playTeamSave(session, pending, read.save);
  if (played) {
    if (played === MISSING_SCENARIO) return refuse(played);
    const keptAt = setAsideCompetitionSave(session.storage, pending.id, session.now);
    return refuse(`Your saved game could not be replayed (${played}). ${keptAsideText(keptAt)}`);
  }
  return '';
}

const MISSING_SCENARIO = 'This competition\u2019s scenario is missing.';

/** A team's game as kept somewhere (this browser, or the course's LMS): its team, its own years and its draft. */
export interface TeamSave {
  team: string;
  decisions: readonly YearDecisions[];
  draft: readonly Action[];
}

/**
 * Plays a kept team game again and carries it on exactly where it stood; returns why it cannot
 * ("<year>: <reason>", or that the scenario is missing), or '' once the game is in play.
 */
export function playTeamSave(session: Session, pending: CompetitionPlay, save: TeamSave): string {
  const setUp = preludeOf(session, pending);
  if (!setUp) return MISSING_SCENARIO;
  const c = pending.competition;
  const own = save.decisions.filter((d) => d.year >= c.firstYear && d.year <= c.lastYear);
  let played: ReturnType<typeof playDecisions>;
  let selection: GameSession['selection'] = [];
  try {
    played = playDecisions(setUp.world, c.seed, [...setUp.prelude, ...own]);
    if (played.ok && !played.game.state.finished) selection = normalise(setUp.world, played.game.state, [...save.draft]);
  } catch (error) {
    // A save is untrusted: whatever it holds, it is refused with a message, never a crash.
    played = { ok: false, error: error instanceof Error ? error.message : String(error), year: c.firstYear };
  }
  if (!played.ok) return `${played.year}: ${played.error}`;
  const team = cleanName(save.team, TEAM_NAME_MAX) || 'Team';
  session.play({ ...played.game, selection, rules: competitionRules({ ...pending, team }) });
  return '';
}

/** Opens the Join screen to type a competition code. */
export function askCompetitionCode(session: Session): void {
  session.go('join', { joining: null, notice: null });
}

/** Starts the team's game; returns the reason when it cannot. */
export function joinCompetition(session: Session, rawTeam: string): string {
  const pending = session.get().joining?.play;
  if (!pending) return 'There is no competition to join.';
  const team = cleanName(rawTeam, TEAM_NAME_MAX);
  if (!team) return 'Give your team a name first.';
  const setUp = preludeOf(session, pending);
  if (!setUp) return 'This competition\u2019s scenario is missing.';
  const c = pending.competition;
  const played = playDecisions(setUp.world, c.seed, setUp.prelude);
  if (!played.ok) return `The competition could not be set up: ${played.error}`;
  // Whatever this browser holds for the competition (an earlier team, or a game another tab saved)
  // is kept aside, not overwritten; if it cannot be moved, the new team does not start.
  // (Reading moves a damaged save aside by itself.)
  if (readCompetitionSave(session.storage, pending.id, session.now).kind === 'ok') setAsideCompetitionSave(session.storage, pending.id, session.now);
  if (session.storage.getItem(competitionSaveKey(pending.id)) !== null) {
    return 'The game already saved for this competition could not be moved aside (the browser\u2019s storage is full or locked), so a new team would overwrite it.';
  }
  session.play({ ...played.game, selection: [], rules: competitionRules({ ...pending, team }) });
  return '';
}

/** Leaves the Join screen without playing. */
export function leaveCompetition(session: Session): void {
  session.go('title', { joining: null });
}

/** Opens the instructor's Classroom screen. */
export function openClassroom(session: Session): void {
  session.go('classroom', { notice: null });
}
