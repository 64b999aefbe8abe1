import type { Session } from '../store/session';
import { reportGame } from './gameSuspend';
import type { LmsLink } from './lmsLink';

// Tells the LMS how the game stands as it is played: the suspend data whenever the game changes,
// and after each year a commit; when the game ends, "completed" and the score. On leaving the page,
// a last commit and LMSFinish. A package built for a competition reports that competition's games
// only. Once a game has been completed, the LMS keeps it (its score and its code go together) until
// another game is finished: a game begun afterwards is not reported while it is under way.

/** CMITimespan, "HHHH:MM:SS": the time spent in this session. */
export function sessionTime(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.min(9999, Math.floor(seconds / 3600));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hours)}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

export interface ReportOptions {
  /** the id of the competition the package was built for: other games are not reported */
  competitionId?: string | null;
  /** the LMS already holds a completed game */
  completed?: boolean;
  now?: () => number;
}

export function reportToLms(session: Session, link: LmsLink, options: ReportOptions = {}): { leave(): void; stop(): void } {
  const now = options.now ?? (() => Date.now());
  const started = now();
  let completed = options.completed ?? false;
  const reported = (game: NonNullable<ReturnType<Session['get']>['game']>) =>
    (!options.competitionId || game.rules.competition?.id === options.competitionId) && (!completed || game.state.finished);
  let lastGame = session.get().game;
  // A year played or another game begun gives a new decisions array; a move picked keeps it.
  let lastDecisions = lastGame?.decisions ?? null;
  let lastSuspend = link.get('cmi.suspend_data');
  let warned = false;
  const unsubscribe = session.store.subscribe((data) => {
    const game = data.game;
    if (!game || game === lastGame || !reported(game)) return;
    lastGame = game;
    const report = reportGame(game, data.scenarios);
    if (report.suspend !== null && report.suspend !== lastSuspend) {
      link.set('cmi.suspend_data', report.suspend);
      lastSuspend = report.suspend;
    } else if (report.suspend === null && !warned && (game.decisions.length > 0 || report.finished)) {
      warned = true;
      session.notify({ tone: 'warning', text: `Your course cannot keep this game (${report.why}): if you leave, it will not be there when you come back.` });
    }
    if (game.decisions === lastDecisions) return;
    lastDecisions = game.decisions;
    if (report.finished && report.score !== null) {
      link.set('cmi.core.score.min', '0');
      link.set('cmi.core.score.max', '100');
      link.set('cmi.core.score.raw', String(report.score));
      link.set('cmi.core.lesson_status', 'completed');
      link.set('cmi.core.exit', '');
      completed = true;
    } else if (!report.finished) {
      // "suspend": the LMS keeps this attempt, with its suspend data, for the learner's return.
      link.set('cmi.core.exit', 'suspend');
    }
    link.commit();
  });
  let left = false;
  return {
    leave() {
      if (left) return;
      left = true;
      unsubscribe();
      link.set('cmi.core.session_time', sessionTime(now() - started));
      link.commit();
      link.finish();
    },
    stop: unsubscribe,
  };
}
