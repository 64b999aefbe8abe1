import { describe, expect, it } from 'vitest';
import { PLAUSIBILITY_CHECKS, PlausibilityTracker, withinLimit } from '../../../src/app/balance/plausibility';
import { runCampaign, type YearFigures } from '../../../src/engine';
import { loadTestScenario } from '../../helpers/scenario';

const scenario = loadTestScenario();
const campaign = runCampaign(scenario, scenario.defaultSeed, scenario.history, { reports: false });
if (!campaign.ok) throw new Error(campaign.error);
const years = campaign.years;
const check = (id: string) => PLAUSIBILITY_CHECKS.find((c) => c.id === id)!;
const index = (id: string) => PLAUSIBILITY_CHECKS.findIndex((c) => c.id === id);

describe('the plausibility extremes', () => {
  it('keeps the highest and lowest values with the seed and year they came from', () => {
    const tracker = new PlausibilityTracker();
    for (const f of years) tracker.see(f, 's');
    const highest = Math.max(...years.map((f) => f.sharePriceChange));
    expect(tracker.extremes[index('shareUp')]).toEqual({ value: highest, seed: 's', year: years.find((f) => f.sharePriceChange === highest)!.year });
    expect(tracker.extremes[index('marketValue')]!.value).toBe(Math.min(...years.map((f) => f.marketCap)));
    expect(tracker.years).toBe(years.length);
  });

  it('counts a NaN or an infinity and never lets a later year hide it', () => {
    const tracker = new PlausibilityTracker();
    const bad: YearFigures = { ...years[10]!, marketCap: Number.NaN, cash: Number.POSITIVE_INFINITY };
    tracker.see(bad, 'bad');
    for (const f of years) tracker.see(f, 'good');
    expect(tracker.extremes[index('nonFinite')]).toMatchObject({ value: 2, seed: 'bad' });
    expect(Number.isNaN(tracker.extremes[index('marketValue')]!.value)).toBe(true);
    expect(withinLimit(check('marketValue'), tracker.extremes[index('marketValue')]!)).toBe(false);
    expect(withinLimit(check('nonFinite'), tracker.extremes[index('nonFinite')]!)).toBe(false);
  });

  it('holds a market value of zero to be out of bounds and a margin of 70% within them', () => {
    expect(withinLimit(check('marketValue'), { value: 0, seed: 's', year: 2000 })).toBe(false);
    expect(withinLimit(check('marginHigh'), { value: 0.7, seed: 's', year: 2000 })).toBe(true);
    expect(withinLimit(check('marginHigh'), { value: 0.71, seed: 's', year: 2000 })).toBe(false);
    expect(withinLimit(check('shareDown'), null)).toBe(true);
  });
});
