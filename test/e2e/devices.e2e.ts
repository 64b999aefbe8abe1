import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { runCampaign, type YearDecisions } from '../../src/engine';
import { encodeCompetition, newCompetition } from '../../src/app/competition';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { launch, openPage } from './browser';
import { clickControl, endYear, hook, startNewGame, waitFor, waitForScene } from './driver';
import { shot } from './shots';

// Phones, saved games and the browser's own navigation.

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

/** A tap on a control, at its centre, as a finger would. */
async function tap(page: Page, id: string): Promise<void> {
  const state = await hook(page);
  const control = state.controls.find((c) => c.id === id);
  if (!control) throw new Error(`no control ${id} on ${state.scene}`);
  const box = (await page.locator('canvas').boundingBox())!;
  const scale = box.width / 1280;
  await page.touchscreen.tap(box.x + (control.x + control.width / 2) * scale, box.y + (control.y + control.height / 2) * scale);
}

/** From the Year screen to the title through the menu, waiting until `ready` holds there. */
async function menuToTitle(page: Page, ready: string): Promise<void> {
  await page.keyboard.press('Escape');
  await waitFor(page, "(s) => s.overlay === 'Menu'");
  await page.keyboard.press('t');
  await waitForScene(page, 'Title', ready);
}

const HAS_KEPT = "(s) => s.controls.some((c) => c.id === 'kept')";

/** A phone held upright, touch only, on the title screen; console errors and page errors gathered. */
async function phone(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(inject('baseUrl'));
  await waitForScene(page, 'Title');
  return { context, page, problems };
}

