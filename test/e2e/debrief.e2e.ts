import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { debrief } from '../../src/app/debrief';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { strategies } from '../helpers/strategies';
import { launch, openPage } from './browser';
import { chooseYear, endYear, hook, startNewGame, waitForScene, waitSettled } from './driver';
import { shot } from './shots';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;
// A run that parts from history: the launches brought forward, on history's API timetable.
const path = strategies(scenario).earlyCloud!;

describe('a run that parts from history, played through the UI', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('ends on the same state as the engine, and its debrief adds up to the gap', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(inject('baseUrl'));
    await startNewGame(page);
    for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
      await chooseYear(page, path.find((d) => d.year === year)?.actions ?? []);
      await endYear(page, year, year === scenario.lastYear);
    }
    await waitForScene(page, 'Ending');
    const final = await hook(page);
    expect(final.finished).toBe(true);
    await page.keyboard.press('d');
    await waitSettled(page);
    await shot(page, '13-debrief');
    // The debrief the screen draws is the app's: its lines add up to the score gap.
    const d = debrief(scenario, scenario.defaultSeed, path, scenario.lastYear);
    expect(d.lines.length).toBeGreaterThan(0);
    expect(Math.abs(d.lines.reduce((s, l) => s + l.points, 0) - d.scoreGap)).toBeLessThan(0.05);
    expect(problems).toEqual([]);
  }, 240_000);
});
