import {
  keyOf, legalActions, LEVELS, optionFor, planDraft, PRICE_CUTS_MAX, takenIn,
  type Action, type Level, type MoveKey, type Scenario, type State, type Team,
} from '../../engine';
import {
  actionForMove, CARD_KEYS, findMove, leverLevel, maxDepth, moveKeyOf, outagePlan, priceCuts,
  type CardKey, type LeverKind,
} from '../../store/selection';
import type { OutagePlan } from '../../engine';
import { JEDI_PROTEST_DETAIL, LEVERS, moveText, OUTAGE_TEXT, PRICE_CUTS_TEXT } from './catalog';
import type { Effect, FigureEffect } from './effects';

// What the decision panel shows for the year: a card per one-off move (open, picked, locked with
// the engine's reason, or done), the two spending levers and the price cuts.

export type CardStatus = 'open' | 'picked' | 'locked' | 'done';

export interface Chip {
  text: string;
  direction: 'up' | 'down' | 'flat';
}

export interface MoveCard {
  key: CardKey;
  hotkey: string;
  title: string;
  detail: string;
  status: CardStatus;
  /** one short line under the title: "Open", "Picked: remote team", "Done in 2004", the lock reason */
  statusText: string;
  team: Team | null;
  chips: Chip[];
}

/** How a card reads once its move is made, before the year it was made in. */
const DONE_WORDS: Record<Exclude<CardKey, 'jedi' | 'launchService:ec2'>, string> = {
  apiMandate: 'Done in',
  openMarketplace: 'Open since',
  openDeveloperPlatform: 'Open since',
  launchPrime: 'Launched in',
  'launchService:sqs': 'Launched in',
  'launchService:s3': 'Launched in',
  rentSpareCapacity: 'Renting since',
  govCloud: 'Built in',
  discloseAws: 'Disclosed in',
  launchGenAi: 'Launched in',
};

function doneText(state: State, scenario: Scenario, key: CardKey): string {
  if (key === 'jedi') return jediDoneText(state, scenario);
  const year = takenIn(state, key);
  if (!year) return '';
  if (key === 'launchService:ec2') return `Launched in ${year} (${state.ec2Team === 'core' ? 'core' : 'remote'} team)`;
  return `${DONE_WORDS[key]} ${year}`;
}

