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
  netSales: number;
  netSalesLastYear: number;
  operatingIncomeLastYear: number;
}

/** Where the year's cash came from and went; the parts add up to the change. */
export interface CashFlow {
  operations: number;            // operating income
  workingCapital: number;        // customers pay before suppliers are paid
  dataCentres: number;           // capacity paid for up front (negative)
  interest: number;              // on borrowed money (negative)
  end: number;                   // cash at the end of the year
  creditLimit: number;           // the most that can be borrowed, as a negative cash floor
}

/** The most lenders will lend: more to a bigger and more profitable business (negative: a floor for cash). */
export function creditLimit(netSales: number, operatingIncome: number): number {
  return -(K.creditLimitSales * Math.max(0, netSales) + K.creditLimitIncome * Math.max(0, operatingIncome));
}

/** Yearly interest on borrowed money: dearer the nearer the business is to its credit limit. */
export function borrowingRate(cash: number, limit: number): number {
  if (cash >= 0) return 0;
  const leverage = limit < 0 ? Math.min(1.5, cash / limit) : 1.5;
  return K.borrowingRate + K.borrowingSpread * leverage * leverage;
}

/** Cash at the end of the year, from cash at its start, with its drivers. */
export function stepCash(cash: number, y: CashYear): CashFlow {
  const limitBefore = creditLimit(y.netSalesLastYear, y.operatingIncomeLastYear);
  const interest = cash * borrowingRate(cash, limitBefore);
  const operations = y.operatingIncome;
  const workingCapital = K.workingCapitalRate * Math.max(0, y.retailSalesGrowth);
  const dataCentres = -K.capexCashRate * y.capacityAdded * unitCapacityCost(y.year, y.capacity);
  return {
    operations, workingCapital, dataCentres, interest,
    end: cash + operations + workingCapital + dataCentres + interest,
    creditLimit: creditLimit(y.netSales, y.operatingIncome),
  };
}
