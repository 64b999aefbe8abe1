import { K } from './coefficients';
import { clamp, expDet, lnDet, saturate } from './detMath';
import type { ScoreCard, State, YearFigures } from './types';

/**
 * The balanced scorecard, five parts of 200 points each. Four are earned year by year (growth,
 * profit, cloud leadership, trust), each year weighing 1/N. The fifth, shareholder value, is the
 * market value per share at the end against the stock market over the same years, net of debt:
 * it is what the years built, judged by investors. So far, it counts for the share of years played.
 */
export interface YearScore {
  growth: number;
  profit: number;
  cloud: number;
  trust: number;
  value: number;        // the value part's level now, 0-100
  valuePoints: number;  // this year's change in the value part's weighted points, on the same 0-100 scale
  total: number;        // the year's points on a 0-100 scale: a year is worth 1000/N of the score
}

/** Part of the score for shareholder value, 0-1: per-share value against the market over `years`. */
export function valueLevel(relative: number, years: number): number {
  if (!(relative > 0) || years <= 0) return K.scoreFloor;
  // Half marks for beating the market by the typical great company's margin; the curve is steepest there.
  const half = expDet(K.valueHalfGrowth * years);
  return clamp(relative / (relative + half), K.scoreFloor, 1);
}

/** Log of per-share value against the market, for reports (0 = kept pace with the market). */
export function relativeValueLog(relative: number): number {
  return relative > 0 ? lnDet(relative) : -Infinity;
}

export function scoreYear(state: State, figures: YearFigures, previous: YearFigures | null, yearsBefore: number, valueBefore: number): YearScore {
  const floor = K.scoreFloor;
  const salesGrowth = previous && previous.netSales > 0 ? figures.netSales / previous.netSales - 1 : 0;
  const marketGrowth = previous && previous.retailMarket > 0 ? figures.retailMarket / previous.retailMarket - 1 : 0;
  // Growth: beating the online retail market by 20 points earns full marks; matching it, half.
  const growth = clamp(0.5 + 2.5 * (salesGrowth - marketGrowth), floor, 1);
  // Profit: keeps paying as margins rise, each point worth a little less; losses fall towards the floor.
  const margin = figures.netSales > 0 ? figures.operatingIncome / figures.netSales : 0;
  const profit = clamp(0.5 + 0.5 * margin / ((margin < 0 ? -margin : margin) + K.profitHalfMargin), floor, 1);
  // Cloud leadership: share counts by how big the market is; scale by AWS's own revenue.
  const cloud = figures.cloudMarket > 0
    ? clamp(floor + 0.9 * figures.cloudShare * saturate(figures.cloudMarket, K.cloudMarketHalf) + 0.45 * saturate(figures.awsRevenue, K.awsScaleHalf), floor, 1)
    : clamp(floor + 0.15 * state.serviceMaturity + 0.15 * saturate(state.developers, 1), floor, 0.35);
  // Trust: AWS's customers once it sells, and retail's throughout: delivery speed, and the selection sellers bring.
  const selection = Math.min(1, state.thirdPartyShare / K.thirdPartyCeiling);
  const retailTrust = 0.4 + 0.4 * saturate(state.fulfilment - 1, 3) + K.selectionTrust * selection;
  const trust = clamp(figures.cloudMarket > 0 && figures.awsRevenue > 0 ? 0.5 * retailTrust + 0.5 * state.trust : retailTrust, floor, 1);
  const years = yearsBefore + 1;
  const value = valueLevel(figures.shareholderValue, years);
  const valuePoints = value * years - valueBefore * yearsBefore;
  return {
    growth: growth * 100,
    profit: profit * 100,
    cloud: cloud * 100,
    trust: trust * 100,
    value: value * 100,
    valuePoints: valuePoints * 100,
    total: (growth + profit + cloud + trust + valuePoints) * 20,
  };
}

/** Adds a year to a scorecard the caller owns (the draft state's copy). */
export function addYear(card: ScoreCard, year: YearScore, totalYears: number): void {
  const weight = 10 / totalYears;
  card.growth += (year.growth / 5) * weight;
  card.profit += (year.profit / 5) * weight;
  card.cloud += (year.cloud / 5) * weight;
  card.trust += (year.trust / 5) * weight;
  card.value += (year.valuePoints / 5) * weight;
  card.total += year.total * weight;
  card.yearsScored += 1;
}
