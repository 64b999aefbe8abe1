import { majorOutageIn } from './context';
import { describeValue } from './describeValue';
import {
  LEVELS, OUTAGE_PLANS, PRICE_CUTS_MAX, PRICE_DEPTH_MAX, PRICE_DEPTH_PER_CUT_MAX, SERVICES,
  type Action, type ActionKind, type ActionOf, type MoveKey, type ServiceId,
} from './moves';
import type { Scenario } from './scenarioTypes';
import type { State } from './types';

// What each move needs of the state (its lock rule, with the reason), what it records when taken,
// and the year it was taken. One entry per kind; the compiler refuses a kind left out.

interface MoveRule<K extends ActionKind> {
  /** Why the move cannot be made on this draft of the year, or '' when it can. */
  lock(state: State, scenario: Scenario, action: ActionOf<K>): string;
  /** Records the move on the draft of the year being played. */
  record(draft: State, action: ActionOf<K>): void;
  /** Checks the move's own fields; an error or ''. */
  shape?(action: ActionOf<K>): string;
}

type Rules = { [K in ActionKind]: MoveRule<K> };

export function serviceYear(state: State, service: ServiceId): number {
  return service === 'sqs' ? state.sqsYear : service === 's3' ? state.s3Year : state.ec2Year;
}

export function anyServiceLaunched(state: State): boolean {
  return state.sqsYear > 0 || state.s3Year > 0 || state.ec2Year > 0 || state.spareCapacityYear > 0;
}

const once = (year: number, words: string): string => (year ? `${words} ${year}` : '');
const noShape = (): string => '';

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function levelShape(action: { kind: string; level: unknown }): string {
  return (LEVELS as readonly unknown[]).includes(action.level) ? '' : `${action.kind}.level must be lean, steady or aggressive`;
}

