import type { Scenario, YearDecisions } from '../engine';
import type { LuckSpread } from './luck';
import type { ScoreSpan } from './result';

// What the page and the luck worker say to each other. Plain data, so it crosses postMessage.

export interface LuckRequest {
  scenario: Scenario;
  seed: string;
  yours: YearDecisions[];
  worlds: number;
  /** worlds played between progress messages */
  chunk: number;
  /** in a competition, the years its score counts */
  scoreSpan?: ScoreSpan;
}

/** Sent as soon as a game is finished: its decisions are final, so its worlds can be played ahead. */
export interface LuckWarmUp extends LuckRequest {
  warm: true;
}

export interface LuckOutcome {
  yours: LuckSpread;
  history: LuckSpread;
  /** compute time in the worker for each path's worlds, whenever they were played */
  yoursMs: number;
  historyMs: number;
  /** worlds (of both paths) already played ahead when the request came */
  aheadWorlds: number;
  /** time from the request to the result, in the worker */
  waitMs: number;
}

export type LuckReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; outcome: LuckOutcome }
  | { type: 'error'; message: string };
