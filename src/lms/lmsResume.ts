import { playDecisions } from '../app/replay';
import { competitionSaveKey } from '../app/competitionSave';
import { AUTOSAVE_KEY, REJECTED_PREFIX } from '../app/saves';
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

/**
 * Runs `play`, which saves the resumed game in this browser's slot for it; what the slot held
 * before, if it was another game (one played in another course or on another day here), is kept
 * aside under a key of its own, with a notice, rather than overwritten.
 */
function keepingSlot(session: Session, slot: string, play: () => string): string {
  let earlier: string | null = null;
  try {
    earlier = session.storage.getItem(slot);
  } catch {
    earlier = null;
  }
  const problem = play();
  if (problem || earlier === null) return problem;
  try {
    if (session.storage.getItem(slot) === earlier) return '';
    const keptAt = `${REJECTED_PREFIX}${session.now()}`;
    session.storage.setItem(keptAt, earlier);
    session.notify({ tone: 'info', text: `Your course\u2019s game is back where you left it. The other game this browser had saved is kept aside (${keptAt}).` });
  } catch {
    // Storage full or locked: the game goes on; the earlier save may be lost only if the browser let it be.
  }
  return '';
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
    const play = opened.play;
    const problem = keepingSlot(session, competitionSaveKey(play.id), () => playTeamSave(session, play, { team: kept.result.team, decisions: kept.result.decisions, draft: kept.draft }));
    return problem ? `it does not replay (${problem})` : '';
  }
  const entry = session.get().scenarios.find((s) => s.id === kept.replay.scenario);
  if (!entry) return `its scenario "${kept.replay.scenario}" is not in this version of Flywheel`;
  return keepingSlot(session, AUTOSAVE_KEY, () => {
    try {
      const played = playDecisions(entry.scenario, kept.replay.seed, kept.replay.decisions);
      if (!played.ok) return `it does not replay (${played.year}: ${played.error})`;
      const selection = played.game.state.finished ? [] : normalise(entry.scenario, played.game.state, kept.draft);
      session.play({ ...played.game, selection, rules: PRACTICE_RULES });
      return '';
    } catch (error) {
      return `it does not replay (${error instanceof Error ? error.message : String(error)})`;
    }
  });
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
