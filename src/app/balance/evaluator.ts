import { decisionsFor, playPlan, type Action, type Scenario, type State, type YearDecisions, type YearFigures } from '../../engine';
import { genomePicks } from './decode';
import type { Genome } from './genome';
import { PlausibilityTracker } from './plausibility';

// Every game the balance tool plays goes through here: it counts the campaigns (the budget), looks
// at every year for the plausibility extremes, and keeps the lowest score of any finished game.

export interface PlayedGame {
  score: number;
  /** the legal path the engine played, year by year */
  path: YearDecisions[];
  figures: YearFigures[];
  /** whether a JEDI award came to AWS when it was decided */
  jediWon: boolean;
  jediLost: boolean;             // the award went to a rival (and stayed there at some point)
}

export class Evaluator {
  campaigns = 0;
  readonly plausibility = new PlausibilityTracker();
  lowest: { score: number; seed: string } | null = null;
  private readonly cache = new Map<string, PlayedGame>();

  constructor(readonly scenario: Scenario) {}

  private play(seed: string, picksFor: (state: State) => Action[], keepFigures: boolean): PlayedGame {
    this.campaigns++;
    const figures: YearFigures[] = [];
    let jediWon = false;
    let jediLost = false;
    const tracker = this.plausibility;
    const { state, path } = playPlan(this.scenario, seed, picksFor, (f, s) => {
      tracker.see(f, seed);
      if (keepFigures) figures.push(f);
      if (s.jedi === 'won') jediWon = true;
      if (s.jedi === 'lost') jediLost = true;
    });
    const score = state.score.total;
    if (!this.lowest || score < this.lowest.score) this.lowest = { score, seed };
    return { score, path, figures, jediWon, jediLost };
  }

  /** A genome's score on a seed (the search's hot loop: no figures kept). */
  scoreGenome(seed: string, genome: Genome): number {
    return this.play(seed, genomePicks(this.scenario, genome), false).score;
  }

  /** A genome played on a seed, with its legal path and figures. */
  playGenome(seed: string, genome: Genome): PlayedGame {
    return this.play(seed, genomePicks(this.scenario, genome), true);
  }

  /** A path of wished-for moves played on a seed, each year's picks filtered by the engine's draft; cached per seed and path. */
  playPath(seed: string, wished: readonly YearDecisions[]): PlayedGame {
    const key = `${seed}\u0000${JSON.stringify(wished)}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const game = this.play(seed, (state) => decisionsFor(wished, state.year).actions, true);
    this.cache.set(key, game);
    return game;
  }
}
