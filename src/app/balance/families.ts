import { LEVELS, OUTAGE_PLANS, type Level, PRICE_CUTS_MAX, PRICE_DEPTH_MAX, PRICE_DEPTH_PER_CUT_MAX, TEAMS, type Action, type Scenario } from '../../engine';
import { actionLabel } from '../actionLabel';
import type { Evaluator, PlayedGame } from './evaluator';
import { ONE_OFF_MOVES } from './genome';
import { actionOf, mapActions, mapCuts, moveTo, wholeGameDial, yearOf, type Path, type PriceCut } from './pathEdit';
import { mean } from './stats';
import { gambleSeeds } from './budget';
import type { Status } from './check';

// Each decision family's range: all its options, everything else held on history's path. A family
// whose options all play the same moves is not in this scenario (its move never stands here).

export interface FamilyOption {
  label: string;
  path: Path;
}

export interface Family {
  id: string;
  label: string;
  atLeast: number;
  options: FamilyOption[];
  /** the seeds where the choice is open, judged on the first option's game (all seeds when absent) */
  openOn?: (game: PlayedGame) => boolean;
  /** a gamble (the JEDI award's draw decides what it does): judged on at least GAMBLE_MIN_SEEDS seeds */
  gamble?: boolean;
}

export interface FamilyRow {
  id: string;
  label: string;
  target: string;
  status: Status;
  /** mean over the seeds where the family is open of (best option - worst option) */
  meanRange: number | null;
  best: string;
  worst: string;
  options: number;
  perSeed: number[];
}

const DIAL_TARGET = 30;
const FAMILY_TARGET = 5;

/** The one-off move's action as history took it (EC2 with its team), or a plain one. */
function oneOffAction(history: Path, key: string): Action {
  const move = ONE_OFF_MOVES.find((m) => m.key === key)!;
  const taken = actionOf(history, move.key);
  if (taken) return taken;
  if (move.kind === 'launchService') return move.service === 'ec2' ? { kind: 'launchService', service: 'ec2', team: 'remote' } : { kind: 'launchService', service: move.service! };
  return { kind: move.kind } as Action;
}

function cutsScaled(history: Path, factor: number): Path {
  return mapCuts(history, (_, cut): PriceCut | null => {
    if (!cut) return null;
    const depth = Math.min(PRICE_DEPTH_MAX, Math.round(cut.depthPercent * factor));
    if (depth === 0) return null;
    return { kind: 'priceCuts', count: Math.min(PRICE_CUTS_MAX, Math.max(cut.count, Math.ceil(depth / PRICE_DEPTH_PER_CUT_MAX))), depthPercent: depth };
  });
}

function cutsCounted(history: Path, count: number): Path {
  return mapCuts(history, (_, cut): PriceCut | null => (cut ? { kind: 'priceCuts', count, depthPercent: Math.min(cut.depthPercent, count * PRICE_DEPTH_PER_CUT_MAX) } : null));
}

/** A dial set to `level` for one year, then back to the setting history had in effect. */
function oneYearDial(history: Path, kind: 'capex' | 'retailInvestment', year: number, level: Level): Path {
  let inEffect: Level | null = null;
  for (const d of history) {
    if (d.year > year) break;
    for (const a of d.actions) if (a.kind === kind) inEffect = a.level;
  }
  const restoredByHistory = history.find((d) => d.year === year + 1)?.actions.some((a) => a.kind === kind) ?? true;
  return mapActions(history, (y, actions) => {
    const kept: Action[] = y === year ? actions.filter((a) => a.kind !== kind) : actions;
    if (y === year) kept.push({ kind, level } as Action);
    if (y === year + 1 && !restoredByHistory) kept.push({ kind, level: inEffect ?? 'steady' } as Action);
    return kept;
  });
}