function jediDoneText(state: State, scenario: Scenario): string {
  const bidYear = scenario.jedi?.bidYear ?? 0;
  switch (state.jedi) {
    case 'none': case 'won': case 'lost': return '';
    case 'bid': return `Bid in ${bidYear}, award to come`;
    case 'protesting': return `In court since ${state.jediProtestYear || state.year - 1}`;
    case 'reversed': return 'Won in court';
    case 'protestFailed': return 'Lost, and the protest failed';
    case 'cancelled': return 'The contract was cancelled';
    default: return 'Decided';
  }
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The card a move of the engine's catalogue is shown on. */
function engineKeyOf(state: State, key: CardKey): MoveKey {
  return keyOf(actionForMove(state, key));
}

/** Moves the scenario has no place for (no contract to bid for, no AI race) get no card. */
export function moveInScenario(scenario: Scenario, key: CardKey): boolean {
  if (key === 'jedi') return scenario.jedi !== null;
  if (key === 'launchGenAi') return scenario.genAiFrom > 0;
  return true;
}

/** Whether each move could be picked given the rest of the draft, and why not: the engine's draft says. */
export function moveAvailability(scenario: Scenario, state: State, selection: readonly Action[]): Map<CardKey, { available: boolean; reason: string }> {
  const plan = planDraft(state, scenario, selection);
  const out = new Map<CardKey, { available: boolean; reason: string }>();
  for (const key of CARD_KEYS) {
    const option = optionFor(plan, engineKeyOf(state, key));
    const blocker = option.blockedBy ? moveKeyOf(keyToAction(option.blockedBy)) : null;
    const reason = option.blockedBy ? `Not in the same year as ${blocker ? moveText(blocker).title : option.blockedBy}` : capitalised(option.reason);
    out.set(key, { available: option.available, reason });
  }
  return out;
}

/** Enough of an action to find the card a catalogue key belongs to. */
function keyToAction(key: MoveKey): Action {
  return key.startsWith('launchService:')
    ? { kind: 'launchService', service: key.slice('launchService:'.length) as 'sqs' | 's3' | 'ec2' }
    : { kind: key } as Action;
}

export function chipsOf(effect: Effect | null | undefined): Chip[] {
  if (!effect) return [];
  const figures = effect.highlights.map((f: FigureEffect): Chip => ({
    text: `${f.later > 0 ? '\u25B2' : '\u25BC'} ${f.short} ${f.laterText}`,
    direction: f.later > 0 ? 'up' : 'down',
  }));
  // The final score first, then the headline figure it moves most; a gamble says so.
  const score = Math.round(effect.score * 10) / 10;
  const gamble = effect.gamble ? ', a gamble' : '';
  const chips: Chip[] = score === 0
    ? (effect.gamble ? [{ text: `\u00B7 Score \u00B10${gamble}`, direction: 'flat' }] : [])
    : [{ text: `${score > 0 ? '\u25B2' : '\u25BC'} Score ${score > 0 ? '+' : '\u2212'}${Math.abs(score).toFixed(1)}${gamble}`, direction: score > 0 ? 'up' : 'down' }];
  chips.push(...figures.slice(0, 2 - chips.length));
  // A move too small to register still says so, rather than leaving the card blank.
  return chips.length ? chips : [{ text: '\u00B7 little change', direction: 'flat' }];
}

export function moveCards(
  scenario: Scenario, state: State, selection: readonly Action[], effects: ReadonlyMap<CardKey, Effect | null> = new Map(),
): MoveCard[] {
  const availability = moveAvailability(scenario, state, selection);
  return CARD_KEYS.filter((key) => moveInScenario(scenario, key)).map((key) => {
    const text = moveText(key);
    const detail = key === 'jedi' && state.jedi !== 'none' ? JEDI_PROTEST_DETAIL : text.detail;
    const picked = findMove(selection, key);
    const done = doneText(state, scenario, key);
    const avail = availability.get(key)!;
    let status: CardStatus;
    let statusText: string;
    let team: Team | null = null;
    if (picked) {
      status = 'picked';
      if (picked.kind === 'launchService' && picked.service === 'ec2') {
        team = picked.team ?? 'remote';
        statusText = team === 'core' ? 'Picked: core team' : 'Picked: remote team';
      } else if (picked.kind === 'bidJedi' || picked.kind === 'protestJedi') {
        statusText = picked.kind === 'bidJedi' ? 'Picked: bid' : 'Picked: protest';
      } else {
        statusText = 'Picked';
      }
    } else if (done) {
      status = 'done';
      statusText = done;
    } else if (avail.available) {
      status = 'open';
      statusText = key !== 'jedi' ? 'Open' : state.jedi === 'none' ? 'Open: bid' : state.jedi === 'won' ? 'Won; a protest is moot' : 'Open: protest';
    } else {
      status = 'locked';
      statusText = avail.reason;
    }
    const showsEffect = status === 'open' || status === 'picked';
    return {
      key, hotkey: text.hotkey, title: text.title, detail, status, statusText, team,
      chips: showsEffect ? chipsOf(effects.get(key)) : [],
    };
  });
}

export interface LeverView {
  kind: LeverKind;
  hotkey: string;
  title: string;
  detail: string;
  level: Level;
  /** true when the level is last year's, carried over */
  carried: boolean;
  levels: { level: Level; label: string; selected: boolean }[];
}

export function leverViews(state: State, selection: readonly Action[]): LeverView[] {
  return LEVERS.map((lever) => {
    const level = leverLevel(state, selection, lever.kind);
    return {
      kind: lever.kind,
      hotkey: lever.hotkey,
      title: lever.title,
      detail: lever.detail,
      level,
      carried: !selection.some((a) => a.kind === lever.kind),
      levels: LEVELS.map((l) => ({ level: l, label: lever.levels[l], selected: l === level })),
    };
  });
}

export interface PriceCutView {
  title: string;
  detail: string;
  available: boolean;
  reason: string;
  count: number;
  depthPercent: number;
  countText: string;
  depthText: string;
  canAddCut: boolean;
  canRemoveCut: boolean;
  canDeepen: boolean;
  canSoften: boolean;
}

export function priceCutView(scenario: Scenario, state: State, selection: readonly Action[]): PriceCutView {
  const option = optionFor(planDraft(state, scenario, selection), 'priceCuts');
  const available = option.available;
  const cuts = priceCuts(selection);
  const reason = option.reason;
  return {
    title: PRICE_CUTS_TEXT.title,
    detail: PRICE_CUTS_TEXT.detail,
    available,
    reason: reason ? reason.charAt(0).toUpperCase() + reason.slice(1) : '',
    count: cuts.count,
    depthPercent: cuts.depthPercent,
    countText: cuts.count === 0 ? 'None' : `${cuts.count} cut${cuts.count > 1 ? 's' : ''}`,
    depthText: cuts.count === 0 ? '—' : `${cuts.depthPercent}% off`,
    canAddCut: available && cuts.count < PRICE_CUTS_MAX,
    canRemoveCut: available && cuts.count > 0,
    canDeepen: available && cuts.count > 0 && cuts.depthPercent < maxDepth(cuts.count),
    canSoften: available && cuts.count > 0 && cuts.depthPercent > 1,
  };
}

export interface OutageView {
  available: boolean;
  title: string;
  detail: string;
  plan: OutagePlan | null;
  options: { plan: OutagePlan; label: string; detail: string; selected: boolean }[];
}

/** The response to a major outage, open only in a year the scenario schedules one. */
export function outageView(scenario: Scenario, state: State, selection: readonly Action[]): OutageView {
  const option = legalActions(state, scenario).find((o) => o.kind === 'outageResponse');
  const plan = outagePlan(selection);
  const plans: OutagePlan[] = ['transparent', 'quiet', 'resilience'];
  return {
    available: option?.available ?? false,
    title: OUTAGE_TEXT.title,
    detail: OUTAGE_TEXT.detail,
    plan,
    options: plans.map((p) => ({ plan: p, label: OUTAGE_TEXT.plans[p].label, detail: OUTAGE_TEXT.plans[p].detail, selected: p === plan })),
  };
}
