import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { endYear, hook, startNewGame, waitForScene } from './driver';
import { shot } from './shots';
import { serveUnder } from './staticServer';

describe('the build served from a sub-path', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveUnder>>;
  beforeAll(async () => {
    browser = await launch();
    server = await serveUnder(inject('distDir'), '/course/flywheel/');
  });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  it('loads, registers its worker for that folder only, and plays a year', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(server.url);
    await waitForScene(page, 'Title');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope));
    expect(scope).toBe(server.url);
    await startNewGame(page);
    const year = (await hook(page)).year!;
    await endYear(page, year, false);
    expect((await hook(page)).year).toBe(year + 1);
    await shot(page, '49-subpath-year');
    expect(problems).toEqual([]);
  });
});
