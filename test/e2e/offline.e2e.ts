import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { endYear, hook, startNewGame, waitFor, waitForScene } from './driver';
import { shot } from './shots';

describe('offline after the first visit', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('reloads with the network off, plays a year and opens the leaderboard', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(inject('baseUrl'));
    await waitForScene(page, 'Title');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.context().setOffline(true);
    await page.reload();
    await waitForScene(page, 'Title');
    await startNewGame(page);
    const year = (await hook(page)).year!;
    await endYear(page, year, false);
    expect((await hook(page)).year).toBe(year + 1);

    await page.goto(inject('baseUrl'));
    await waitForScene(page, 'Title');
    await page.keyboard.press('k');
    await waitForScene(page, 'Classroom');
    await page.keyboard.press('Enter');
    await waitFor(page, "(s) => s.controls.some((c) => c.id === 'copyLink')");
    await page.keyboard.press('l');
    await waitFor(page, "(s) => s.panel === 'board:0'");
    await shot(page, '48-offline-leaderboard');
    expect(problems).toEqual([]);
  });
});
