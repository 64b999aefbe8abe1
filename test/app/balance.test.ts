import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/app/balance/lessons';
import { runBalance } from '../../src/app/balance/report';
import { loadTestScenario } from '../helpers/scenario';

// The quick balance run of `npm test`: 3 seeds and a small search budget. Each lesson's sign must
// hold by a point or more (A beats B; a lost JEDI bid loses; for the timing lesson, the best launch
// year beats both ends of the sweep); a failure here names the lesson the model gets wrong.

const scenario = loadTestScenario();
const report = runBalance(scenario, { seeds: 3, budgetSeconds: 2, world: 'history' });

describe('the quick balance run', () => {
  it('covers every lesson of the table and plays within its budget', () => {
    const ids = new Set(report.lessons.map((row) => row.id.split(':')[0]));
    expect([...ids].sort()).toEqual(LESSONS.map((l) => l.id).sort());
    expect(report.budget.campaignsPlayed).toBeGreaterThanOrEqual(report.budget.perSeed * 3);
    expect(report.best.score).toBeGreaterThanOrEqual(report.history.score);
  });

  for (const row of report.lessons) {
    const sign = row.id === 'jedi:lost' ? 'B beats A (a lost bid costs)' : row.id === 'timing' ? 'the best launch year is inside the range' : 'A beats B';
    it(`lesson ${row.id} (${row.vs}): ${sign}`, () => {
      if (row.status === 'not in this scenario') return;
      expect(row.mean, `${row.id}: ${row.detail || 'no seed to measure on'}`).not.toBeNull();
      // A difference under one point in a thousand teaches nothing; "worse than waiting" only needs a
      // sign, and the credentials row compares win rates, not points.
      const least = row.id === 'discloseEarly' || row.id === 'jedi:credentials' ? 0 : 1;
      if (row.id === 'jedi:lost') expect(row.mean!, row.detail).toBeLessThan(-least);
      else expect(row.mean!, row.detail).toBeGreaterThan(least);
    });
  }
});
