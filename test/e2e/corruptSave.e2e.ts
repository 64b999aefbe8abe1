import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { competitionId, encodeCompetition, newCompetition } from '../../src/app/competition';
import { competitionSaveKey } from '../../src/app/competitionSave';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { launch, openPage } from './browser';
import { hook, startNewGame, waitForScene } from './driver';
import { shot } from './shots';

const KEY = 'flywheel:autosave';

describe('a save that cannot be used', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it.each([
    ['damaged', '{"format":"flywheel-replay/1","scenario":"histor'],
    ['foreign', JSON.stringify({ format: 'someone-elses-game/2', gold: 12 })],
  ])('shows a message for a %s save, keeps the data aside and starts fresh', async (kind, raw) => {
    const { page, problems } = await openPage(browser);
    await page.goto(inject('baseUrl'));
    await waitForScene(page, 'Title');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, raw]);
    await page.reload();
    await waitForScene(page, 'Title', '(s) => s.notice !== null');
    const state = await hook(page);
    expect(state.notice).toContain('could not be used');
    expect(state.saved).toBeNull();
    await shot(page, `07-title-${kind}-save`);
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('flywheel:rejected:')).map((k) => localStorage.getItem(k)));
    expect(kept).toContain(raw);
    await startNewGame(page);
    expect((await hook(page)).year).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('shows a message on the Join screen for a damaged team save, keeps it aside, and lets a team start', async () => {
    const scenario = loadBundledScenarios().scenarios[0]!.scenario;
    const competition = newCompetition(scenario, { seed: 'class-9', firstYear: scenario.lastYear - 1, lastYear: scenario.lastYear, name: 'Period 5' });
    const code = encodeCompetition(competition);
    const raw = JSON.stringify({ format: 'flywheel-competition-save', code, team: 'Owls', decisions: [{ year: scenario.lastYear, actions: [] }], draft: [] });
    const { page, problems } = await openPage(browser);
    // Planted before the page's own scripts run, as if left by an earlier visit.
    await page.addInitScript(([key, value]) => { if (!localStorage.getItem('flywheel:planted')) { localStorage.setItem(key!, value!); localStorage.setItem('flywheel:planted', '1'); } },
      [competitionSaveKey(competitionId(competition)), raw]);
    await page.goto(`${inject('baseUrl')}#c=${code}`);
    // The save reads as sound, so the Join screen offers it; replaying it fails, and says so.
    await waitForScene(page, 'Join', "(s) => s.controls.some((c) => c.id === 'resume')");
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Join', "(s) => s.notice !== null && s.notice.includes('could not be replayed')");
    await shot(page, '45-join-damaged-team-save');
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('flywheel:rejected:')).map((k) => localStorage.getItem(k)));
    expect(kept).toContain(raw);
    await page.keyboard.type('Hawks');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Year', `(s) => s.year === ${scenario.lastYear - 1}`);
    expect(problems).toEqual([]);
  });
});
