import { describe, expect, it } from 'vitest';
import type { State } from '../../src/engine';
import { randomPlaythrough } from '../helpers/randomPlayer';
import { loadTestScenario } from '../helpers/scenario';

const scenario = loadTestScenario();
const plays = Array.from({ length: 60 }, (_, i) => randomPlaythrough(scenario, `inv-${i % 5}`, `p-${i}`));

function everyNumber(value: unknown, path: string, visit: (n: number, path: string) => void): void {
  if (typeof value === 'number') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => everyNumber(v, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) everyNumber(v, `${path}.${k}`, visit);
}

describe('invariants over random legal playthroughs', () => {
  it('no NaN or infinity anywhere in any state or report', () => {
    for (const play of plays) {
      for (const [i, state] of play.states.entries()) {
        everyNumber(state, 'state', (n, path) => expect(Number.isFinite(n), `${path} in year ${i}`).toBe(true));
        everyNumber(play.reports[i], 'report', (n, path) => expect(Number.isFinite(n), path).toBe(true));
      }
    }
  });

  it('the accounts add up every year', () => {
    for (const play of plays) {
      for (const report of play.reports) {
        const f = report.figures;
        expect(f.netSales).toBeCloseTo(f.retailSales + f.awsRevenue, 9);
        expect(f.operatingIncome).toBeCloseTo(f.retailOperatingIncome + f.awsOperatingIncome, 9);
        expect(f.retailOperatingIncome).toBeCloseTo(f.retailContribution - f.retailInvestment - f.overhead - f.eventCost, 9);
        expect(f.awsOperatingIncome).toBeCloseTo(f.awsRevenue - f.awsCapacityCost - f.awsRunningCost - f.awsOneOffCost, 9);
        expect(f.netSales).toBeGreaterThan(0);
      }
    }
  });

  it('every driver breakdown adds up to its change', () => {
    for (const play of plays) {
      for (const report of play.reports) {
        for (const change of report.changes) {
          const sum = change.drivers.reduce((s, d) => s + d.value, 0);
          expect(sum, `${report.year} ${change.metric}`).toBeCloseTo(change.after - change.before, 9);
          // Rounding left over is tiny: the named drivers carry the change.
          const rest = change.drivers.find((d) => d.label === 'rounding')?.value ?? 0;
          expect(Math.abs(rest), `${report.year} ${change.metric} ${JSON.stringify(change.drivers)}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(change.after - change.before)));
        }
      }
    }
  });

  it('shares stay fractions and market shares never add past the whole', () => {
    for (const play of plays) {
      for (const report of play.reports) {
        const f = report.figures;
        for (const v of [f.cloudShare, f.microsoftShare, f.googleShare, f.thirdPartyShare, f.trust, f.awsWorkloadShare]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
        expect(f.cloudShare + f.microsoftShare + f.googleShare).toBeLessThanOrEqual(1 + 1e-12);
        expect(f.utilisation).toBeLessThanOrEqual(1);
      }
    }
  });

  it('scores build up year by year and nobody who plays to the end scores zero', () => {
    for (const play of plays) {
      let previous = 0;
      for (const state of play.states as State[]) {
        expect(state.score.total).toBeGreaterThan(previous);
        // One year can add at most a twenty-first of the 1000 points.
        expect(state.score.total - previous).toBeLessThanOrEqual(1000 / 21 + 1e-9);
        previous = state.score.total;
      }
      expect(play.final.score.total).toBeGreaterThan(0);
      expect(play.final.finished).toBe(true);
    }
  });
});
