import { ENGINE_VERSION } from '../engine';
import { gradeOutOf100 } from '../app/gradeFiles';
import type { ScenarioEntry } from '../app/scenarios';
import { scoreShown, scoreTeam } from '../app/result';
import type { GameSession } from '../store/session';
import { competitionSuspend, practiceSuspend, SUSPEND_DATA_MAX } from './suspendData';

// What the LMS is told about a game: the text kept in cmi.suspend_data and, once the game is over,
// its score out of 100 (the scorecard's 1000 points scaled down, to a tenth of a point).

export interface GameReport {
  /** the suspend data, or null when this game cannot be kept there (see `why`) */
  suspend: string | null;
  why: string;
  finished: boolean;
  /** 0-100 once finished, else null */
  score: number | null;
}

/** The scorecard's 0-1000 points as SCORM's 0-100, to one decimal: the grade files' scale too. */
export const scaledScore = gradeOutOf100;

export function reportGame(game: GameSession, scenarios: readonly ScenarioEntry[]): GameReport {
  const finished = game.state.finished;
  const draft = finished || game.selection.length === 0 ? null : { year: game.state.year, actions: game.selection };
  const play = game.rules.competition;
  let suspend: string;
  let points: number;
  if (play) {
    if (!play.team) return { suspend: null, why: 'the team has no name yet', finished, score: null };
    const c = play.competition;
    const own = game.decisions.filter((d) => d.year >= c.firstYear && d.year <= c.lastYear);
    points = scoreShown(game.state, game.reports, game.rules.scoreSpan);
    if (finished) {
      // The claim in a finished team's code is the score its decisions earn when replayed, as the
      // leaderboard will check it.
      const base = scenarios.find((s) => s.id === c.scenario)?.scenario;
      const run = base ? scoreTeam(base, c, own) : 'its scenario is missing';
      if (typeof run === 'string') return { suspend: null, why: run, finished, score: null };
      points = run.score.total;
    }
    suspend = competitionSuspend({ competitionId: play.id, engineVersion: ENGINE_VERSION, team: play.team, decisions: own, claimedScore: points }, draft);
  } else {
    // A game in a scenario loaded from a file could not be rebuilt on the next visit.
    if (!scenarios.some((s) => s.scenario === game.scenario)) return { suspend: null, why: 'its scenario was loaded from a file', finished, score: null };
    points = game.state.score.total;
    suspend = practiceSuspend({ engineVersion: ENGINE_VERSION, scenario: game.scenario.id, seed: game.seed, decisions: game.decisions, hashes: game.hashes }, draft);
  }
  if (suspend.length > SUSPEND_DATA_MAX) return { suspend: null, why: `its code is longer (${suspend.length} characters) than the LMS keeps`, finished, score: null };
  return { suspend, why: '', finished, score: finished ? scaledScore(points) : null };
}
