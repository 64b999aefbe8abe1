import { describeValue } from './describeValue';
import type { Scenario } from './scenarioTypes';
import { majorOutageIn } from './context';
import type { Action, ActionKind, Level, OutagePlan, ServiceId, State, YearDecisions } from './types';

/** One move the player could make this year, or could not yet, with the reason. */
export interface ActionOption {
  kind: ActionKind;
  service?: ServiceId;
  available: boolean;
  reason: string;            // why it is locked, or '' when it is open
}

export const LEVELS: readonly Level[] = ['lean', 'steady', 'aggressive'];

/** The value a dial's setting picks out of three. */
export function byLevel(level: Level, lean: number, steady: number, aggressive: number): number {
  return level === 'lean' ? lean : level === 'aggressive' ? aggressive : steady;
}
export const OUTAGE_PLANS: readonly OutagePlan[] = ['transparent', 'quiet', 'resilience'];
export const SERVICES: readonly ServiceId[] = ['sqs', 's3', 'ec2'];
export const SERVICE_NAMES: Record<ServiceId, string> = {
  sqs: 'a message queue (SQS)',
  s3: 'storage (S3)',
  ec2: 'compute (EC2)',
};
export const PRICE_CUTS_MAX = 20;
export const PRICE_DEPTH_MAX = 40;
export const PRICE_DEPTH_PER_CUT_MAX = 10;

/** Earliest year each move can be made, before any scenario gate (0: no such gate). */
function earliest(kind: ActionKind): number {
  switch (kind) {
    case 'openDeveloperPlatform':
    case 'launchService':
    case 'rentSpareCapacity':
      return 2002;
    case 'launchPrime': return 2003;
    case 'govCloud': return 2009;
    default: return 0;
  }
}

export function serviceYear(state: State, service: ServiceId): number {
  return service === 'sqs' ? state.sqsYear : service === 's3' ? state.s3Year : state.ec2Year;
}

export function anyServiceLaunched(state: State): boolean {
  return state.sqsYear > 0 || state.s3Year > 0 || state.ec2Year > 0 || state.spareCapacityYear > 0;
}

function lockReason(state: State, scenario: Scenario, kind: ActionKind, service?: ServiceId): string {
  const year = state.year;
  const from = earliest(kind);
  if (year < from) return `not before ${from}`;
  switch (kind) {
    case 'apiMandate':
      return state.apiMandateYear ? `already mandated in ${state.apiMandateYear}` : '';
    case 'openMarketplace':
      return state.marketplaceYear ? `already open since ${state.marketplaceYear}` : '';
    case 'openDeveloperPlatform':
      if (state.platformYear) return `already open since ${state.platformYear}`;
      return state.apiMandateYear ? '' : 'needs the move to service APIs first';
    case 'launchPrime':
      return state.primeYear ? `already launched in ${state.primeYear}` : '';
    case 'launchService': {
      if (!service) return 'names no service';
      const launched = serviceYear(state, service);
      return launched ? `already launched in ${launched}` : '';
    }
    case 'rentSpareCapacity':
      if (state.spareCapacityYear) return `already renting since ${state.spareCapacityYear}`;
      return state.ec2Year ? 'compute is already sold as a service of its own' : '';
    case 'priceCuts':
      return anyServiceLaunched(state) ? '' : 'nothing on sale yet to cut the price of';
    case 'capex':
    case 'retailInvestment':
      return '';
    case 'govCloud':
      if (state.govCloudYear) return `already built in ${state.govCloudYear}`;
      return state.ec2Year ? '' : 'needs compute (EC2) first';
    case 'discloseAws':
      if (state.disclosureYear) return `already disclosed in ${state.disclosureYear}`;
      return anyServiceLaunched(state) ? '' : 'there is no cloud business to disclose yet';
    case 'bidJedi': {
      const jedi = scenario.jedi;
      if (!jedi) return 'no JEDI contract in this scenario';
      if (year !== jedi.bidYear) return `bids are due in ${jedi.bidYear}`;
      if (state.jedi !== 'none') return 'already bid';
      return state.ec2Year && state.s3Year ? '' : 'needs compute (EC2) and storage (S3) to bid';
    }
    case 'launchGenAi': {
      const from = scenario.genAiFrom;
      if (from === 0) return 'no generative-AI race in this scenario';
      if (year < from) return `not before ${from}`;
      if (state.genAiYear) return `already launched in ${state.genAiYear}`;
      return state.ec2Year ? '' : 'needs compute (EC2) first';
    }
    case 'outageResponse':
      if (!majorOutageIn(scenario, year)) return 'only in a year a major outage strikes';
      return anyServiceLaunched(state) ? '' : 'there is no cloud to go down';
    case 'protestJedi':
      // Open once the award is decided, won or lost, so a decision log stays legal on any seed;
      // protesting an award you won does nothing.
      if (state.jedi === 'none' || state.jedi === 'bid') return 'only after the JEDI award is decided';
      return state.jediProtestYear > 0 || state.jedi === 'protesting' ? 'already protested' : '';
  }
}

