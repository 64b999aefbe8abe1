import { describe, expect, it } from 'vitest';
import {
  applyTurn, LEVELS, newGame, runCampaign,
  type Action, type Scenario, type State, type YearDecisions, type YearFigures,
} from '../../src/engine';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { spanScore, type ScoreSpan } from '../../src/app/result';
import {
  CARD_KEYS, findMove, moveKeyOf, normalise, priceCuts, setLever, setOutagePlan, setPriceCuts, toggleMove, type CardKey,
} from '../../src/store/selection';
import { leverEffect, moveEffect, outageEffect, priceCutEffect, type Effect, type ScoreBasis } from '../../src/ui/view/effects';
import { figureValue, HEADLINES } from '../../src/ui/view/figures';
import { leverViews, moveAvailability, moveInScenario, outageView, priceCutView } from '../../src/ui/view/options';
import { randomPlaythrough } from '../helpers/randomPlayer';

// A preview is a promise kept: for every move open in every year of history's path and of 100 random
// legal paths (the cards, both dials at each level they could change to, the price cuts and the
// outage answers), the figures by the last year and the effect on the final score are exactly what
// happens when the game is played to its end with the choice and without it, and no other change.
// In a competition the score is the competition's own years'.

const base: Scenario = loadBundledScenarios().scenarios[0]!.scenario;
const seed = base.defaultSeed;

interface Context {
  scenario: Scenario;
  before: readonly YearDecisions[];
  state: State;
  basis?: ScoreBasis;
}

/** The game played to its end: the path so far, this year's moves, and no new move after. */
function playedToEnd(ctx: Context, actions: readonly Action[]) {
  const { scenario, before, state } = ctx;
  const path: YearDecisions[] = [...before, { year: state.year, actions: [...actions] }];
  for (let y = state.year + 1; y <= scenario.lastYear; y++) path.push({ year: y, actions: [] });
  const run = runCampaign(scenario, seed, path, { reports: false, yearHashes: false });
  if (!run.ok) throw new Error(`${state.year}: ${run.error}`);
  const score = ctx.basis ? spanScore(run.years, ctx.basis.span.firstYear, ctx.basis.span.lastYear).total : run.state.score.total;
  return { score, last: run.years.at(-1)! };
}

function keep(ctx: Context, label: string, effect: Effect | null, withIt: readonly Action[], without: readonly Action[]): void {
  const a = playedToEnd(ctx, withIt);
  const b = playedToEnd(ctx, without);
  const where = `${label} in ${ctx.state.year}`;
  expect(effect, where).not.toBeNull();
  expect(effect!.score, `${where}: score`).toBe(a.score - b.score);
  for (const h of HEADLINES) {
    const f = effect!.figures.find((x) => x.key === h.key)!;
    expect(f.later, `${where}: ${h.key} by ${ctx.scenario.lastYear}`).toBe(figureValue(a.last, h.key) - figureValue(b.last, h.key));
  }
}

interface Counts { cards: number; dials: number; cuts: number; outages: number }

/** Every choice open in one year: the cards, the dials, the price cuts and the outage answers. */
function checkYear(ctx: Context, yearActions: readonly Action[], counts: Counts): void {
  const { scenario, state, basis } = ctx;
  const selection = normalise(scenario, state, yearActions);
  const open = moveAvailability(scenario, state, selection);
  for (const key of CARD_KEYS) {
    if (!moveInScenario(scenario, key)) continue;
    const picked = findMove(selection, key);
    if (!picked && !open.get(key)?.available) continue;
    const withIt = picked ? selection : toggleMove(scenario, state, selection, key);
    if (!withIt.some((a) => moveKeyOf(a) === key)) continue;
    const without = normalise(scenario, state, selection.filter((a) => moveKeyOf(a) !== key));
    keep(ctx, key, moveEffect(scenario, state, selection, key as CardKey, basis), withIt, without);
    counts.cards++;
  }
  for (const lever of leverViews(state, selection)) {
    for (const level of LEVELS) {
      if (level === lever.level) continue;
      keep(ctx, `${lever.kind} ${level}`, leverEffect(scenario, state, selection, lever.kind, level, basis),
        setLever(scenario, state, selection, lever.kind, level), selection);
      counts.dials++;
    }
  }
  if (priceCutView(scenario, state, selection).available) {
    const cuts = priceCuts(selection);
    const trial = cuts.count > 0 ? cuts : { count: 1, depthPercent: 5 };
    keep(ctx, 'price cuts', priceCutEffect(scenario, state, selection, basis)?.effect ?? null,
      setPriceCuts(scenario, state, selection, trial), setPriceCuts(scenario, state, selection, { count: 0, depthPercent: 0 }));
    counts.cuts++;
  }
  const outage = outageView(scenario, state, selection);
  if (outage.available) {
    for (const option of outage.options) {
      keep(ctx, `outage ${option.plan}`, outageEffect(scenario, state, selection, option.plan, basis),
        setOutagePlan(scenario, state, selection, option.plan), setOutagePlan(scenario, state, selection, null));
      counts.outages++;
    }
  }
}

