import { describe, expect, it } from 'vitest';
import { coefficientTable } from '../../src/engine';
import { coefficientPages, coefficientRows, formatCoefficient, HOW_TO_PLAY, MODEL_PAGES, rowHeight, TABLE_BUDGET } from '../../src/ui/view/guide';
import { HEADLINES } from '../../src/ui/view/figures';

describe('guide pages', () => {
  it('explain every headline figure', () => {
    const figures = HOW_TO_PLAY.find((p) => p.title === 'The figures')!;
    expect(figures.items.map((i) => i.head)).toEqual(HEADLINES.map((h) => h.label));
  });

  it('list every coefficient exactly once across the pages, none over budget', () => {
    const rows = coefficientRows();
    expect(rows).toHaveLength(coefficientTable().length);
    const pages = coefficientPages(rows);
    expect(pages.flat().map((r) => r.name)).toEqual(rows.map((r) => r.name));
    for (const page of pages) {
      const height = page.reduce((sum, r) => sum + rowHeight(r, TABLE_BUDGET), 0);
      expect(page.length === 1 || height <= TABLE_BUDGET.height).toBe(true);
    }
    expect(MODEL_PAGES.length).toBeGreaterThan(0);
  });

  it('prints coefficients compactly', () => {
    expect(formatCoefficient(0.05139)).toBe('0.05139');
    expect(formatCoefficient(25)).toBe('25');
    expect(formatCoefficient(0)).toBe('0');
    expect(formatCoefficient(8.001e-14)).toContain('10^');
  });
});
