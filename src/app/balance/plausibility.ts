import type { YearFigures } from '../../engine';

// Section 5's checks: the extremes any play reaches, each kept with the seed and year it came from.

export interface Extreme {
  value: number;
  seed: string;
  year: number;
}

export interface PlausibilityCheck {
  id: string;
  label: string;
  /** the extreme kept: the highest value, or the lowest */
  keep: 'max' | 'min';
  limit: number;
  /** the extreme must stay strictly beyond the limit (market value above zero) */
  strict?: boolean;
  /** the year's value, or null when the check does not apply to that year */
  measure(f: YearFigures): number | null;
}

export const PLAUSIBILITY_CHECKS: readonly PlausibilityCheck[] = [
  { id: 'nonFinite', label: 'figures that are NaN or infinite (count)', keep: 'max', limit: 0, measure: (f) => nonFinite(f) },
  { id: 'awsOverMarket', label: 'AWS revenue / cloud market', keep: 'max', limit: 1, measure: (f) => (f.awsRevenue > 0 ? f.awsRevenue / Math.max(f.cloudMarket, 1e-12) : null) },
  { id: 'marketOverIt', label: 'cloud market / world IT spending', keep: 'max', limit: 1, measure: (f) => (f.cloudMarket > 0 ? f.cloudMarket / Math.max(f.itSpending, 1e-12) : null) },
  { id: 'capacityOverDemand', label: 'capacity / AWS demand', keep: 'max', limit: 3, measure: (f) => (f.capacity > 0 && f.awsDemand > 0 ? f.capacity / f.awsDemand : null) },
  { id: 'marginHigh', label: 'AWS operating margin, highest (AWS revenue > $1B)', keep: 'max', limit: 0.7, measure: (f) => (f.awsRevenue > 1 ? f.awsOperatingMargin : null) },
  { id: 'marginLow', label: 'AWS operating margin, lowest (AWS revenue > $1B)', keep: 'min', limit: -2, measure: (f) => (f.awsRevenue > 1 ? f.awsOperatingMargin : null) },
  { id: 'cashOverLimit', label: 'cash - credit limit, $B', keep: 'min', limit: 0, measure: (f) => f.cash - f.creditLimit },
  { id: 'marketValue', label: 'market value, $B', keep: 'min', limit: 0, strict: true, measure: (f) => f.marketCap },
  { id: 'shareUp', label: 'share-price change in a year, highest', keep: 'max', limit: 4, measure: (f) => f.sharePriceChange },
  { id: 'shareDown', label: 'share-price change in a year, lowest', keep: 'min', limit: -0.9, measure: (f) => f.sharePriceChange },
];

function nonFinite(f: YearFigures): number {
  let count = 0;
  for (const key in f) {
    const value = (f as unknown as Record<string, unknown>)[key];
    if (typeof value === 'number' && !Number.isFinite(value)) count++;
  }
  return count;
}

/** The extremes seen so far, one per check, and how many years were looked at. */
export class PlausibilityTracker {
  readonly extremes: (Extreme | null)[] = PLAUSIBILITY_CHECKS.map(() => null);
  years = 0;

  see(f: YearFigures, seed: string): void {
    this.years++;
    for (let c = 0; c < PLAUSIBILITY_CHECKS.length; c++) {
      const check = PLAUSIBILITY_CHECKS[c]!;
      const value = check.measure(f);
      if (value === null) continue;
      const held = this.extremes[c];
      // NaN never compares, so it is recorded whenever it appears and is never replaced.
      if (!held || Number.isNaN(value) || (!Number.isNaN(held.value) && (check.keep === 'max' ? value > held.value : value < held.value))) {
        if (held && Number.isNaN(held.value)) continue;
        this.extremes[c] = { value, seed, year: f.year };
      }
    }
  }
}

/** Whether an extreme stays within its limit (a check that never applied passes). */
export function withinLimit(check: PlausibilityCheck, extreme: Extreme | null): boolean {
  if (!extreme) return true;
  if (!Number.isFinite(extreme.value)) return false;
  if (check.strict) return check.keep === 'max' ? extreme.value < check.limit : extreme.value > check.limit;
  return check.keep === 'max' ? extreme.value <= check.limit : extreme.value >= check.limit;
}
