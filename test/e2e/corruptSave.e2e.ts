import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
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
});
