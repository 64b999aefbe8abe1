import type { CloudYear } from './cloud';
import { shareCeiling, type RetailYear } from './retail';
import type { Driver, MetricChange, TurnReport, YearFigures } from './types';
import type { ValuationYear } from './valuation';

// Every headline figure's change, split into drivers whose values add up to the change.

function change(metric: string, label: string, unit: MetricChange['unit'], before: number, after: number, drivers: Driver[]): MetricChange {
  let sum = 0;
  for (const d of drivers) sum += d.value;
  const rest = after - before - sum;
  const kept = drivers.filter((d) => d.value !== 0);
  // Rounding leftovers stay visible rather than silently folded in.
  if (rest !== 0) kept.push({ label: 'rounding', value: rest });
  return { metric, label, unit, before, after, drivers: kept };
}

function retailSalesDrivers(before: YearFigures, after: YearFigures): Driver[] {
  const share0 = before.retailMarket > 0 ? before.gmv / before.retailMarket : 0;
  const share1 = after.retailMarket > 0 ? after.gmv / after.retailMarket : 0;
  const yield0 = before.gmv > 0 ? (before.retailSales - before.primeFees) / before.gmv : 1;
  const yield1 = after.gmv > 0 ? (after.retailSales - after.primeFees) / after.gmv : 1;
  return [
    { label: 'online retail market', value: (after.retailMarket - before.retailMarket) * share0 * yield0 },
    { label: 'share won', value: after.retailMarket * (share1 - share0) * yield0 },
    { label: 'marketplace mix', value: after.gmv * (yield1 - yield0) },
    { label: 'Prime fees', value: after.primeFees - before.primeFees },
  ];
}

function discountOf(f: YearFigures): number {
  return f.awsPriceIndex > 0 ? 1 - f.awsPricePaid / f.awsPriceIndex : 0;
}

function awsRevenueDrivers(before: YearFigures, after: YearFigures): Driver[] {
  const price0 = before.awsPricePaid;
  const served = after.cloudWorkload * after.awsWorkloadShare;
  return [
    { label: 'cloud market growth', value: (after.cloudWorkload - before.cloudWorkload) * before.awsWorkloadShare * price0 },
    { label: 'share of workloads', value: after.cloudWorkload * (after.awsWorkloadShare - before.awsWorkloadShare) * price0 },
    { label: 'price cuts', value: served * (after.awsPriceIndex - before.awsPriceIndex) * (1 - discountOf(before)) },
    { label: 'discounts to big customers', value: served * after.awsPriceIndex * (discountOf(before) - discountOf(after)) },
    { label: 'government contracts', value: after.governmentRevenue - before.governmentRevenue },
  ];
}

function cloudShareDrivers(before: YearFigures, after: YearFigures): Driver[] {
  const rivals0 = before.cloudMarket - before.awsRevenue;
  const midway = after.awsRevenue + rivals0 > 0 ? after.awsRevenue / (after.awsRevenue + rivals0) : 0;
  return [
    { label: 'AWS growth', value: midway - before.cloudShare },
    { label: 'rivals growth', value: after.cloudShare - midway },
  ];
}

function cashDrivers(before: YearFigures, after: YearFigures): Driver[] {
  const flows = after.cashFromOperations + after.cashFromWorkingCapital + after.cashForDataCentres + after.cashInterest;
  return [
    { label: 'operating income', value: after.cashFromOperations },
    { label: 'suppliers paid later', value: after.cashFromWorkingCapital },
    { label: 'data centres', value: after.cashForDataCentres },
    { label: 'interest', value: after.cashInterest },
    // Past the credit limit new shares are sold to raise the rest.
    { label: 'new shares sold', value: after.cash - before.cash - flows },
  ];
}

export function explainTurn(
  before: YearFigures, after: YearFigures, retail: RetailYear, cloud: CloudYear, valuation: ValuationYear, events: string[],
): TurnReport {
  const share0 = before.retailMarket > 0 ? before.gmv / before.retailMarket : 0;
  const saturation = 1 - share0 / shareCeiling(before.thirdPartyShare);
  const share1 = after.retailMarket > 0 ? after.gmv / after.retailMarket : 0;
  const changes: MetricChange[] = [
    change('netSales', 'Net sales', 'usdBn', before.netSales, after.netSales, [
      ...retailSalesDrivers(before, after),
      { label: 'AWS revenue', value: after.awsRevenue - before.awsRevenue },
    ]),
    change('operatingIncome', 'Operating income', 'usdBn', before.operatingIncome, after.operatingIncome, [
      { label: 'retail contribution', value: after.retailContribution - before.retailContribution },
      { label: 'retail investment', value: before.retailInvestment - after.retailInvestment },
      { label: 'overhead', value: before.overhead - after.overhead },
      { label: 'one-off shocks', value: before.eventCost - after.eventCost },
      { label: 'AWS', value: after.awsOperatingIncome - before.awsOperatingIncome },
    ]),
    change('awsRevenue', 'AWS revenue', 'usdBn', before.awsRevenue, after.awsRevenue, awsRevenueDrivers(before, after)),
    change('awsOperatingIncome', 'AWS operating income', 'usdBn', before.awsOperatingIncome, after.awsOperatingIncome, [
      { label: 'revenue', value: after.awsRevenue - before.awsRevenue },
      { label: 'capacity', value: before.awsCapacityCost - after.awsCapacityCost },
      { label: 'services and regions', value: before.awsRunningCost - after.awsRunningCost },
      { label: 'launches and bids', value: before.awsOneOffCost - after.awsOneOffCost },
    ]),
    change('cloudShare', 'AWS share of the cloud market', 'fraction', before.cloudShare, after.cloudShare, cloudShareDrivers(before, after)),
    change('onlineShare', 'Share of online retail', 'fraction', share0, share1,
      retail.growthDrivers.map((d) => ({ label: d.label, value: share0 * d.value * saturation }))),
    change('thirdPartyShare', 'Third-party share of units', 'fraction', before.thirdPartyShare, after.thirdPartyShare, retail.thirdPartyDrivers),
    change('primeMembersMillions', 'Prime members (millions)', 'millions', before.primeMembersMillions, after.primeMembersMillions, retail.primeDrivers),
    change('trust', 'Customer trust in AWS', 'fraction', before.trust, after.trust, cloud.trustDrivers),
    change('sharePrice', 'Share price', 'fraction', 0, after.sharePriceChange, valuation.drivers),
    change('cash', 'Cash (below zero: debt)', 'usdBn', before.cash, after.cash, cashDrivers(before, after)),
  ];
  return { year: after.year, figures: after, changes, events };
}
