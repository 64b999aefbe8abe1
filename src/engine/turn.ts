import { stepCash } from './cash';
import { stepCloud } from './cloud';
import { yearContext } from './context';
import { stepEngineering } from './engineering';
import { applyDecisions, priceCutOf } from './draft';
import { awardStanding } from './award';
import { stepJedi } from './jedi';
import { jediRunnerUp } from './jediRunnerUp';
import { explainTurn } from './explain';
import { K } from './coefficients';
import { stepRetail } from './retail';
import type { Scenario } from './scenarioTypes';
import { addYear, scoreYear } from './scoring';
import type { State, TurnReport, TurnResult, YearDecisions, YearFigures } from './types';
import { cloneState } from './stateCopy';
import { awsValue, dampedChange, retailValue, stepValuation, type ValuationInput } from './valuation';

/** Plays one year. Bad decisions come back as an error value; the given state is never changed. */
export function applyTurn(scenario: Scenario, state: State, decisions: YearDecisions, withReport = true): TurnResult {
  const draft = cloneState(state);
  const played = playYear(scenario, draft, decisions, true, withReport);
  if (typeof played === 'string') return { ok: false, error: played };
  return { ok: true, state: draft, report: played };
}

/**
 * Plays one year on a state the caller owns, changing it in place: the engine of applyTurn and of
 * bulk replays, which clone once per game rather than once per year. On an error the draft is
 * left part-way and must be thrown away. `detail` builds event texts; `withReport` the drivers.
 */
