import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { runCampaign } from '../../src/engine';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { launch, openPage } from './browser';
import { chooseYear, endYear, hook, waitForScene } from './driver';
import { shot } from './shots';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;
const SHOT_YEARS = new Set([scenario.firstYear, 2002, 2006, 2011, 2018, scenario.lastYear]);

describe('the real path, played through the UI', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('reaches the same final state as the engine, year by year', async () => {
    const campaign = runCampaign(scenario, scenario.defaultSeed, scenario.history);
    if (!campaign.ok) throw new Error(campaign.error);
    const { page, problems } = await openPage(browser);
    await page.goto(inject('baseUrl'));
    await waitForScene(page, 'Title');
    await shot(page, '01-title');
    await page.keyboard.press('n');
    await shot(page, '02-new-game');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Year');

    for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
      const actions = scenario.history.find((h) => h.year === year)?.actions ?? [];
      await chooseYear(page, actions);
      if (SHOT_YEARS.has(year)) await shot(page, `03-year-${year}`);
      const index = year - scenario.firstYear;
      if (year === scenario.lastYear) {
        await page.keyboard.press('Enter');
        await waitForScene(page, 'Report', `(s) => s.finished`);
        await shot(page, `04-report-${year}`);
        await page.keyboard.press('Enter');
        await waitForScene(page, 'Ending');
      } else {
        if (SHOT_YEARS.has(year)) {
          await page.keyboard.press('Enter');
          await waitForScene(page, 'Report', `(s) => s.year === ${year + 1}`);
          await shot(page, `04-report-${year}`);
          await page.keyboard.press('Enter');
          await waitForScene(page, 'Year', `(s) => s.year === ${year + 1}`);
        } else {
          await endYear(page, year, false);
        }
      }
      expect((await hook(page)).hash, `state after ${year}`).toBe(campaign.hashes[index]);
    }
    const final = await hook(page);
    expect(final.finished).toBe(true);
    expect(final.hash).toBe(campaign.hash);
    await shot(page, '05-ending');
    expect(problems).toEqual([]);
  });
});