describe('devices, saved games and navigation', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('plays a whole game with touch taps on a phone held upright, and sideways', async () => {
    const { context, page, problems } = await phone(browser);
    // Upright: the tip to turn the phone shows above the game, which still plays at its size.
    await expect.poll(() => page.locator('#turn').isVisible()).toBe(true);
    const viewport = await page.evaluate(() => document.querySelector('meta[name=viewport]')?.getAttribute('content') ?? '');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale/);
    await shot(page, '80-phone-portrait-title');
    await tap(page, 'new');
    await waitFor(page, "(s) => s.panel === 'newGame'");
    await tap(page, 'start');
    await waitForScene(page, 'Year');
    await shot(page, '81-phone-portrait-year');
    // Each year: the marketplace and the API move when open, then End the year and On.
    const path: YearDecisions[] = [];
    for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
      const state = await hook(page);
      const picks: string[] = [];
      for (const id of ['apiMandate', 'openMarketplace']) {
        const control = state.controls.find((c) => c.id === id);
        if (control && control.enabled && year <= 2001) picks.push(id);
      }
      for (const id of picks) {
        const before = JSON.stringify((await hook(page)).selection);
        await tap(page, id);
        await waitFor(page, '(s, arg) => JSON.stringify(s.selection) !== arg', before);
      }
      path.push({ year, actions: JSON.parse(JSON.stringify((await hook(page)).selection)) as YearDecisions['actions'] });
      if (year === 2010) {
        // Turned sideways halfway through: the same game, bigger.
        await page.setViewportSize({ width: 844, height: 390 });
        await expect.poll(() => page.locator('#turn').isVisible()).toBe(false);
        await shot(page, '82-phone-landscape-year');
      }
      await tap(page, 'end');
      await waitForScene(page, 'Report', `(s) => s.year === ${year + 1}`);
      await tap(page, 'next');
      await waitForScene(page, year === scenario.lastYear ? 'Ending' : 'Year', year === scenario.lastYear ? '() => true' : `(s) => s.year === ${year + 1}`);
    }
    const expected = runCampaign(scenario, scenario.defaultSeed, path);
    if (!expected.ok) throw new Error(expected.error);
    expect((await hook(page)).hash).toBe(expected.hash);
    await shot(page, '83-phone-landscape-ending');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('plays as text on a phone held upright: the parallel page shown, text at least 12 CSS px, targets at least 24 px', async () => {
    const { context, page, problems } = await phone(browser);
    await page.getByRole('button', { name: 'Play as text' }).tap();
    await expect.poll(() => page.locator('#flywheel-a11y').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'New game' }).tap();
    await page.getByRole('button', { name: 'Start' }).tap();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toMatch(/2000/);
    for (const year of [2000, 2001]) {
      await page.getByRole('button', { name: `End the year ${year}` }).tap();
      await page.getByRole('button', { name: `On to ${year + 1}` }).tap();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toMatch(new RegExp(String(year + 1)));
    }
    await shot(page, '86-phone-text-view');
    // Every piece of text shown is at least 12 CSS px, and every button at least 24 x 24.
    const sizes = await page.evaluate(() => {
      const root = document.getElementById('flywheel-a11y')!;
      const texts = [...root.querySelectorAll<HTMLElement>('*')].filter((e) => e.childNodes.length > 0
        && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '') && e.getClientRects().length > 0);
      const buttons = [...root.querySelectorAll<HTMLElement>('button')].filter((b) => b.getClientRects().length > 0).map((b) => b.getBoundingClientRect());
      return {
        texts: texts.length,
        smallestText: Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize))),
        smallestButton: Math.min(...buttons.map((r) => Math.min(r.width, r.height))),
      };
    });
    expect(sizes.texts).toBeGreaterThan(20);
    expect(sizes.smallestText).toBeGreaterThanOrEqual(12);
    expect(sizes.smallestButton).toBeGreaterThanOrEqual(24);
    await page.getByRole('button', { name: 'Back to the picture' }).tap();
    await expect.poll(() => page.locator('#flywheel-a11y').evaluate((e) => e.className)).toBe('visually-hidden');
    expect((await hook(page)).year).toBe(2002);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('asks before a fork replaces a game in progress, and keeps both', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(inject('baseUrl'));
    await startNewGame(page);
    await endYear(page, 2000, false);
    await endYear(page, 2001, false);
    await menuToTitle(page, '(s) => s.saved && s.saved.nextYear === 2002');
    await page.keyboard.press('w');
    await waitForScene(page, 'Watch');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await waitFor(page, '(s) => s.watch && s.watch.year === 2005');
    await clickControl(page, 'fork');
    await waitFor(page, "(s) => s.panel === 'fork'");
    await shot(page, '84-fork-question');
    await clickControl(page, 'keepBoth');
    await waitForScene(page, 'Year', '(s) => s.year === 2006');
    // The game in progress waits under Kept games; continuing it keeps the fork in its place.
    await menuToTitle(page, HAS_KEPT);
    await clickControl(page, 'kept');
    await waitFor(page, "(s) => s.panel === 'kept'");
    await shot(page, '85-kept-games');
    await clickControl(page, 'kept:0');
    await waitForScene(page, 'Year', '(s) => s.year === 2002');
    await menuToTitle(page, HAS_KEPT);
    await clickControl(page, 'kept');
    await clickControl(page, 'kept:0');
    await waitForScene(page, 'Year', '(s) => s.year === 2006');
    expect(problems).toEqual([]);
  });

  it('goes back inside the game with the browser\u2019s Back, and follows a link opened in a running tab', async () => {
    const { page, problems } = await openPage(browser);
    const base = inject('baseUrl');
    await page.goto(base);
    await startNewGame(page);
    await page.keyboard.press('?');
    await waitForScene(page, 'HowToPlay');
    await page.goBack();
    await waitForScene(page, 'Year');
    await page.goBack();
    await waitForScene(page, 'Title');
    expect(new URL(page.url()).origin).toBe(new URL(base).origin);
    // A class link pasted into this tab's address bar is followed without a reload.
    const code = encodeCompetition(newCompetition(scenario, { name: 'Link class', firstYear: 2019, lastYear: 2020, events: 'history', ghost: true }));
    await page.evaluate((hash) => { window.location.hash = hash; }, `c=${code}`);
    await waitForScene(page, 'Join', "(s) => s.panel === 'joinTeam'");
    await page.goBack();
    await waitForScene(page, 'Title');
    expect(problems).toEqual([]);
  });
});
