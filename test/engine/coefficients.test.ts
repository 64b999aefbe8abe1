import { describe, expect, it } from 'vitest';
import { coefficientTable, K } from '../../src/engine';

describe('coefficients', () => {
  const table = coefficientTable();
  it('every coefficient carries a note saying whether it was fitted or set, and to what', () => {
    expect(table.length).toBeGreaterThan(50);
    for (const row of table) {
      expect(row.note, row.name).toMatch(/^(Fitted|Set)\b.{20,}/);
      expect(Number.isFinite(row.value), row.name).toBe(true);
    }
  });
  it('the engine runs on exactly the documented values', () => {
    for (const row of table) expect(K[row.name as keyof typeof K]).toBe(row.value);
    expect(Object.keys(K)).toHaveLength(table.length);
  });
});
