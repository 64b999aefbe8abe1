import { newGame, stateHash } from './game';
import type { Scenario } from './scenarioTypes';
import { cloneState } from './stateCopy';
import { playYear } from './turn';
import type { State, TurnReport, YearDecisions, YearFigures } from './types';

export interface Campaign {
  ok: true;
  state: State;
  years: YearFigures[];
  reports: TurnReport[];
  hashes: string[];          // state hash after each year
  hash: string;
}

export interface CampaignOptions {
  reports?: boolean;         // keep each year's driver breakdown (default true)
  yearHashes?: boolean;      // hash the state after every year (default true)
  untilYear?: number;        // stop after this year
  figures?: boolean;         // keep each year's figures (default true)
  events?: boolean;          // write each year's event texts (default: as figures)
}

/** Decisions for one year out of a full path; a year not listed plays with no new moves. */
export function decisionsFor(path: readonly YearDecisions[], year: number): YearDecisions {
  for (const d of path) if (d.year === year) return d;
  return { year, actions: [] };
}

/** Plays every year of a scenario from a decision path. An illegal decision stops it with an error. */
export function runCampaign(
  scenario: Scenario, seed: string, path: readonly YearDecisions[], options: CampaignOptions = {},
): Campaign | { ok: false; error: string; year: number } {
  const withReports = options.reports ?? true;
  const withHashes = options.yearHashes ?? true;
  const lastYear = Math.min(options.untilYear ?? scenario.lastYear, scenario.lastYear);
  const state = cloneState(newGame(scenario, seed));
  const withFigures = options.figures ?? true;
  const withEvents = options.events ?? withFigures;
  const years: YearFigures[] = [];
  const reports: TurnReport[] = [];
  const hashes: string[] = [];
  for (let year = scenario.firstYear; year <= lastYear; year++) {
    const report = playYear(scenario, state, decisionsFor(path, year), withEvents, withReports);
    if (typeof report === 'string') return { ok: false, error: report, year };
    if (withFigures) years.push(report.figures);
    if (withReports) reports.push(report);
    if (withHashes) hashes.push(stateHash(state));
  }
  return { ok: true, state, years, reports, hashes, hash: stateHash(state) };
}
