import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { runCampaign } from '../../src/engine';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { launch, openPage } from './browser';
import { chooseYear, endYear, hook, startNewGame, waitForScene } from './driver';
import { shot } from './shots';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;
const RELOAD_AT = 2008;

describe('reload in the middle of a game', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('continues from the autosave with the same state and draft, to the same end', async () => {
    const campaign = runCampaign(scenario, scenario.defaultSeed, scenario.history);
    if (!campaign.ok) throw new Error(campaign.error);
    const { page, problems } = await openPage(browser);
    await page.goto(inject('baseUrl'));
    await startNewGame(page);
    for (let year = scenario.firstYear; year < RELOAD_AT; year++) {
      await chooseYear(page, scenario.history.find((h) => h.year === year)?.actions ?? []);
      await endYear(page, year, false);
    }
    // Half-way through a year: some of its moves made, then the page is reloaded.
    const actions = scenario.history.find((h) => h.year === RELOAD_AT)?.actions ?? [];
    await chooseYear(page, actions);
    const before = await hook(page);
    expect(before.selection.length).toBeGreaterThan(0);
    await page.reload();
    await waitForScene(page, 'Title', `(s) => s.saved && s.saved.nextYear === ${RELOAD_AT}`);
    await shot(page, '06-title-with-save');
    await page.keyboard.press('c');
    await waitForScene(page, 'Year', `(s) => s.year === ${RELOAD_AT}`);
    const after = await hook(page);
    expect(after.hash).toBe(before.hash);
    expect(after.selection).toEqual(before.selection);
    await endYear(page, RELOAD_AT, false);
    for (let year = RELOAD_AT + 1; year <= scenario.lastYear; year++) {
      await chooseYear(page, scenario.history.find((h) => h.year === year)?.actions ?? []);
      await endYear(page, year, year === scenario.lastYear);
    }
    const final = await hook(page);
    expect(final.hash).toBe(campaign.hash);
    expect(problems).toEqual([]);
  });
});
