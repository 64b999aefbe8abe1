import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseReplay } from '../../src/app/replay';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { launch, openPage } from './browser';
import { endYear, hook, startNewGame, waitFor, waitForScene } from './driver';
import { shot } from './shots';

// Links, tabs and storage that would once lose a game or the page without a word: each one now
// shows the player a message and the game keeps running.

const { scenarios } = loadBundledScenarios();
const scenario = scenarios[0]!.scenario;

/** Watches a second page of the same context for errors, as openPage does for the first. */
function watched(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

async function downloaded(page: Page, press: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), press()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

describe('links, tabs and storage that must not lose a game', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('a link with a broken %-escape shows a message on the title, and a reload starts plainly', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${inject('baseUrl')}#c=%`);
    await waitForScene(page, 'Title', '(s) => s.notice !== null');
    expect((await hook(page)).notice).toMatch(/competition link is damaged: it is not properly URL-encoded/);
    expect(new URL(page.url()).hash).toBe('');
    await shot(page, '60-title-broken-link');
    await page.reload();
    await waitForScene(page, 'Title');
    expect((await hook(page)).notice).toBeNull();
    // The game runs: a new game starts from the same page.
    await startNewGame(page);
    expect((await hook(page)).year).toBe(scenario.firstYear);

    await page.goto(`${inject('baseUrl')}#s=%E0%A4%A`);
    await page.reload();
    await waitForScene(page, 'Title', '(s) => s.notice !== null');
    expect((await hook(page)).notice).toMatch(/scenario link is damaged/);
    expect(problems).toEqual([]);
  });

  it('a short scenario link with a huge year is refused with a message, quickly', async () => {
    const { page, problems } = await openPage(browser);
    const link = `#s=${encodeURIComponent('{"series":{"usEcommerce":{}},"lastYear":1e8}')}`;
    expect(link.length).toBeLessThan(100);
    const started = Date.now();
    await page.goto(`${inject('baseUrl')}${link}`);
    await waitForScene(page, 'Title', '(s) => s.notice !== null');
    expect(Date.now() - started).toBeLessThan(10_000);
    const notice = (await hook(page)).notice!;
    expect(notice).toMatch(/^The scenario in the link was refused: format: must be /);
    await shot(page, '61-title-huge-year-link');
    await page.keyboard.press('n');
    await waitFor(page, "(s) => s.panel === 'newGame'");
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Year', `(s) => s.year === ${scenario.firstYear}`);
    expect(problems).toEqual([]);
  });

  it('two tabs on one game: the older one stops saving and offers to take over or leave', async () => {
    const { page: first, problems } = await openPage(browser);
    await first.goto(inject('baseUrl'));
    await startNewGame(first);
    await endYear(first, scenario.firstYear, false);
    const second = await first.context().newPage();
    const secondProblems = watched(second);
    await second.goto(inject('baseUrl'));
    await waitForScene(second, 'Title', `(s) => s.saved && s.saved.nextYear === ${scenario.firstYear + 1}`);
    await second.keyboard.press('c');
    await waitForScene(second, 'Year', `(s) => s.year === ${scenario.firstYear + 1}`);
    await waitFor(first, "(s) => s.overlay === 'OtherTab'");
    await shot(first, '62-other-tab-took-the-game');
    await endYear(second, scenario.firstYear + 1, false);

    // Taking over here reads the game as the other tab left it, and that tab is asked in turn.
    await first.keyboard.press('t');
    await waitForScene(first, 'Year', `(s) => s.year === ${scenario.firstYear + 2}`);
    await waitFor(second, "(s) => s.overlay === 'OtherTab'");
    await second.keyboard.press('l');
    await waitForScene(second, 'Title', '(s) => s.notice !== null');
    expect((await hook(second)).notice).toMatch(/goes on in the other tab/);
    await shot(second, '63-title-left-to-other-tab');
    expect((await hook(first)).overlay).toBe('');
    expect(problems).toEqual([]);
    expect(secondProblems).toEqual([]);
  });

  it('storage full at load: the player is told, the save can be continued, and exported as a file', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(inject('baseUrl'));
    await startNewGame(page);
    await endYear(page, scenario.firstYear, false);
    // From the next load on, the browser refuses every write, as a full quota does.
    await page.addInitScript(() => {
      Storage.prototype.setItem = function refuse() { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    await page.reload();
    await waitForScene(page, 'Title', "(s) => s.notice !== null && s.saved !== null");
    const state = await hook(page);
    expect(state.notice).toMatch(/storage is full/);
    expect(state.saved?.nextYear).toBe(scenario.firstYear + 1);
    await shot(page, '64-title-storage-full');
    const file = await downloaded(page, () => page.keyboard.press('e'));
    expect(file.name).toBe('flywheel-saved-game.json');
    const read = parseReplay(JSON.parse(file.text), scenarios);
    expect(read.ok && read.value.game.state.year).toBe(scenario.firstYear + 1);
    await waitFor(page, "(s) => s.notice !== null && s.notice.includes('flywheel-saved-game.json')");
    await page.keyboard.press('c');
    await waitForScene(page, 'Year', `(s) => s.year === ${scenario.firstYear + 1}`);
    expect(problems).toEqual([]);
  });

  it('a damaged save that storage is too full to set aside is not overwritten by the next game', async () => {
    const { page, problems } = await openPage(browser);
    const damaged = '{"format":"flywheel-replay/1","scenario":"histor';
    await page.addInitScript((raw) => {
      // Planted as if left by an earlier visit; from then on every write is refused, as a full quota does.
      localStorage.setItem('flywheel:autosave', raw);
      Storage.prototype.setItem = function refuse() { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    }, damaged);
    await page.goto(inject('baseUrl'));
    await waitForScene(page, 'Title', '(s) => s.notice !== null');
    expect((await hook(page)).notice).toMatch(/could not be moved aside.*not saved over it/);
    await shot(page, '67-title-held-save-storage-full');
    await startNewGame(page);
    await endYear(page, scenario.firstYear, false);
    expect(await page.evaluate(() => localStorage.getItem('flywheel:autosave'))).toBe(damaged);
    await page.keyboard.press('Escape');
    await waitFor(page, "(s) => s.overlay === 'Menu'");
    await page.keyboard.press('t');
    await waitForScene(page, 'Title');
    expect(problems).toEqual([]);
  });

  it('storage turned off: the player is told, and the game in play is exported from the menu', async () => {
    const { page, problems } = await openPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
    });
    await page.goto(inject('baseUrl'));
    await waitForScene(page, 'Title', '(s) => s.notice !== null');
    expect((await hook(page)).notice).toMatch(/does not let Flywheel keep a save/);
    await shot(page, '65-title-storage-off');
    await startNewGame(page);
    await endYear(page, scenario.firstYear, false);
    await page.keyboard.press('Escape');
    await waitFor(page, "(s) => s.overlay === 'Menu'");
    await shot(page, '66-menu-storage-off');
    const file = await downloaded(page, () => page.keyboard.press('e'));
    expect(file.name).toBe(`flywheel-historical-${scenario.defaultSeed.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${scenario.firstYear + 1}.json`);
    const read = parseReplay(JSON.parse(file.text), scenarios);
    expect(read.ok && read.value.game.state.year).toBe(scenario.firstYear + 1);
    expect(problems).toEqual([]);
  });
});
