import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { launch, openPage } from './browser';
import { hook } from './driver';
import { announced, heading, press, TIMEOUT } from './a11y';

// A whole game played through the accessibility tree only: headings, buttons and text found by role
// and name, activated with the keyboard as a screen reader user would. No canvas coordinates, no
// test hook (it is read once at the end, to cross-check the score the page said).

const scenario = loadBundledScenarios().scenarios[0]!.scenario;
/** Picks the first move that can be picked this year, if any: a toggle that is neither pressed nor disabled. */
async function pickFirstOpenMove(page: Page): Promise<string | null> {
  const moves = page.getByRole('region', { name: 'Moves this year' }).getByRole('button');
  const count = await moves.count();
  for (let i = 0; i < count; i++) {
    const move = moves.nth(i);
    if (await move.getAttribute('aria-disabled') === 'true' || await move.getAttribute('aria-pressed') === 'true') continue;
    const name = (await move.textContent()) ?? '';
    await press(move);
    await page.getByRole('region', { name: 'Moves this year' }).getByRole('button', { name, pressed: true }).waitFor({ state: 'attached', ...TIMEOUT });
    return name;
  }
  return null;
}

/** With ARIA_SNAPSHOTS set to a folder, the trees are kept there to read. */
function keep(name: string, tree: string): void {
  const dir = process.env.ARIA_SNAPSHOTS;
  if (dir) writeFileSync(`${dir}/aria-${name}.yml`, tree);
}

describe('the accessibility tree', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('plays a whole game, the Ending and the debrief, and reads the final score', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(inject('baseUrl'));
    await heading(page, 'Flywheel');
    await press(page.getByRole('button', { name: 'New game' }));
    await press(page.getByRole('button', { name: 'Start', exact: true }));
    let picked = 0;
    for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
      await heading(page, new RegExp(`^${year}: `));
      // Each year's news is said through the live region as the year opens.
      await announced(page, `${year}, Year `);
      if (await pickFirstOpenMove(page)) picked++;
      if (year === scenario.firstYear + 1) {
        const tree = await page.locator('main').ariaSnapshot();
        keep('year', tree);
        expect(tree).toContain(`heading "${year}: Year 2 of`);
        expect(tree).toMatch(/region "Moves this year":[\s\S]*button "[^"]+" \[pressed\][\s\S]*table "What /);
        expect(tree).toMatch(/group "Data centres":[\s\S]*button "Steady" \[pressed\]/);
      }
      await press(page.getByRole('button', { name: `End the year ${year}` }));
      await heading(page, `Annual report ${year}`);
      // The report's drivers are tables, and its headlines are said through the live region.
      expect(await page.getByRole('table').count()).toBeGreaterThan(1);
      await announced(page, `${year} is over. Annual report ${year}:`);
      // The save after each year is said too.
      await announced(page, year === scenario.lastYear ? 'The finished game is saved.' : `Saved. Next up: ${year + 1}.`);
      if (year === scenario.firstYear + 1) {
        const tree = await page.locator('main').ariaSnapshot();
        keep('report', tree);
        expect(tree).toMatch(/heading "Net sales: [^"]+" \[level=3\]'?\s+- table "What moved net sales"/);
      }
      await press(page.getByRole('button', { name: year === scenario.lastYear ? 'See how the run ended' : `On to ${year + 1}` }));
    }
    expect(picked).toBeGreaterThan(3);
    await heading(page, /how your run ended/);
    const scoreText = await page.getByText(/^Final score: \d+ of 1000\.$/).textContent(TIMEOUT);
    const score = Number(/(\d+) of 1000/.exec(scoreText ?? '')![1]);
    expect(await page.getByRole('heading', { name: 'Turning points' }).count()).toBe(1);
    // The debrief: its page button, then its table of the years where the run parted from history.
    await press(page.getByRole('group', { name: 'Pages on screen' }).getByRole('button', { name: 'Debrief' }));
    await page.getByRole('button', { name: 'Debrief', pressed: true }).waitFor({ state: 'attached', ...TIMEOUT });
    await page.getByText(/Showing the debrief page/).waitFor({ state: 'attached', ...TIMEOUT });
    const debrief = page.getByRole('region', { name: /^Debrief/ });
    expect(await debrief.getByRole('table', { name: 'Where you parted from history' }).getByRole('row').count()).toBeGreaterThan(1);
    // Cross-check, after the fact: the score the page said is the game's.
    expect(score).toBe(Math.round((await hook(page)).score!));
    expect(problems).toEqual([]);
  }, 120_000);
});
