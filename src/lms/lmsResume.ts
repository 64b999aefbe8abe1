import { playDecisions } from '../app/replay';
import { REJECTED_PREFIX } from '../app/saves';
import { playTeamSave, readCompetitionCode } from '../store/competitionPlay';
import { PRACTICE_RULES } from '../store/gameRules';
import { normalise } from '../store/selection';
import type { Session } from '../store/session';
import { readSuspendData } from './suspendData';

// A learner coming back to the game in the LMS carries on where the LMS's suspend data says, ahead
// of anything this browser saved. Suspend data that cannot be played is copied into this browser's
// storage (so nothing is lost), the learner is told why, and the game starts as on a first visit.

/** Resumes the kept game; returns the problem shown to the learner, or '' when the game is in play. */
export function resumeFromSuspendData(session: Session, text: string, competitionCode: string | null): string {
  const problem = resume(session, text, competitionCode);
  if (!problem) return '';
  const keptAt = keepCopy(session, text);
  const where = keptAt ? ` A copy is kept in this browser (${keptAt}).` : '';
  const notice = `The game your course kept for you could not be continued: ${problem}.${where} A fresh game starts.`;
  session.notify({ tone: 'warning', text: notice });
  return notice;
}

function resume(session: Session, text: string, competitionCode: string | null): string {
  const read = readSuspendData(text);
  if (!read.ok) return read.error;
  const kept = read.value;
  if (kept.kind === 'competition') {
    if (!competitionCode) return 'it is a class competition\u2019s game, and this package holds no competition';
    const opened = readCompetitionCode(session, competitionCode);
    if (!opened.ok) return opened.error;
    if (opened.play.id !== kept.result.competitionId) return 'it belongs to another class competition';
    const problem = playTeamSave(session, opened.play, { team: kept.result.team, decisions: kept.result.decisions, draft: kept.draft });
    return problem ? `it does not replay (${problem})` : '';
  }
  const entry = session.get().scenarios.find((s) => s.id === kept.replay.scenario);
  if (!entry) return `its scenario "${kept.replay.scenario}" is not in this version of Flywheel`;
  try {
    const played = playDecisions(entry.scenario, kept.replay.seed, kept.replay.decisions);
    if (!played.ok) return `it does not replay (${played.year}: ${played.error})`;
    const selection = played.game.state.finished ? [] : normalise(entry.scenario, played.game.state, kept.draft);
    session.play({ ...played.game, selection, rules: PRACTICE_RULES });
    return '';
  } catch (error) {
    return `it does not replay (${error instanceof Error ? error.message : String(error)})`;
  }
}

function keepCopy(session: Session, text: string): string {
  const key = `${REJECTED_PREFIX}lms-${session.now()}`;
  try {
    session.storage.setItem(key, text);
    return key;
  } catch {
    return '';
  }
}