export function playYear(scenario: Scenario, draft: State, decisions: YearDecisions, detail: boolean, withReport: boolean): TurnReport | string {
  const previous = draft.last;
  const cashBefore = draft.cash;
  const error = applyDecisions(draft, scenario, decisions);
  if (error) return error;
  if (!previous) return 'the state has no starting position';
  const year = draft.year;
  const draws = draft.draws[year - draft.firstYear];
  if (!draws) return `no world draws for ${year}`;

  const ctx = yearContext(scenario, draws, year, detail || withReport, draft.world);
  const cut = priceCutOf(decisions);
  ctx.priceCutCount = cut.count;
  ctx.priceCutDepth = cut.depth;
  ctx.velocity = stepEngineering(draft, previous.retailSales);

  const awsRunsRetail = draft.ec2Year > 0 && draft.ec2Year < year && draft.serviceMaturity >= 1;
  const retail = stepRetail(draft, ctx, awsRunsRetail);
  const capacityBefore = draft.capacity;
  const cloud = stepCloud(draft, ctx, retail.gmv);

  const runnerUp = jediRunnerUp(scenario, cloud);
  const governmentRevenue = draft.jediRevenue + draft.successorRevenue; // awards made now pay from next year
  const trustBeforeAward = draft.trust;
  const jedi = stepJedi(draft, ctx, cloud.awsShare, runnerUp);
  if (cloud.trustDrivers.length && draft.trust !== trustBeforeAward) {
    cloud.trustDrivers.push({ label: 'JEDI lost in public', value: draft.trust - trustBeforeAward });
  }
  const awsOneOffCost = cloud.oneOffCost + jedi.cost;
  const awsOperatingIncome = cloud.awsOperatingIncome - jedi.cost;
  const netSales = retail.retailSales + cloud.awsRevenue;
  const operatingIncome = retail.operatingIncome + awsOperatingIncome;

  const salesGrowth = retail.retailSales - previous.retailSales;
  const cash = stepCash(draft.cash, {
    operatingIncome, retailSalesGrowth: salesGrowth, capacityAdded: Math.max(0, draft.capacity - capacityBefore), capacity: draft.capacity, year, netSales,
    netSalesLastYear: previous.netSales, operatingIncomeLastYear: previous.operatingIncome,
  });
  draft.cash = cash.end;

  const valuationInput: ValuationInput = {
    retailSales: retail.retailSales,
    retailSalesGrowth: previous.retailSales > 0 ? salesGrowth / previous.retailSales : 0,
    retailOperatingIncome: retail.operatingIncome,
    awsRevenue: cloud.awsRevenue,
    awsOperatingIncome,
    disclosed: draft.disclosureYear > 0,
    governmentAward: awardStanding(draft.jedi),
  };
  const valuation = stepValuation(previous.marketCap, draft.marketMood, previous.retailValue, previous.awsValue, cashBefore,
    ctx.equityReturn, valuationInput, draft.cash, draft.disclosureYear === year, ctx.detail);
  draft.marketMood = valuation.mood;
  // Past the credit limit lenders stop; the gap is raised by selling new shares at a discount.
  const sharesBefore = draft.shares;
  let raised = 0;
  if (draft.cash < cash.creditLimit) {
    raised = cash.creditLimit - draft.cash;
    const price = Math.max(0.1, valuation.marketCap) * (1 - K.emergencyDiscount);
    draft.shares *= 1 + raised / price;
    draft.cash = cash.creditLimit;
  }
  const fullValue = Math.max(0.1, valuation.marketCap + raised);
  draft.marketIndex *= 1 + ctx.equityReturn;
  const pricedIn = (fullValue / draft.shares) / (previous.marketCap / sharesBefore) - 1;
  // Investors move only partway on extreme news in one year; the rest comes as it is confirmed.
  const perShareChange = dampedChange(pricedIn);
  draft.marketCap = Math.max(0.1, (previous.marketCap / sharesBefore) * (1 + perShareChange) * draft.shares);
  if (valuation.drivers.length) {
    valuation.drivers.push({ label: 'new shares sold', value: pricedIn - valuation.sharePriceChange });
    valuation.drivers.push({ label: 'investors wait and see', value: perShareChange - pricedIn });
  }

  const events = ctx.detail ? [...ctx.headlines, ...cloud.events, ...jedi.events] : NO_EVENTS;
  if (ctx.detail && draft.disclosureYear === year) {
    const pct = Math.round(valuation.disclosureReaction * 100);
    events.push(`AWS figures are published for the first time: the share price moves ${pct >= 0 ? '+' : ''}${pct}% on the news.`);
  }
  if (ctx.detail && draft.cash < 0 && cashBefore >= 0) events.push('Cash runs out: Amazon borrows to keep going.');
  if (ctx.detail && raised > 0) {
    events.push(`Lenders will go no further: Amazon sells new shares at a discount to raise $${raised.toFixed(1)}B, and each old share is worth less (${Math.round((1 - sharesBefore / draft.shares) * 100)}% diluted).`);
  }

  let services = 0;
  if (draft.sqsYear > 0) services++;
  if (draft.s3Year > 0) services++;
  if (draft.ec2Year > 0) services++;

  const figures: YearFigures = {
    year,
    netSales,
    retailSales: retail.retailSales,
    retailMarket: retail.market,
    gmv: retail.gmv,
    primeFees: retail.primeFees,
    operatingIncome,
    retailOperatingIncome: retail.operatingIncome,
    retailContribution: retail.contribution,
    retailInvestment: retail.investment,
    overhead: retail.overhead,
    eventCost: retail.eventCost,
    awsCapacityCost: cloud.capacityCost,
    awsRunningCost: cloud.serviceCost + cloud.regionCost,
    awsOneOffCost,
    retailValue: retailValue(valuationInput),
    awsValue: awsValue(valuationInput, valuationInput.disclosed),
    awsRevenue: cloud.awsRevenue,
    awsOperatingIncome,
    awsOperatingMargin: cloud.awsRevenue > 0 ? awsOperatingIncome / cloud.awsRevenue : 0,
    awsShareOfOperatingIncome: operatingIncome > 0 ? awsOperatingIncome / operatingIncome : 0,
    cloudMarket: cloud.marketRevenue,
    cloudWorkload: cloud.workload,
    awsWorkloadShare: cloud.workload > 0 ? Math.min(1, draft.awsWorkload / cloud.workload) : 0,
    governmentRevenue,
    cloudShare: cloud.awsShare,
    microsoftShare: cloud.marketRevenue > 0 ? cloud.microsoftRevenue / cloud.marketRevenue : 0,
    googleShare: cloud.marketRevenue > 0 ? cloud.googleRevenue / cloud.marketRevenue : 0,
    thirdPartyShare: draft.thirdPartyShare,
    primeMembersMillions: draft.primeMembers,
    cumulativePriceCuts: draft.cumulativePriceCuts,
    awsPriceIndex: draft.awsPrice,
    awsPricePaid: draft.awsPrice * (1 - cloud.discount),
    utilisation: cloud.utilisation,
    capacity: draft.capacity,
    servicesLaunched: services,
    servicesOffered: Math.round(draft.breadth),
    regions: Math.floor(draft.regions),
    availabilityZones: Math.round(Math.floor(draft.regions) * K.zonesPerRegion),
    developers: draft.developers,
    trust: draft.trust,
    engineeringVelocity: ctx.velocity,
    cash: draft.cash,
    cashFromOperations: cash.operations,
    cashFromWorkingCapital: cash.workingCapital,
    cashForDataCentres: cash.dataCentres,
    cashInterest: cash.interest,
    debt: Math.max(0, -draft.cash),
    creditLimit: cash.creditLimit,
    itSpending: ctx.itSpending * 1000,
    awsDemand: cloud.awsDemand,
    marketCap: draft.marketCap,
    sharesIssued: draft.shares / sharesBefore - 1,
    shareholderValue: (draft.marketCap / draft.shares) / (draft.valueAtStart * draft.marketIndex),
    sharePriceChange: perShareChange,
    disclosureReaction: draft.disclosureYear === year ? valuation.disclosureReaction : 0,
    scoreThisYear: 0,
    scoreGrowth: 0,
    scoreProfit: 0,
    scoreCloud: 0,
    scoreTrust: 0,
    scoreValue: 0,
    events,
  };

  const yearScore = scoreYear(draft, figures, previous, draft.score.yearsScored, previous.scoreValue / 100);
  figures.scoreThisYear = yearScore.total;
  figures.scoreGrowth = yearScore.growth;
  figures.scoreProfit = yearScore.profit;
  figures.scoreCloud = yearScore.cloud;
  figures.scoreTrust = yearScore.trust;
  figures.scoreValue = yearScore.value;
  addYear(draft.score, yearScore, draft.lastYear - draft.firstYear + 1);
  draft.last = figures;
  draft.year = year + 1;
  draft.finished = year >= draft.lastYear;

  return withReport
    ? explainTurn(previous, figures, retail, cloud, valuation, events)
    : { year, figures, changes: NO_CHANGES, events };
}

const NO_EVENTS: string[] = [];
const NO_CHANGES: TurnReport['changes'] = [];
