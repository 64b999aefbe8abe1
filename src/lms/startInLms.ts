import { readCompetitionCode } from '../store/competitionPlay';
import type { Session } from '../store/session';
import { teamNameFromLearner } from './learnerName';
import { openLmsLink } from './lmsLink';
import { reportToLms } from './lmsReport';
import { resumeFromSuspendData } from './lmsResume';
import { findScormApi, type WindowLike } from './scormApi';

// The game inside an LMS: found by the SCORM API the LMS provides. The learner's name becomes the
// default team name, a kept game is carried on, and progress is reported as the game is played.
// Outside an LMS (no API anywhere) this does nothing at all.

const DONE = new Set(['completed', 'passed', 'failed']);

export interface LmsStart {
  studentName: string;
  /** what went wrong resuming the kept game, or '' */
  resumeProblem: string;
}

export function startInLms(session: Session, win: WindowLike & Pick<Window, 'addEventListener'>, competitionCode: string | null): LmsStart | null {
  const api = findScormApi(win);
  if (!api) return null;
  const link = openLmsLink(api);
  if (!link) return null;
  const studentName = link.get('cmi.core.student_name');
  const team = teamNameFromLearner(studentName);
  const kept = link.get('cmi.suspend_data');
  const resumeProblem = kept.trim() ? resumeFromSuspendData(session, kept, competitionCode) : '';
  const joining = session.get().joining;
  if (joining && team) session.setJoining({ ...joining, suggestedTeam: team });
  const completed = DONE.has(link.get('cmi.core.lesson_status'));
  if (!completed) link.set('cmi.core.lesson_status', 'incomplete');
  link.commit();
  const competitionId = competitionCode ? readCompetitionCode(session, competitionCode) : null;
  const reporter = reportToLms(session, link, { completed, competitionId: competitionId?.ok ? competitionId.play.id : null });
  // pagehide fires where unload may not (mobile browsers, the back-forward cache); leave() runs once.
  win.addEventListener('pagehide', () => reporter.leave());
  win.addEventListener('beforeunload', () => reporter.leave());
  return { studentName, resumeProblem };
}
