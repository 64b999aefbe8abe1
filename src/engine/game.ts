import { K } from './coefficients';
import { hashValue } from './hash';
import { retailValue, awsValue } from './valuation';
import { thirdPartyTake } from './retail';
import type { Scenario } from './scenarioTypes';
import type { RivalState, State, YearFigures } from './types';
import { ENGINE_VERSION } from './version';
import { drawWorld } from './world';
import { drawShift } from './worldScenario';
import { playYear } from './turn';

function idleRival(): RivalState {
  return { active: false, workload: 0, price: 1, breadth: 0, strength: 0 };
}

/** The year before the scenario starts, as the baseline the first report compares against. */
function baseline(scenario: Scenario, seedState: State): YearFigures {
  const year = seedState.firstYear - 1;
  const market = (scenario.series.usEcommerce[String(year)] ?? 0) * K.intlReach;
  const gmv = seedState.gmvShare * market;
  const tp = seedState.thirdPartyShare;
  const retailSales = gmv * (1 - tp) + gmv * tp * thirdPartyTake(1);
  const contribution = gmv * (1 - tp) * K.firstPartyMarginBase + gmv * tp * thirdPartyTake(1) * K.thirdPartyMargin;
  const investment = retailSales * K.investRateSteady;
  const operatingIncome = contribution - investment - seedState.overhead;
  const nextMarket = scenario.series.usEcommerce[String(seedState.firstYear)] ?? market;
  const valuationInput = {
    retailSales, retailSalesGrowth: market > 0 ? nextMarket / market - 1 : 0, retailOperatingIncome: operatingIncome,
    awsRevenue: 0, awsOperatingIncome: 0, disclosed: false, governmentAward: 0,
  };
  const value = retailValue(valuationInput) + awsValue(valuationInput, false);
  return {
    year, netSales: retailSales, retailSales, retailMarket: market, gmv, primeFees: 0,
    operatingIncome, retailOperatingIncome: operatingIncome, retailContribution: contribution,
    retailInvestment: investment, overhead: seedState.overhead, eventCost: 0,
    awsCapacityCost: 0, awsRunningCost: 0, awsOneOffCost: 0,
    retailValue: value, awsValue: 0,
    awsRevenue: 0, awsOperatingIncome: 0, awsOperatingMargin: 0, awsShareOfOperatingIncome: 0,
    cloudMarket: 0, cloudWorkload: 0, awsWorkloadShare: 0, governmentRevenue: 0,
    cloudShare: 0, microsoftShare: 0, googleShare: 0, thirdPartyShare: tp, primeMembersMillions: 0,
    cumulativePriceCuts: 0, awsPriceIndex: 1, awsPricePaid: 1, utilisation: 0, capacity: 0, servicesLaunched: 0, servicesOffered: 0, regions: 0, availabilityZones: 0,
    developers: 0, trust: 0, engineeringVelocity: 1, cash: seedState.cash, cashFromOperations: 0, cashFromWorkingCapital: 0, cashForDataCentres: 0, cashInterest: 0,
    debt: Math.max(0, -seedState.cash), creditLimit: 0, itSpending: 0, awsDemand: 0, marketCap: seedState.marketCap,
    sharesIssued: 0, shareholderValue: 1,
    sharePriceChange: 0, disclosureReaction: 0, scoreThisYear: 0,
    scoreGrowth: 0, scoreProfit: 0, scoreCloud: 0, scoreTrust: 0, scoreValue: 50, events: [],
  };
}

/**
 * A new game at the scenario's first year. The seed fixes every world event. A scenario that
 * starts later than its prelude plays the prelude years on its historical path first, silently,
 * so the game opens from the position history reached.
 */
export function newGame(scenario: Scenario, seed: string = scenario.defaultSeed): State {
  const state = startState(scenario, seed, scenario.preludeFrom);
  if (scenario.preludeFrom === scenario.firstYear) return state;
  for (let year = scenario.preludeFrom; year < scenario.firstYear; year++) {
    const moves = scenario.history.find((h) => h.year === year);
    const played = playYear(scenario, state, { year, actions: moves ? moves.actions : [] }, false, false);
    if (typeof played === 'string') throw new Error(`scenario ${scenario.id}: prelude ${year}: ${played}`);
  }
  state.firstYear = scenario.firstYear;
  state.draws = drawWorld(seed, scenario.firstYear, scenario.lastYear);
  state.finished = false;
  state.score = { growth: 0, profit: 0, cloud: 0, trust: 0, value: 0, total: 0, yearsScored: 0 };
  resetValueBase(state);
  return state;
}

function startState(scenario: Scenario, seed: string, firstYear: number): State {
  const state: State = {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    seed,
    firstYear,
    lastYear: scenario.lastYear,
    year: firstYear,
    finished: false,
    draws: drawWorld(seed, firstYear, scenario.lastYear),
    world: drawShift(scenario, seed),
    apiMandateYear: 0,
    marketplaceYear: 0,
    platformYear: 0,
    primeYear: 0,
    sqsYear: 0,
    s3Year: 0,
    ec2Year: 0,
    ec2Team: 'none',
    spareCapacityYear: 0,
    govCloudYear: 0,
    disclosureYear: 0,
    capexLevel: 'steady',
    retailLevel: 'steady',
    jedi: 'none',
    jediProtestYear: 0,
    jediWinner: '',
    jediYearsLeft: 0,
    gmvShare: scenario.start.gmvShare,
    thirdPartyShare: scenario.start.thirdPartyShare,
    primeMembers: 0,
    fulfilment: 1,
    overhead: scenario.start.overhead,
    serviceMaturity: 0,
    technicalDebt: 0,
    breadth: 0,
    capacity: 0,
    awsPrice: 1,
    cumulativePriceCuts: 0,
    trust: 0,
    developers: 0,
    govCredentials: 0,
    regions: 0,
    awsWorkload: 0,
    awsDemandLastYear: 0,
    cloudAdoption: 0,
    rivals: { microsoft: idleRival(), google: idleRival(), others: idleRival() },
    jediRevenue: 0,
    successorRevenue: 0,
    successorYearsLeft: 0,
    genAiYear: 0,
    outagePlan: 'none',
    resilience: 0,
    cash: scenario.start.cash,
    marketCap: scenario.start.marketCap,
    marketMood: 1,
    shares: 1,
    marketIndex: 1,
    valueAtStart: scenario.start.marketCap,
    spareStain: 0,
    last: null,
    score: { growth: 0, profit: 0, cloud: 0, trust: 0, value: 0, total: 0, yearsScored: 0 },
  };
  state.last = baseline(scenario, state);
  // The scenario's market value sets investors' mood against the baseline's fundamentals.
  state.marketMood = scenario.start.marketCap / Math.max(0.1, state.last.retailValue);
  return state;
}

/** The value part is measured from where the scored game starts: after any prelude. */
function resetValueBase(state: State): void {
  state.shares = 1;
  state.marketIndex = 1;
  state.valueAtStart = state.marketCap;
  if (state.last) state.last = { ...state.last, shareholderValue: 1, scoreValue: 50, sharesIssued: 0 };
}

const NOT_HASHED: readonly string[] = ['draws', 'events'];

/**
 * Hex digest of everything in the state. The world draws follow from the seed, which is hashed;
 * event texts follow from the numbers and are only written when someone will read them.
 */
export function stateHash(state: State): string {
  return hashValue(state, NOT_HASHED);
}