/** The families of issue 12's list, built from the move catalogue where it can be. */
export function families(scenario: Scenario, history: Path): Family[] {
  const out: Family[] = [];
  for (const [id, kind, label] of [['capex', 'capex', 'data-centre (capex) dial, whole game'], ['retail', 'retailInvestment', 'retail dial, whole game']] as const) {
    out.push({ id, label, atLeast: DIAL_TARGET, options: LEVELS.map((level) => ({ label: level, path: wholeGameDial(history, kind, level) })) });
  }
  for (const [id, kind, label] of [['capexYear', 'capex', 'data-centre (capex) dial, one year at a time'], ['retailYear', 'retailInvestment', 'retail dial, one year at a time']] as const) {
    const options: FamilyOption[] = [];
    for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
      for (const level of LEVELS) options.push({ label: `${year} ${level}`, path: oneYearDial(history, kind, year, level) });
    }
    out.push({ id, label, atLeast: FAMILY_TARGET, options });
  }
  out.push({ id: 'cutDepth', label: 'price-cut depth (history\'s depths x factor)', atLeast: FAMILY_TARGET,
    options: [0, 0.25, 0.5, 1, 1.5, 2, 3].map((f) => ({ label: `x${f}`, path: cutsScaled(history, f) })) });
  out.push({ id: 'cutCount', label: 'price cuts a year (history\'s years and depths)', atLeast: FAMILY_TARGET,
    options: [1, 2, 5, 10, 20].map((n) => ({ label: `${n} a year`, path: cutsCounted(history, n) })) });
  for (const move of ONE_OFF_MOVES) {
    const action = oneOffAction(history, move.key);
    const options: FamilyOption[] = [{ label: 'never', path: moveTo(history, action, 0) }];
    for (let year = Math.max(scenario.firstYear, move.earliest); year <= scenario.lastYear; year++) options.push({ label: String(year), path: moveTo(history, action, year) });
    out.push({ id: `year:${move.key}`, label: `year of: ${actionLabel(action).replace(' (core team)', '')}`, atLeast: FAMILY_TARGET, options,
      ...(move.key === 'protestJedi' ? { openOn: (never: PlayedGame) => never.jediLost } : {}),
      ...(move.key === 'bidJedi' || move.key === 'protestJedi' ? { gamble: true } : {}) });
  }
  const ec2Year = yearOf(history, 'launchService:ec2');
  out.push({ id: 'ec2Team', label: 'EC2 team', atLeast: FAMILY_TARGET,
    options: TEAMS.map((team) => ({ label: team, path: ec2Year ? moveTo(history, { kind: 'launchService', service: 'ec2', team }, ec2Year) : history })) });
  const outageYears = new Set(scenario.events.filter((e) => e.majorOutage).map((e) => e.year));
  out.push({ id: 'outagePlan', label: 'outage response', atLeast: FAMILY_TARGET,
    options: (['none', ...OUTAGE_PLANS] as const).map((plan) => ({ label: plan,
      path: mapActions(history, (year, actions) => {
        const kept: Action[] = actions.filter((a) => a.kind !== 'outageResponse');
        if (plan !== 'none' && outageYears.has(year)) kept.push({ kind: 'outageResponse', plan });
        return kept;
      }) })) });
  return out;
}

/** Plays every option of every family on every seed. */
export function runFamilies(scenario: Scenario, ev: Evaluator, runSeeds: string[], history: Path): FamilyRow[] {
  return families(scenario, history).map((family) => {
    // A few seeds say little about a gamble: on them the draw, not the choice, sets the range.
    const seeds = family.gamble ? gambleSeeds(runSeeds) : runSeeds;
    const scores = family.options.map((option) => seeds.map((seed) => ev.playPath(seed, option.path)));
    const paths = new Set(scores.map((games) => JSON.stringify(games[0]!.path)));
    const perSeed = seeds.map((_, s) => {
      const col = scores.map((games) => games[s]!.score);
      return Math.max(...col) - Math.min(...col);
    });
    const means = scores.map((games) => mean(games.map((g) => g.score)));
    const best = family.options[means.indexOf(Math.max(...means))]!.label;
    const worst = family.options[means.indexOf(Math.min(...means))]!.label;
    const target = `>= ${family.atLeast}`;
    if (paths.size < 2) {
      return { id: family.id, label: family.label, target, status: 'not in this scenario', meanRange: null, best: '', worst: '', options: family.options.length, perSeed };
    }
    // A decision counts where it is open: a protest only means something on a seed where the award was lost.
    const open = family.openOn ? perSeed.filter((_, s) => family.openOn!(scores[0]![s]!)) : perSeed;
    const meanRange = mean(open.length ? open : perSeed);
    return { id: family.id, label: family.label, target, status: meanRange >= family.atLeast ? 'pass' : 'fail', meanRange, best, worst, options: paths.size, perSeed };
  });
}
