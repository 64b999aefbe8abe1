import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { clickControl, hook, startNewGame, waitFor, waitForScene } from './driver';
import { shot } from './shots';

describe('menus, help and input', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('reaches every screen from the keyboard and comes back', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(inject('baseUrl'));
    await startNewGame(page);
    // Arrow keys move the focus ring; Space picks the focused card.
    const first = (await hook(page)).focus;
    await page.keyboard.press('ArrowRight');
    await waitFor(page, '(s, arg) => s.focus !== arg', first);
    await page.keyboard.press('ArrowLeft');
    await waitFor(page, '(s, arg) => s.focus === arg', first);
    await page.keyboard.press('Space');
    await waitFor(page, '(s) => s.selection.length === 1');
    await page.keyboard.press('h');
    await waitFor(page, "(s) => s.panel === 'hint'");
    await shot(page, '08-year-hint');
    await page.keyboard.press('h');
    await waitFor(page, "(s) => s.panel === ''");
    await page.keyboard.press('Escape');
    await waitFor(page, "(s) => s.overlay === 'Menu'");
    await shot(page, '09-menu');
    await page.keyboard.press('Escape');
    await waitFor(page, "(s) => s.overlay === '' && s.scene === 'Year'");
    await page.keyboard.press('?');
    await waitForScene(page, 'HowToPlay');
    for (let i = 1; i <= 4; i++) {
      await shot(page, `10-howto-${i}`);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Year');
    expect((await hook(page)).selection).toHaveLength(1);
    await page.keyboard.press('Escape');
    await waitFor(page, "(s) => s.overlay === 'Menu'");
    await page.keyboard.press('m');
    await waitForScene(page, 'Model');
    const pages = 3;
    for (let i = 1; i <= pages; i++) {
      await shot(page, `11-model-${i}`);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Year');
    await page.keyboard.press('Escape');
    await waitFor(page, "(s) => s.overlay === 'Menu'");
    await page.keyboard.press('t');
    await waitForScene(page, 'Title', '(s) => s.saved !== null');
    expect(problems).toEqual([]);
  });

  it('works with the mouse and with touch', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, hasTouch: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    await page.goto(inject('baseUrl'));
    await waitForScene(page, 'Title');
    await clickControl(page, 'new');
    await waitFor(page, "(s) => s.panel === 'newGame'");
    await clickControl(page, 'start');
    await waitForScene(page, 'Year');
    const card = (await hook(page)).controls.find((c) => c.id === 'openMarketplace')!;
    const box = (await page.locator('canvas').boundingBox())!;
    const scale = box.width / 1280;
    await page.touchscreen.tap(box.x + (card.x + card.width / 2) * scale, box.y + (card.y + card.height / 2) * scale);
    await waitFor(page, '(s) => s.selection.length === 1');
    await clickControl(page, 'end');
    await waitForScene(page, 'Report');
    await clickControl(page, 'next');
    await waitForScene(page, 'Year', '(s) => s.year === 2001');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps a small page usable by scaling to fit', async () => {
    const { page, problems } = await openPage(browser);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(inject('baseUrl'));
    await startNewGame(page);
    const box = (await page.locator('canvas').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(800);
    expect(box.width / box.height).toBeCloseTo(1280 / 720, 1);
    await clickControl(page, 'openMarketplace');
    await waitFor(page, '(s) => s.selection.length === 1');
    expect(problems).toEqual([]);
  });
});
