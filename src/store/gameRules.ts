import type { Competition } from '../app/competition';
import type { ScoreSpan } from '../app/result';

// What a game in progress allows and counts. Set once when the game starts and carried with it, so
// every screen reads the same answer: a class competition is a game with stricter rules.

/** A class competition as a team plays it: its code, its id and the team's name. */
export interface CompetitionPlay {
  code: string;
  id: string;
  competition: Competition;
  /** empty until the team has named itself and the game has started */
  team: string;
}

export interface GameRules {
  mode: 'practice' | 'competition';
  /** the years the score counts, or undefined for every year */
  scoreSpan: ScoreSpan | undefined;
  /** history's figures beside the player's: the ghost, Watch history, the debrief's comparison */
  history: boolean;
  /** "What happened?": what Amazon did in the year and why */
  hints: boolean;
  /** a share link for the game */
  sharing: boolean;
  /** the competition this game is played for, or null for a practice game */
  competition: CompetitionPlay | null;
}

export const PRACTICE_RULES: GameRules = Object.freeze({
  mode: 'practice', scoreSpan: undefined, history: true, hints: true, sharing: true, competition: null,
});

/** A competition's rules: its own years scored, history as the instructor chose, no share link. */
export function competitionRules(play: CompetitionPlay): GameRules {
  const c = play.competition;
  return {
    mode: 'competition',
    scoreSpan: { firstYear: c.firstYear, lastYear: c.lastYear },
    history: c.ghost,
    hints: c.ghost,
    // A link would carry the scenario id, not the competition's world; results go to the instructor.
    sharing: false,
    competition: play,
  };
}