/** Every move of the year, open or locked, so nobody has to try a move to find out. */
export function legalActions(state: State, scenario: Scenario): ActionOption[] {
  if (state.finished) return [];
  const kinds: ActionKind[] = [
    'apiMandate', 'openMarketplace', 'openDeveloperPlatform', 'launchPrime',
    'launchService', 'rentSpareCapacity', 'priceCuts', 'capex', 'retailInvestment',
    'govCloud', 'discloseAws', 'bidJedi', 'protestJedi', 'launchGenAi', 'outageResponse',
  ];
  const options: ActionOption[] = [];
  for (const kind of kinds) {
    if (kind === 'launchService') {
      for (const service of SERVICES) {
        const reason = lockReason(state, scenario, kind, service);
        options.push({ kind, service, available: reason === '', reason });
      }
    } else {
      const reason = lockReason(state, scenario, kind);
      options.push({ kind, available: reason === '', reason });
    }
  }
  return options;
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** Checks one action's own fields; returns an error or ''. */
function checkShape(action: Action): string {
  switch (action.kind) {
    case 'launchService':
      if (!SERVICES.includes(action.service)) return `unknown service ${describeValue(action.service)}`;
      if (action.team !== undefined && action.team !== 'remote' && action.team !== 'core') {
        return `team must be "remote" or "core", not ${describeValue(action.team)}`;
      }
      return '';
    case 'priceCuts': {
      const { count, depthPercent } = action;
      if (!isInteger(count) || count < 0 || count > PRICE_CUTS_MAX) {
        return `priceCuts.count must be a whole number from 0 to ${PRICE_CUTS_MAX}`;
      }
      if (typeof depthPercent !== 'number' || !Number.isFinite(depthPercent) || depthPercent < 0 || depthPercent > PRICE_DEPTH_MAX) {
        return `priceCuts.depthPercent must be from 0 to ${PRICE_DEPTH_MAX}`;
      }
      if ((count === 0) !== (depthPercent === 0)) return 'priceCuts needs both a count and a depth, or neither';
      if (depthPercent > count * PRICE_DEPTH_PER_CUT_MAX) {
        return `priceCuts: ${count} cut(s) can take prices down at most ${count * PRICE_DEPTH_PER_CUT_MAX}%`;
      }
      return '';
    }
    case 'capex':
    case 'retailInvestment':
      return LEVELS.includes(action.level) ? '' : `${action.kind}.level must be lean, steady or aggressive`;
    case 'outageResponse':
      return OUTAGE_PLANS.includes(action.plan) ? '' : 'outageResponse.plan must be transparent, quiet or resilience';
    default:
      return '';
  }
}

const KNOWN_KINDS = new Set<string>([
  'apiMandate', 'openMarketplace', 'openDeveloperPlatform', 'launchPrime', 'launchService',
  'rentSpareCapacity', 'priceCuts', 'capex', 'retailInvestment', 'govCloud', 'discloseAws',
  'bidJedi', 'protestJedi', 'launchGenAi', 'outageResponse',
]);

function keyOf(action: Action): string {
  return action.kind === 'launchService' ? `launchService:${action.service}` : action.kind;
}

/** Records one accepted action on the draft state of the year being played. */
function record(draft: State, action: Action): void {
  const year = draft.year;
  switch (action.kind) {
    case 'apiMandate': draft.apiMandateYear = year; break;
    case 'openMarketplace': draft.marketplaceYear = year; break;
    case 'openDeveloperPlatform': draft.platformYear = year; break;
    case 'launchPrime': draft.primeYear = year; break;
    case 'launchService':
      if (action.service === 'sqs') draft.sqsYear = year;
      else if (action.service === 's3') draft.s3Year = year;
      else { draft.ec2Year = year; draft.ec2Team = action.team ?? 'remote'; }
      break;
    case 'rentSpareCapacity': draft.spareCapacityYear = year; break;
    case 'priceCuts': break;
    case 'capex': draft.capexLevel = action.level; break;
    case 'retailInvestment': draft.retailLevel = action.level; break;
    case 'govCloud': draft.govCloudYear = year; break;
    case 'discloseAws': draft.disclosureYear = year; break;
    case 'bidJedi': draft.jedi = 'bid'; break;
    case 'protestJedi':
      if (draft.jedi === 'lost') draft.jedi = 'protesting';
      else draft.jediProtestYear = year;
      break;
    case 'launchGenAi': draft.genAiYear = year; break;
    case 'outageResponse': draft.outagePlan = action.plan; break;
  }
}

/**
 * Checks a year's decisions one by one against a draft of the state and records each on it,
 * so a move may rely on one made earlier the same year. Returns an error message or ''.
 */
export function applyDecisions(draft: State, scenario: Scenario, decisions: YearDecisions): string {
  if (draft.finished) return `the game is over: ${draft.lastYear} was the last year`;
  if (!decisions || typeof decisions !== 'object') return 'decisions must be an object';
  if (decisions.year !== draft.year) return `decisions are for ${describeValue(decisions.year)}, but the year to play is ${draft.year}`;
  if (!Array.isArray(decisions.actions)) return `${decisions.year}: actions must be a list`;
  const actions = decisions.actions;
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i] as Action | undefined;
    if (!action || typeof action !== 'object' || !KNOWN_KINDS.has((action as { kind: string }).kind)) {
      return `${decisions.year} action ${i + 1}: unknown action ${describeValue((action as { kind?: unknown } | undefined)?.kind)}`;
    }
    const shape = checkShape(action);
    if (shape) return `${decisions.year} action ${i + 1}: ${shape}`;
    for (let j = 0; j < i; j++) {
      const other = actions[j]!;
      if (other.kind === action.kind && (action.kind !== 'launchService' || (other as { service: ServiceId }).service === action.service)) {
        return `${decisions.year} action ${i + 1}: ${keyOf(action)} appears twice in one year`;
      }
    }
    const service = action.kind === 'launchService' ? action.service : undefined;
    const reason = lockReason(draft, scenario, action.kind, service);
    if (reason) return `${decisions.year} action ${i + 1}: ${keyOf(action)} is locked in ${draft.year}: ${reason}`;
    record(draft, action);
  }
  return '';
}

/** The price cut chosen this year, or none. */
export function priceCutOf(decisions: YearDecisions): { count: number; depth: number } {
  for (const action of decisions.actions) {
    if (action.kind === 'priceCuts') return { count: action.count, depth: action.depthPercent / 100 };
  }
  return NO_CUT;
}

const NO_CUT = Object.freeze({ count: 0, depth: 0 });
