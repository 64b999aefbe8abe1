import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ENGINE_VERSION, runCampaign, type YearDecisions } from '../../src/engine';
import { encodeReplay } from '../../src/app/replayCode';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { historyPath } from '../../src/store/replays';
import { launch, openPage } from './browser';
import { clickControl, hook, waitFor, waitForScene } from './driver';
import { shot } from './shots';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;
const SEED = 'shared-world-7';
const SHARED_YEARS = 5;
const FORK_INDEX = 2;

/** A share code for history's first years, built in Node straight from the engine. */
function historyCode(): string {
  const decisions = historyPath(scenario).slice(0, SHARED_YEARS);
  const run = runCampaign(scenario, SEED, decisions, { untilYear: scenario.firstYear + SHARED_YEARS - 1 });
  if (!run.ok) throw new Error(run.error);
  return encodeReplay({ engineVersion: ENGINE_VERSION, scenario: scenario.id, seed: SEED, decisions, hashes: run.hashes });
}

/** Ends every remaining year with no new moves, putting off any outage question. */
async function playOut(page: Page, from: number): Promise<void> {
  for (let year = from; year <= scenario.lastYear; year++) {
    if ((await hook(page)).panel === 'outage') {
      await page.keyboard.press('Escape');
      await waitFor(page, "(s) => s.panel === ''");
    }
    if (year === from + 1) await shot(page, '22-year-ghost');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Report', `(s) => s.year === ${year + 1}`);
    if (year === from + 1) await shot(page, '23-report-ghost');
    await page.keyboard.press('Enter');
    await waitForScene(page, year === scenario.lastYear ? 'Ending' : 'Year', year === scenario.lastYear ? '() => true' : `(s) => s.year === ${year + 1}`);
  }
}

describe('share links, watching and forking', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('opens a shared replay, steps through it, forks it and plays on to the same result as the engine', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${inject('baseUrl')}#r=${historyCode()}`);
    await waitForScene(page, 'Watch', "(s) => s.watch && s.watch.kind === 'shared'");
    let state = await hook(page);
    expect(state.watch).toMatchObject({ index: 0, years: SHARED_YEARS, seed: SEED, year: scenario.firstYear });
    expect(state.saved, 'opening a link leaves the autosave alone').toBeNull();
    await page.keyboard.press('End');
    await waitFor(page, `(s) => s.watch.index === ${SHARED_YEARS - 1}`);
    await page.keyboard.press('ArrowLeft');
    await waitFor(page, `(s) => s.watch.index === ${SHARED_YEARS - 2}`);
    await page.keyboard.press('Home');
    await waitFor(page, '(s) => s.watch.index === 0');
    await page.keyboard.press('ArrowRight');
    await waitFor(page, '(s) => s.watch.index === 1');
    await clickControl(page, 'timeline', (FORK_INDEX + 0.5) / SHARED_YEARS);
    await waitFor(page, `(s) => s.watch.index === ${FORK_INDEX}`);
    await shot(page, '20-watch-shared');

    await clickControl(page, 'fork');
    const resumeYear = scenario.firstYear + FORK_INDEX + 1;
    await waitForScene(page, 'Year', `(s) => s.year === ${resumeYear}`);
    state = await hook(page);
    expect(state.saved?.nextYear).toBe(resumeYear);
    // The link is spent once opened: a reload now lands on the title with the fork to continue.
    expect(new URL(page.url()).hash).toBe('');
    await page.reload();
    await waitForScene(page, 'Title');
    await page.keyboard.press('c');
    await waitForScene(page, 'Year', `(s) => s.year === ${resumeYear}`);
    await playOut(page, resumeYear);

    const decisions: YearDecisions[] = historyPath(scenario).slice(0, FORK_INDEX + 1);
    const expected = runCampaign(scenario, SEED, decisions);
    if (!expected.ok) throw new Error(expected.error);
    const final = await hook(page);
    expect(final.finished).toBe(true);
    expect(final.hash).toBe(expected.hash);
    await shot(page, '24-ending');
    await page.keyboard.press('d');
    await waitFor(page, "(s) => s.controls.some((c) => c.id === 'page:debrief' && !c.enabled)");
    await shot(page, '25-debrief');
    await page.keyboard.press('l');
    await waitFor(page, "(s) => s.luck && s.luck.status === 'done'");
    await shot(page, '25-luck');

    await page.keyboard.press('w');
    await waitForScene(page, 'Watch', "(s) => s.watch && s.watch.kind === 'own'");
    expect((await hook(page)).watch?.year).toBe(scenario.lastYear);
    await shot(page, '26-watch-own');
    await clickControl(page, 'copy');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Ending');
    expect(problems).toEqual([]);
  });

  it('refuses a tampered or cut link with a message on a normal title screen', async () => {
    const code = historyCode();
    const middle = Math.floor(code.length / 2);
    const tampered = `${code.slice(0, middle)}${code[middle] === 'A' ? 'B' : 'A'}${code.slice(middle + 1)}`;
    for (const [name, bad] of [['tampered', tampered], ['cut', code.slice(0, 20)]] as const) {
      const { page, problems } = await openPage(browser);
      await page.goto(`${inject('baseUrl')}#r=${bad}`);
      await waitForScene(page, 'Title', '(s) => s.notice !== null');
      const state = await hook(page);
      expect(state.notice).toContain('shared replay could not be opened');
      expect(state.watch).toBeNull();
      expect(state.saved).toBeNull();
      if (name === 'tampered') await shot(page, '27-title-bad-link');
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });

  it('watches history from the title and from the menu', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(inject('baseUrl'));
    await waitForScene(page, 'Title');
    await page.keyboard.press('w');
    await waitForScene(page, 'Watch', "(s) => s.watch && s.watch.kind === 'history'");
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waitFor(page, '(s) => s.watch.index === 2');
    await shot(page, '21-watch-history');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Title');
    await page.keyboard.press('n');
    await waitFor(page, "(s) => s.panel === 'newGame'");
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Year');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Report');
    await page.keyboard.press('Escape');
    await waitFor(page, "(s) => s.overlay === 'Menu'");
    await shot(page, '28-menu-replays');
    await page.keyboard.press('w');
    await waitForScene(page, 'Watch', "(s) => s.watch && s.watch.kind === 'history'");
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Report');
    expect(problems).toEqual([]);
  });
});