const RULES: Rules = {
  apiMandate: {
    lock: (s) => once(s.apiMandateYear, 'already mandated in'),
    record: (d) => { d.apiMandateYear = d.year; },
  },
  openMarketplace: {
    lock: (s) => once(s.marketplaceYear, 'already open since'),
    record: (d) => { d.marketplaceYear = d.year; },
  },
  openDeveloperPlatform: {
    lock: (s) => once(s.platformYear, 'already open since') || (s.apiMandateYear ? '' : 'needs the move to service APIs first'),
    record: (d) => { d.platformYear = d.year; },
  },
  launchPrime: {
    lock: (s) => once(s.primeYear, 'already launched in'),
    record: (d) => { d.primeYear = d.year; },
  },
  launchService: {
    shape: (a) => {
      if (!(SERVICES as readonly unknown[]).includes(a.service)) return `unknown service ${describeValue(a.service)}`;
      if (a.team !== undefined && a.team !== 'remote' && a.team !== 'core') return `team must be "remote" or "core", not ${describeValue(a.team)}`;
      return '';
    },
    lock: (s, _scenario, a) => {
      return once(serviceYear(s, a.service), 'already launched in');
    },
    record: (d, a) => {
      if (a.service === 'sqs') d.sqsYear = d.year;
      else if (a.service === 's3') d.s3Year = d.year;
      else { d.ec2Year = d.year; d.ec2Team = a.team ?? 'remote'; }
    },
  },
  rentSpareCapacity: {
    // Renting out idle retail hardware and selling compute as a service are two different businesses.
    lock: (s) => {
      if (s.spareCapacityYear) return `already renting since ${s.spareCapacityYear}`;
      if (s.ec2Year === s.year) return 'not in the year compute (EC2) is launched';
      return s.ec2Year ? 'compute is already sold as a service of its own' : '';
    },
    record: (d) => { d.spareCapacityYear = d.year; },
  },
  priceCuts: {
    shape: (a) => {
      const { count, depthPercent } = a;
      if (!isWhole(count) || count < 0 || count > PRICE_CUTS_MAX) return `priceCuts.count must be a whole number from 0 to ${PRICE_CUTS_MAX}`;
      if (typeof depthPercent !== 'number' || !Number.isFinite(depthPercent) || depthPercent < 0 || depthPercent > PRICE_DEPTH_MAX) {
        return `priceCuts.depthPercent must be from 0 to ${PRICE_DEPTH_MAX}`;
      }
      if ((count === 0) !== (depthPercent === 0)) return 'priceCuts needs both a count and a depth, or neither';
      if (depthPercent > count * PRICE_DEPTH_PER_CUT_MAX) return `priceCuts: ${count} cut(s) can take prices down at most ${count * PRICE_DEPTH_PER_CUT_MAX}%`;
      return '';
    },
    lock: (s) => (anyServiceLaunched(s) ? '' : 'nothing on sale yet to cut the price of'),
    record: noShape,
  },
  capex: {
    shape: levelShape,
    lock: noShape,
    record: (d, a) => { d.capexLevel = a.level; },
  },
  retailInvestment: {
    shape: levelShape,
    lock: noShape,
    record: (d, a) => { d.retailLevel = a.level; },
  },
  govCloud: {
    lock: (s) => once(s.govCloudYear, 'already built in') || (s.ec2Year ? '' : 'needs compute (EC2) first'),
    record: (d) => { d.govCloudYear = d.year; },
  },
  discloseAws: {
    lock: (s) => once(s.disclosureYear, 'already disclosed in') || (anyServiceLaunched(s) ? '' : 'there is no cloud business to disclose yet'),
    record: (d) => { d.disclosureYear = d.year; },
  },
  bidJedi: {
    lock: (s, scenario) => {
      const jedi = scenario.jedi;
      if (!jedi) return 'no JEDI contract in this scenario';
      if (s.jedi !== 'none') return 'already bid';
      if (s.year < jedi.bidYear) return `bids are due in ${jedi.bidYear}`;
      if (s.year > jedi.bidYear) return `bids closed in ${jedi.bidYear}`;
      return s.ec2Year && s.s3Year ? '' : 'needs compute (EC2) and storage (S3) to bid';
    },
    record: (d) => { d.jedi = 'bid'; },
  },
  protestJedi: {
    // Open once the award is decided, won or lost, so a decision log stays legal on any seed;
    // protesting an award you won does nothing.
    lock: (s) => {
      if (s.jedi === 'none' || s.jedi === 'bid') return 'only after the JEDI award is decided';
      return s.jediProtestYear > 0 || s.jedi === 'protesting' ? 'already protested' : '';
    },
    record: (d) => {
      if (d.jedi === 'lost') d.jedi = 'protesting';
      else d.jediProtestYear = d.year;
    },
  },
  launchGenAi: {
    lock: (s, scenario) => {
      const from = scenario.genAiFrom;
      if (from === 0) return 'no generative-AI race in this scenario';
      if (s.year < from) return `not before ${from}`;
      return once(s.genAiYear, 'already launched in') || (s.ec2Year ? '' : 'needs compute (EC2) first');
    },
    record: (d) => { d.genAiYear = d.year; },
  },
  outageResponse: {
    shape: (a) => ((OUTAGE_PLANS as readonly unknown[]).includes(a.plan) ? '' : 'outageResponse.plan must be transparent, quiet or resilience'),
    lock: (s, scenario) => {
      if (!majorOutageIn(scenario, s.year)) return 'only in a year a major outage strikes';
      return anyServiceLaunched(s) ? '' : 'there is no cloud to go down';
    },
    record: (d, a) => { d.outagePlan = a.plan; },
  },
};

function ruleOf<K extends ActionKind>(kind: K): MoveRule<K> {
  return RULES[kind] as MoveRule<K>;
}

/** An action's own fields checked; an error or ''. */
export function shapeError(action: Action): string {
  const rule = ruleOf(action.kind) as MoveRule<ActionKind>;
  return rule.shape ? rule.shape(action as never) : '';
}

/** Why this action cannot be made on this draft of the year, or ''. `earliest` is the catalogue's gate. */
export function lockReason(state: State, scenario: Scenario, action: Action, earliest: number): string {
  if (state.year < earliest) return `not before ${earliest}`;
  return (ruleOf(action.kind) as MoveRule<ActionKind>).lock(state, scenario, action as never);
}

export function recordMove(draft: State, action: Action): void {
  (ruleOf(action.kind) as MoveRule<ActionKind>).record(draft, action as never);
}

/** The year a one-off move was taken in this game, or 0. */
export function takenIn(state: State, key: MoveKey): number {
  switch (key) {
    case 'apiMandate': return state.apiMandateYear;
    case 'openMarketplace': return state.marketplaceYear;
    case 'openDeveloperPlatform': return state.platformYear;
    case 'launchPrime': return state.primeYear;
    case 'launchService:sqs': return state.sqsYear;
    case 'launchService:s3': return state.s3Year;
    case 'launchService:ec2': return state.ec2Year;
    case 'rentSpareCapacity': return state.spareCapacityYear;
    case 'govCloud': return state.govCloudYear;
    case 'discloseAws': return state.disclosureYear;
    case 'launchGenAi': return state.genAiYear;
    case 'protestJedi': return state.jediProtestYear;
    default: return 0;
  }
}
