import { describe, expect, it } from 'vitest';
import { isVisibleChange, millions, MINUS, money, moneyDelta, percent, points, progressText, scoreSoFarText, yearsPlayed } from '../../src/ui/view/format';

describe('format', () => {
  it('prints money in billions with sensible precision', () => {
    expect(money(384.4)).toBe('$384B');
    expect(money(44.72)).toBe('$44.7B');
    expect(money(2.534)).toBe('$2.53B');
    expect(money(0.84)).toBe('$840M');
    expect(money(-0.902)).toBe(`${MINUS}$902M`);
    expect(money(0.0001)).toBe('$0');
  });

  it('prints changes with a sign', () => {
    expect(moneyDelta(1.24)).toBe('+$1.2B');
    expect(moneyDelta(-0.045)).toBe(`${MINUS}$45M`);
    expect(moneyDelta(12.6)).toBe('+$13B');
    expect(moneyDelta(2)).toBe('+$2B');
  });

  it('keeps whole numbers whole', () => {
    expect(percent(1)).toBe('100%');
    expect(percent(0.5)).toBe('50%');
    expect(millions(80)).toBe('80M');
    expect(millions(3.55)).toBe('3.5M');
  });

  it('prints shares and share changes', () => {
    expect(percent(0.319)).toBe('32%');
    expect(percent(0.0456)).toBe('4.6%');
    expect(points(0.021)).toBe('+2.1 pts');
    expect(points(-0.1)).toBe(`${MINUS}10 pts`);
  });

  it('hides changes too small to print', () => {
    expect(isVisibleChange('usdBn', 0.0001)).toBe(false);
    expect(isVisibleChange('usdBn', 0.01)).toBe(true);
    expect(isVisibleChange('millions', 0.01)).toBe(false);
  });
});

describe('the score on one scale', () => {
  it('says what "so far" means, in years played of the game or of a competition\u2019s own turns', () => {
    expect(scoreSoFarText(13.8, 1, 21)).toBe('14 of the 1000 possible, 1 year of 21 played');
    expect(scoreSoFarText(614.8, 21, 21)).toBe('615 of the 1000 possible, all 21 years played');
    expect(yearsPlayed(2006, 2000, 2020)).toEqual({ played: 6, total: 21 });
    expect(yearsPlayed(2006, 2000, 2020, { firstYear: 2004, lastYear: 2012 })).toEqual({ played: 2, total: 9 });
    expect(yearsPlayed(2002, 2000, 2020, { firstYear: 2004, lastYear: 2012 })).toEqual({ played: 0, total: 9 });
    expect(progressText(2008, 2000, 2020, { firstYear: 2004, lastYear: 2012 })).toBe('Turn 5 of 9');
    expect(progressText(2008, 2000, 2020)).toBe('Year 9 of 21');
  });
});