/** Checks every year of a path from `fromYear`, given the states after each year. */
function checkPath(scenario: Scenario, path: readonly YearDecisions[], states: readonly State[], counts: Counts, span?: ScoreSpan): void {
  const past: YearFigures[] = [];
  for (let i = 0; i < path.length; i++) {
    const state = i === 0 ? newGame(scenario, seed) : states[i - 1]!;
    if (!span || state.year >= span.firstYear) {
      const basis = span ? { span, past: [...past] } : undefined;
      checkYear({ scenario, before: path.slice(0, i), state, basis }, path[i]!.actions, counts);
    }
    past.push(states[i]!.last!);
  }
}

function historyRun(scenario: Scenario): { path: YearDecisions[]; states: State[] } {
  const states: State[] = [];
  const path: YearDecisions[] = [];
  let state = newGame(scenario, seed);
  for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
    const decisions = scenario.history.find((d) => d.year === year) ?? { year, actions: [] };
    path.push(decisions);
    const played = applyTurn(scenario, state, decisions, false);
    if (!played.ok) throw new Error(played.error);
    state = played.state;
    states.push(state);
  }
  return { path, states };
}

describe('a preview is a promise kept', () => {
  it('on history\u2019s path and 100 random legal paths, every open choice\u2019s preview is what happened', () => {
    const counts: Counts = { cards: 0, dials: 0, cuts: 0, outages: 0 };
    const history = historyRun(base);
    checkPath(base, history.path, history.states, counts);
    for (let p = 0; p < 100; p++) {
      const run = randomPlaythrough(base, seed, `preview-${p}`);
      checkPath(base, run.path, run.states, counts);
    }
    const pairs = counts.cards + counts.dials + counts.cuts + counts.outages;
    console.log(`preview promise: ${pairs} (choice, year) pairs checked: ${counts.cards} cards, ${counts.dials} dial levels, ${counts.cuts} price cuts, ${counts.outages} outage answers`);
    expect(counts.cards).toBeGreaterThan(2000);
    expect(counts.dials).toBeGreaterThan(4000);
    expect(counts.cuts).toBeGreaterThan(500);
  }, 600_000);

  it('in every other bundled scenario, history\u2019s path and 10 random paths, outage answers included', () => {
    const counts: Counts = { cards: 0, dials: 0, cuts: 0, outages: 0 };
    for (const entry of loadBundledScenarios().scenarios.slice(1)) {
      const scenario = entry.scenario;
      const history = historyRun(scenario);
      checkPath(scenario, history.path, history.states, counts);
      for (let p = 0; p < 10; p++) {
        const run = randomPlaythrough(scenario, seed, `preview-${entry.scenario.id}-${p}`);
        checkPath(scenario, run.path, run.states, counts);
      }
    }
    console.log(`preview promise, other scenarios: ${counts.cards} cards, ${counts.dials} dial levels, ${counts.cuts} price cuts, ${counts.outages} outage answers`);
    expect(counts.outages).toBeGreaterThan(30);
  }, 600_000);

  it('in a competition, the score effect is the competition\u2019s own years\u2019', () => {
    // The competition plays 2006-2012; the years before follow history for every team.
    const span: ScoreSpan = { firstYear: 2006, lastYear: 2012 };
    const scenario: Scenario = { ...base, lastYear: span.lastYear, history: base.history.filter((h) => h.year <= span.lastYear) };
    const counts: Counts = { cards: 0, dials: 0, cuts: 0, outages: 0 };
    const history = historyRun(scenario);
    checkPath(scenario, history.path, history.states, counts, span);
    expect(counts.cards + counts.dials + counts.cuts).toBeGreaterThan(40);
    // The span's score is not the whole game's: the preview must not show the whole game's.
    const state = history.states[span.firstYear - scenario.firstYear - 1]!;
    const past = history.states.slice(0, span.firstYear - scenario.firstYear).map((s) => s.last!);
    const selection = normalise(scenario, state, []);
    const whole = leverEffect(scenario, state, selection, 'capex', 'aggressive');
    const own = leverEffect(scenario, state, selection, 'capex', 'aggressive', { span, past });
    expect(own!.score).not.toBe(whole!.score);
  }, 120_000);
});
