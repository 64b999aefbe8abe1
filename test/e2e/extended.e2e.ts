import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { runCampaign } from '../../src/engine';
import { playDecisions, toReplay } from '../../src/app/replay';
import { AUTOSAVE_KEY } from '../../src/app/saves';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { launch, openPage } from './browser';
import { chooseYear, endYear, hook, waitFor, waitForScene } from './driver';
import { shot } from './shots';

// The long run to 2025 has the moves the real run lacks: the AI platform and the answer to a
// major outage. A save made by replaying its first years is continued, and the rest played by hand.

const scenario = loadBundledScenarios().scenarios.find((s) => s.id === 'extended')?.scenario;
const CONTINUE_FROM = 2022;

describe.skipIf(!scenario)('the long run, continued from a save', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('plays its last years through the UI to the engine\u2019s own result', async () => {
    const s = scenario!;
    const early = [];
    for (let year = s.firstYear; year < CONTINUE_FROM; year++) early.push(s.history.find((h) => h.year === year) ?? { year, actions: [] });
    const played = playDecisions(s, s.defaultSeed, early);
    if (!played.ok) throw new Error(played.error);
    const campaign = runCampaign(s, s.defaultSeed, s.history);
    if (!campaign.ok) throw new Error(campaign.error);

    const { page, problems } = await openPage(browser);
    await page.goto(inject('baseUrl'));
    await waitForScene(page, 'Title');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [AUTOSAVE_KEY, JSON.stringify(toReplay(played.game))]);
    await page.reload();
    await waitForScene(page, 'Title', `(s) => s.saved && s.saved.nextYear === ${CONTINUE_FROM}`);
    await page.keyboard.press('c');
    await waitForScene(page, 'Year', `(s) => s.year === ${CONTINUE_FROM}`);
    for (let year = CONTINUE_FROM; year <= s.lastYear; year++) {
      const actions = s.history.find((h) => h.year === year)?.actions ?? [];
      if (actions.some((a) => a.kind === 'outageResponse')) {
        await waitFor(page, "(s) => s.panel === 'outage'");
        await shot(page, `12-outage-${year}`);
      }
      await chooseYear(page, actions);
      if (actions.some((a) => a.kind === 'launchGenAi')) await shot(page, `12-genai-${year}`);
      await endYear(page, year, year === s.lastYear);
      expect((await hook(page)).hash, `state after ${year}`).toBe(campaign.hashes[year - s.firstYear]);
    }
    await shot(page, '12-ending-extended');
    expect((await hook(page)).hash).toBe(campaign.hash);
    expect(problems).toEqual([]);
  });
});
