import { unitCapacityCost } from './cloud';
import { K } from './coefficients';

// Cash: profits, plus suppliers' money from growth, less data centres paid up front and interest on
// what has been borrowed.

export interface CashYear {
  operatingIncome: number;
  retailSalesGrowth: number;     // this year's retail sales less last year's, $B
  capacityAdded: number;         // workload capacity built this year
  capacity: number;              // capacity after this year's building
  year: number;
}

/** Cash at the end of the year, from cash at its start. */
export function stepCash(cash: number, y: CashYear): number {
  const interest = cash < 0 ? -cash * K.borrowingRate : 0;
  return cash + (y.operatingIncome + K.workingCapitalRate * Math.max(0, y.retailSalesGrowth)
    - K.capexCashRate * y.capacityAdded * unitCapacityCost(y.year, y.capacity) - interest);
}
