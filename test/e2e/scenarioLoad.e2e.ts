import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { hook, startNewGame, waitFor, waitForScene } from './driver';
import { shot } from './shots';

const historical = JSON.parse(readFileSync(join(__dirname, '..', '..', 'scenarios', 'historical.json'), 'utf8')) as Record<string, unknown>;

describe('scenarios from a link or a file', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('refuses a bad one with its messages, loads a good one, and the title keeps working', async () => {
    const { page, problems } = await openPage(browser);
    const bad = encodeURIComponent(JSON.stringify({ ...historical, firstYear: 'soon', events: 3 }));
    await page.goto(`${inject('baseUrl')}#s=${bad}`);
    await waitForScene(page, 'Title', "(s) => s.notice !== null");
    expect((await hook(page)).notice).toMatch(/^The scenario in the link was refused: .*firstYear/);
    await shot(page, '46-title-bad-scenario');

    await page.keyboard.press('n');
    await waitFor(page, "(s) => s.panel === 'newGame'");
    await page.locator('#flywheel-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"id": ') });
    await page.keyboard.press('Escape');
    await waitFor(page, "(s) => s.panel === '' && s.notice !== null && s.notice.includes('broken.json')");
    expect((await hook(page)).notice).toContain('not valid JSON');

    const own = { ...historical, id: 'my-class', name: 'My class run' };
    await page.locator('#flywheel-file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(own)) });
    await waitFor(page, "(s) => s.notice !== null && s.notice.includes('My class run')");
    await page.keyboard.press('n');
    await waitFor(page, "(s) => s.panel === 'newGame'");
    await shot(page, '47-new-game-loaded');
    await page.keyboard.press('Escape');
    await startNewGame(page);
    expect((await hook(page)).year).toBe(historical.firstYear);
    expect(problems).toEqual([]);
  });

  it('refuses a damaged competition code typed on the Join screen', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(inject('baseUrl'));
    await waitForScene(page, 'Title');
    await page.keyboard.press('j');
    await waitForScene(page, 'Join', "(s) => s.panel === 'joinCode'");
    await page.keyboard.type('fwc1_Not-a-code');
    await page.keyboard.press('Enter');
    await waitFor(page, "(s) => s.panel === 'joinCode:refused'");
    await shot(page, '45-join-bad-code');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Title');
    expect(problems).toEqual([]);
  });
});
