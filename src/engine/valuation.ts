import { K } from './coefficients';
import type { Driver } from './types';

const NONE: Driver[] = [];

export interface ValuationInput {
  retailSales: number;
  retailSalesGrowth: number;
  retailOperatingIncome: number;
  awsRevenue: number;
  awsOperatingIncome: number;
  disclosed: boolean;
  governmentAward: number;   // +1 AWS holds the Pentagon's award, -1 a rival does, 0 none (or halted by a protest)
}

export function retailValue(v: ValuationInput): number {
  const growth = Math.max(-0.2, Math.min(0.6, v.retailSalesGrowth));
  return v.retailSales * K.retailSalesMultiple * (1 + K.growthPremium * growth)
    + K.earningsMultiple * Math.max(0, v.retailOperatingIncome);
}

/** Before disclosure investors can only guess at AWS from its revenue; after, they price its profits. */
export function awsValue(v: ValuationInput, disclosed: boolean): number {
  // Investors price the government market the award opens, for whoever holds it.
  const award = v.governmentAward >= 0 ? 1 + K.jediRerate * v.governmentAward : 1 + K.jediLossRerate * v.governmentAward;
  if (!disclosed) return v.awsRevenue * K.awsHiddenMultiple * award;
  return Math.max(0, v.awsRevenue * K.awsRevenueMultiple + K.awsEarningsMultiple * v.awsOperatingIncome) * award;
}

/** A year's share-price change as investors take it: near the news for ordinary moves, short of it for extreme ones. */
export function dampedChange(change: number): number {
  const limit = change > 0 ? K.shareRiseLimit : K.shareFallLimit;
  const ratio = change / limit;
  return change / Math.sqrt(1 + ratio * ratio);
}

export function nextMood(mood: number, equityReturn: number): number {
  // Old moods fade towards neutral; this year's market moves it again.
  return Math.max(0.05, (1 + (mood - 1) * K.moodPersistence) * (1 + K.marketBeta * equityReturn));
}

export interface ValuationYear {
  marketCap: number;
  enterpriseValue: number;  // the businesses alone, before cash and debt
  mood: number;
  sharePriceChange: number;
  disclosureReaction: number;
  drivers: Driver[];        // of sharePriceChange
}

/**
 * Market value = (retail value + AWS value) x mood + cash (less debt). Shareholders own what is left
 * after the lenders, but never less than nothing: a small floor stands for what the business might
 * still become. The change is split step by step (mood, retail, AWS at the old lens, disclosure,
 * cash and debt) so the parts add up exactly.
 */
export function stepValuation(
  previousCap: number, previousMood: number, previousRetailValue: number, previousAwsValue: number, previousCash: number,
  equityReturn: number, now: ValuationInput, cash: number, disclosedThisYear: boolean, detail: boolean,
): ValuationYear {
  const mood = nextMood(previousMood, equityReturn);
  const retail = retailValue(now);
  const awsOldLens = awsValue(now, now.disclosed && !disclosedThisYear);
  const aws = awsValue(now, now.disclosed);
  const enterpriseValue = (retail + aws) * mood;
  const marketCap = Math.max(0.1, K.equityFloorShare * enterpriseValue, enterpriseValue + cash);
  const base = previousCap > 0 ? previousCap : marketCap;
  const moodPart = (previousRetailValue + previousAwsValue) * (mood - previousMood) / base;
  const retailPart = (retail - previousRetailValue) * mood / base;
  const awsPart = (awsOldLens - previousAwsValue) * mood / base;
  const disclosurePart = (aws - awsOldLens) * mood / base;
  const cashPart = (cash - previousCash) / base;
  const change = marketCap / base - 1;
  return {
    marketCap,
    enterpriseValue,
    mood,
    sharePriceChange: change,
    disclosureReaction: disclosurePart,
    drivers: !detail ? NONE : [
      { label: 'stock market mood', value: moodPart },
      { label: 'retail business', value: retailPart },
      { label: 'AWS business', value: awsPart },
      { label: 'AWS disclosure', value: disclosurePart },
      { label: 'cash and debt', value: cashPart },
      { label: 'floor', value: change - moodPart - retailPart - awsPart - disclosurePart - cashPart },
    ],
  };
}
