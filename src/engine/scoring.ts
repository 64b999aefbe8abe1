import { K } from './coefficients';
import { clamp, saturate } from './detMath';
import type { ScoreCard, State, YearFigures } from './types';

/**
 * The balanced scorecard. Each year earns up to 100 points in four parts (growth, profit, cloud
 * leadership, trust); the final score is the average year x 10, so at most 1000, and each year
 * weighs 1/N: no late spree can make up for years of play.
 */
export interface YearScore {
  growth: number;
  profit: number;
  cloud: number;
  trust: number;
  total: number;
}

export function scoreYear(state: State, figures: YearFigures, previous: YearFigures | null): YearScore {
  const floor = K.scoreFloor;
  const salesGrowth = previous && previous.netSales > 0 ? figures.netSales / previous.netSales - 1 : 0;
  const marketGrowth = previous && previous.retailMarket > 0 ? figures.retailMarket / previous.retailMarket - 1 : 0;
  // Growth: beating the online retail market by 20 points earns full marks; matching it, half.
  const growth = clamp(0.5 + 2.5 * (salesGrowth - marketGrowth), floor, 1);
  // Profit: an operating margin of +6% earns full marks, -6% the floor.
  const margin = figures.netSales > 0 ? figures.operatingIncome / figures.netSales : 0;
  const profit = clamp(0.5 + 8 * margin, floor, 1);
  // Cloud leadership: before a market exists, readiness (APIs, developers); after, share and scale.
  const cloud = figures.cloudMarket > 0
    ? clamp(floor + 1.2 * figures.cloudShare + 0.4 * saturate(figures.awsRevenue, 10), floor, 1)
    : clamp(floor + 0.25 * state.serviceMaturity + 0.2 * saturate(state.developers, 1), floor, 0.5);
  // Trust: AWS's customers once it sells, and retail's (Prime and delivery) throughout.
  const retailTrust = 0.5 + 0.5 * saturate(state.fulfilment - 1, 3);
  const trust = clamp(figures.cloudMarket > 0 && figures.awsRevenue > 0 ? 0.5 * retailTrust + 0.5 * state.trust : retailTrust, floor, 1);
  return {
    growth: growth * 100,
    profit: profit * 100,
    cloud: cloud * 100,
    trust: trust * 100,
    total: (growth + profit + cloud + trust) * 25,
  };
}

/** Adds a year to a scorecard the caller owns (the draft state's copy). */
export function addYear(card: ScoreCard, year: YearScore, totalYears: number): void {
  const weight = 10 / totalYears;
  card.growth += (year.growth / 4) * weight;
  card.profit += (year.profit / 4) * weight;
  card.cloud += (year.cloud / 4) * weight;
  card.trust += (year.trust / 4) * weight;
  card.total += year.total * weight;
  card.yearsScored += 1;
}
