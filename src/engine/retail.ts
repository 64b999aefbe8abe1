import { byLevel } from './moves';
import { K } from './coefficients';
import type { YearContext } from './context';
import { saturate } from './detMath';
import type { Driver, State } from './types';

const NONE: Driver[] = [];

export interface RetailYear {
  market: number;             // addressable online retail, $B
  gmv: number;
  firstPartySales: number;
  thirdPartyRevenue: number;
  primeFees: number;
  retailSales: number;
  contribution: number;
  investment: number;
  overhead: number;
  eventCost: number;
  operatingIncome: number;
  growthDrivers: Driver[];    // of the growth rate of online share, for the report
  thirdPartyDrivers: Driver[];
  primeDrivers: Driver[];
}

export function primePotential(gmv: number, fulfilment: number): { base: number; delivery: number } {
  return {
    base: gmv * K.primeReach,
    delivery: gmv * K.primeReachFulfilment * saturate(fulfilment - 1, 4),
  };
}

export function shareCeiling(thirdPartyShare: number): number {
  return K.shareCeiling * (K.shareCeilingOwnStock + (1 - K.shareCeilingOwnStock) * Math.min(1, thirdPartyShare / K.thirdPartyCeiling));
}

export function thirdPartyTake(fulfilment: number): number {
  return K.takeBase + K.takeFulfilment * saturate(fulfilment - 1, K.takeFulfilmentHalf);
}

/** One retail year: share of online retail, marketplace, Prime, fulfilment, costs. */
export function stepRetail(draft: State, ctx: YearContext, awsRunsRetail: boolean): RetailYear {
  const level = draft.retailLevel;
  const market = ctx.usEcommerce * K.intlReach * (1 + K.ecommerceNoiseScale * ctx.draws.ecommerceNoise);

  // Share of online retail grows with investment, Prime, selection and engineering speed.
  const primePenetration = draft.gmvShare > 0 && draft.primeMembers > 0
    ? Math.min(1, draft.primeMembers / Math.max(1, primePotential(draft.gmvShare * market, draft.fulfilment).base))
    : 0;
  const pullBase = K.shareGrowthBase;
  const pullInvestment = byLevel(level, K.shareGrowthLean, 0, K.shareGrowthAggressive);
  const pullPrime = K.shareGrowthPrime * primePenetration;
  const pullSelection = K.shareGrowthSelection * draft.thirdPartyShare;
  const pullSpeed = K.shareGrowthVelocity * (ctx.velocity - 1);
  const pullPlatform = draft.platformYear > 0 ? K.shareGrowthPlatform : 0;
  const growth = pullBase + pullInvestment + pullPrime + pullSelection + pullSpeed + pullPlatform + ctx.ecommerceShock;
  const growthDrivers: Driver[] = ctx.detail ? [
    { label: 'underlying pull', value: pullBase },
    { label: 'retail investment', value: pullInvestment },
    { label: 'Prime', value: pullPrime },
    { label: 'third-party selection', value: pullSelection },
    { label: 'engineering speed', value: pullSpeed },
    { label: 'developer platform', value: pullPlatform },
    { label: 'world events', value: ctx.ecommerceShock },
  ] : NONE;
  // Amazon's own stock alone cannot carry the everything store: the ceiling rises with selection.
  const ceiling = shareCeiling(draft.thirdPartyShare);
  draft.gmvShare = Math.max(0.001, draft.gmvShare * (1 + growth * (1 - draft.gmvShare / ceiling)));
  const gmv = draft.gmvShare * market;

  // Marketplace: third-party share closes on its ceiling, faster with fulfilment and seller APIs.
  const gap = K.thirdPartyCeiling - draft.thirdPartyShare;
  let thirdPartyDrivers: Driver[] = NONE;
  if (draft.marketplaceYear > 0 && gap > 0) {
    const pullMarket = K.thirdPartyRate * gap;
    const pullFulfilment = K.thirdPartyRateFulfilment * saturate(draft.fulfilment - 1, 2) * gap;
    const pullApis = draft.platformYear > 0 ? K.thirdPartyRatePlatform * gap : 0;
    draft.thirdPartyShare += pullMarket + pullFulfilment + pullApis;
    if (ctx.detail) {
      thirdPartyDrivers = [
        { label: 'marketplace pull', value: pullMarket },
        { label: 'fulfilment for sellers', value: pullFulfilment },
        { label: 'seller APIs', value: pullApis },
      ];
    }
  }

  draft.fulfilment *= 1 + byLevel(level, K.fulfilmentGrowthLean, K.fulfilmentGrowthSteady, K.fulfilmentGrowthAggressive);

  // Prime members close on a potential set by sales and delivery speed.
  let primeDrivers: Driver[] = NONE;
  if (draft.primeYear > 0) {
    const potential = primePotential(gmv, draft.fulfilment);
    const shoppers = K.primeAdoption * (potential.base - draft.primeMembers);
    const delivery = K.primeAdoption * potential.delivery;
    const before = draft.primeMembers;
    draft.primeMembers = Math.max(0, before + shoppers + delivery);
    if (ctx.detail) primeDrivers = [{ label: 'more shoppers', value: shoppers }, { label: 'faster delivery', value: delivery }];
  }

  const thirdPartyGmv = gmv * draft.thirdPartyShare;
  const firstPartySales = gmv - thirdPartyGmv;
  const thirdPartyRevenue = thirdPartyGmv * thirdPartyTake(draft.fulfilment);
  const primeFees = draft.primeMembers * K.primeFee;
  const retailSales = firstPartySales + thirdPartyRevenue + primeFees;

  const firstPartyMargin = K.firstPartyMarginBase + K.firstPartyMarginScale * saturate(gmv, K.scaleHalf);
  const contribution = firstPartySales * firstPartyMargin + thirdPartyRevenue * K.thirdPartyMargin
    + primeFees - draft.primeMembers * K.primeShipCost;
  const investment = retailSales * byLevel(level, K.investRateLean, K.investRateSteady, K.investRateAggressive);

  // Overhead drifts to its long-run share of sales; lean years cut it fastest.
  const target = K.overheadRate * retailSales * (awsRunsRetail ? 1 - K.awsInternalSaving : 1) / Math.max(0.5, ctx.velocity);
  draft.overhead += byLevel(level, K.overheadAdjustLean, K.overheadAdjustSteady, K.overheadAdjustAggressive) * (target - draft.overhead);

  const eventCost = ctx.retailCostShock * retailSales + ctx.restructuringCost;
  const operatingIncome = contribution - investment - draft.overhead - eventCost;
  return {
    market, gmv, firstPartySales, thirdPartyRevenue, primeFees, retailSales, contribution, investment,
    overhead: draft.overhead, eventCost, operatingIncome, growthDrivers, thirdPartyDrivers, primeDrivers,
  };
}
