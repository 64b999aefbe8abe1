import type { Scenario, YearDecisions } from '../engine';
import type { LuckSpread } from './luck';

// What the page and the luck worker say to each other. Plain data, so it crosses postMessage.

export interface LuckRequest {
  scenario: Scenario;
  seed: string;
  yours: YearDecisions[];
  worlds: number;
  /** worlds played between progress messages */
  chunk: number;
}

/** Sent ahead of time: play a few throwaway worlds so the real run starts on warm code. */
export interface LuckWarmUp {
  warm: true;
  scenario: Scenario;
  seed: string;
}

export interface LuckOutcome {
  yours: LuckSpread;
  history: LuckSpread;
  /** wall time in the worker for each path's worlds */
  yoursMs: number;
  historyMs: number;
}

export type LuckReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; outcome: LuckOutcome }
  | { type: 'error'; message: string };
