import { LEVELS, type Action, type Level, type OutagePlan, type Scenario, type State, type TurnReport } from '../../engine';
import { scoreShown, type ScoreSpan } from '../../app/result';
import type { LeverKind, CardKey } from '../../store/selection';
import { dashboardRows, figureHistory, type DashboardRow } from './figures';
import { progressText, scoreSoFarText, yearsPlayed } from './format';
import { leverEffect, moveEffect, outageEffect, planEffect, priceCutEffect, type Effect, type ScoreBasis } from './effects';
import { historyHint, newsLine, type HistoryHint } from './news';
import {
  leverViews, moveCards, outageView, priceCutView, type LeverView, type MoveCard, type OutageView, type PriceCutView,
} from './options';

// Everything the Year screen shows, from the game and the draft.

export interface YearView {
  year: number;
  title: string;
  progress: string;
  scoreText: string;
  news: string;
  rows: DashboardRow[];
  cards: MoveCard[];
  levers: LeverView[];
  price: PriceCutView;
  moveEffects: Map<CardKey, Effect | null>;
  leverEffects: Map<LeverKind, Map<Level, Effect | null>>;
  priceEffect: { label: string; effect: Effect } | null;
  plan: Effect | null;
  outage: OutageView;
  outageEffects: Map<OutagePlan, Effect | null>;
  pickedCount: number;
  hint: HistoryHint | null;
}

export interface YearInput {
  scenario: Scenario;
  start: State;
  state: State;
  reports: readonly TurnReport[];
  selection: readonly Action[];
  /** in a competition, the years its score counts */
  scoreSpan?: ScoreSpan;
}

export function yearView(input: YearInput): YearView {
  const { scenario, state, selection } = input;
  // In a competition the previews count the final score as the competition does: its own years.
  const basis: ScoreBasis | undefined = input.scoreSpan ? { span: input.scoreSpan, past: input.reports.map((r) => r.figures) } : undefined;
  const baseCards = moveCards(scenario, state, selection);
  const moveEffects = new Map<CardKey, Effect | null>();
  for (const card of baseCards) {
    if (card.status === 'open' || card.status === 'picked') {
      moveEffects.set(card.key, moveEffect(scenario, state, selection, card.key, basis));
    }
  }
  const levers = leverViews(state, selection);
  const leverEffects = new Map<LeverKind, Map<Level, Effect | null>>();
  for (const lever of levers) {
    const byLevel = new Map<Level, Effect | null>();
    for (const level of LEVELS) {
      if (level !== lever.level) byLevel.set(level, leverEffect(scenario, state, selection, lever.kind, level, basis));
    }
    leverEffects.set(lever.kind, byLevel);
  }
  const price = priceCutView(scenario, state, selection);
  const outage = outageView(scenario, state, selection);
  const outageEffects = new Map<OutagePlan, Effect | null>();
  if (outage.available) {
    for (const option of outage.options) outageEffects.set(option.plan, outageEffect(scenario, state, selection, option.plan, basis));
  }
  const history = figureHistory(input.start.last!, input.reports);
  return {
    year: state.year,
    title: String(state.year),
    progress: progressText(state.year, scenario.firstYear, scenario.lastYear, input.scoreSpan),
    scoreText: scoreLine(state.year, scenario, scoreShown(state, input.reports, input.scoreSpan), input.scoreSpan),
    news: newsLine(scenario, state),
    rows: dashboardRows(history),
    cards: moveCards(scenario, state, selection, moveEffects),
    levers,
    price,
    moveEffects,
    leverEffects,
    priceEffect: price.available ? priceCutEffect(scenario, state, selection, basis) : null,
    plan: planEffect(scenario, state, selection, basis),
    outage,
    outageEffects,
    pickedCount: selection.length,
    hint: historyHint(scenario, state.year),
  };
}

function scoreLine(nextYear: number, scenario: Scenario, score: number, span?: ScoreSpan): string {
  const years = yearsPlayed(nextYear, scenario.firstYear, scenario.lastYear, span);
  return scoreSoFarText(score, years.played, years.total);
}
