import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { encodeCompetition, newCompetition } from '../../src/app/competition';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { launch, openPage } from './browser';
import { alerted, heading, press, seriousProblems, TIMEOUT, type AxeProblem } from './a11y';
import { hook } from './driver';

// axe-core on every screen, reached through the accessibility tree: no violation of serious or
// critical impact anywhere. Lesser findings are printed for the record.

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

describe('axe-core on every screen', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('finds nothing serious or critical on any screen', async () => {
    const { page, problems } = await openPage(browser);
    const log: string[] = [];
    const found: Record<string, AxeProblem[]> = {};
    const small: string[] = [];
    const check = async (screen: string) => {
      found[screen] = await seriousProblems(page, screen, log);
      small.push(...await smallTargets(page, screen));
    };
    const button = (name: string | RegExp, exact = true) => page.getByRole('button', { name, exact });

    await page.goto(inject('baseUrl'));
    await heading(page, 'Flywheel');
    // The page's language is set, and zooming is allowed.
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const viewport = await page.getAttribute('meta[name=viewport]', 'content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale/);
    await check('title');
    await press(button('New game'));
    await button('Start').waitFor({ state: 'attached', ...TIMEOUT });
    await check('new game');
    await press(button('Start'));
    await heading(page, new RegExp(`^${scenario.firstYear}: `));
    await check('year');
    // Focus in step: the DOM's focus moves the canvas's ring, and a canvas key moves the DOM's focus.
    await page.getByRole('button', { name: `End the year ${scenario.firstYear}` }).focus();
    await page.waitForFunction(() => window.__FLYWHEEL__?.getState().focus === 'end', null, TIMEOUT);
    await page.keyboard.press('d');
    await page.waitForFunction(() => window.__FLYWHEEL__?.getState().focus === 'capex'
      && (document.activeElement as HTMLElement | null)?.dataset.control === 'capex', null, TIMEOUT);
    await press(button('What happened?'));
    await page.getByRole('region', { name: 'What happened' }).waitFor({ state: 'attached', ...TIMEOUT });
    await check('year with the hint');
    await press(button('What happened?'));
    await press(button('Menu'));
    await page.getByRole('dialog').getByRole('button', { name: /Resume/ }).waitFor({ state: 'attached', ...TIMEOUT });
    await check('menu');
    await press(page.getByRole('dialog').getByRole('button', { name: /Resume/ }));
    await press(button('How to play'));
    await heading(page, 'How to play');
    await check('how to play');
    await press(button('Back'));
    for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
      await press(button(`End the year ${year}`));
      await heading(page, `Annual report ${year}`);
      if (year === scenario.firstYear) await check('report');
      await press(button(year === scenario.lastYear ? 'See how the run ended' : `On to ${year + 1}`));
    }
    await heading(page, /how your run ended/);
    await check('ending');
    await press(button('Debrief'));
    await page.getByText(/Showing the debrief page/).waitFor({ state: 'attached', ...TIMEOUT });
    await check('debrief');
    await press(button('Luck or skill'));
    await page.getByRole('heading', { name: /^Luck or skill: the same calls/ }).waitFor({ state: 'attached', timeout: 60_000 });
    await check('luck or skill');
    await press(button('Watch and share'));
    await heading(page, 'Watch your run');
    await check('watch');
    await press(button('Close'));
    await press(button('Title screen'));
    await heading(page, 'Flywheel');
    await press(button('The model'));
    await heading(page, 'The model');
    await check('model');
    await press(button('Back'));
    await press(button('Classroom'));
    await heading(page, 'Classroom');
    await check('classroom');
    await press(button('Create competition'));
    await button('Copy code').waitFor({ state: 'attached', ...TIMEOUT });
    await check('classroom, a competition created');
    await press(button('Leaderboard'));
    await button('Paste codes').waitFor({ state: 'attached', ...TIMEOUT });
    await check('leaderboard');
    // A refusal is said as an alert: a damaged competition code typed on the Join screen.
    await press(button('Title'));
    await press(button('Join a class'));
    await heading(page, 'Join a class');
    await page.getByRole('textbox', { name: 'Competition code' }).focus();
    await page.keyboard.type('fwc2_damaged');
    await press(button('Open competition'));
    expect(await alerted(page, /competition code/i)).toMatch(/competition code/i);
    await check('join, a code refused');
    const code = encodeCompetition(newCompetition(scenario, { name: 'Axe class', firstYear: scenario.lastYear - 1, lastYear: scenario.lastYear, events: 'history', ghost: true }));
    // A class link opens in a tab of its own, as a student's would.
    const student = await openPage(browser);
    await student.page.goto(`${inject('baseUrl')}#c=${code}`);
    await heading(student.page, 'Join a class');
    found.join = await seriousProblems(student.page, 'join', log);
    expect(student.problems).toEqual([]);

    console.log(log.length ? `axe, minor and moderate findings:\n${log.join('\n')}` : 'axe: no findings at all');
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    expect(small).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);
});


/** Canvas controls smaller than 24 by 24 CSS pixels at this window size (read from the test hook). */
async function smallTargets(page: Page, screen: string): Promise<string[]> {
  const box = await page.locator('canvas').boundingBox();
  if (!box) return [`${screen}: no canvas`];
  const scale = box.width / 1280;
  return (await hook(page)).controls
    .filter((c) => c.width * scale < 24 || c.height * scale < 24)
    .map((c) => `${screen}: ${c.id} is ${Math.round(c.width * scale)}x${Math.round(c.height * scale)}`);
}

describe('reduced motion', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  /** Whether the report is still animating at the moment its page appears. */
  async function reportStillMoving(motion: 'reduce' | 'no-preference'): Promise<boolean> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: motion });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await heading(page, 'Flywheel');
    await press(page.getByRole('button', { name: 'New game', exact: true }));
    await press(page.getByRole('button', { name: 'Start', exact: true }));
    await press(page.getByRole('button', { name: `End the year ${scenario.firstYear}` }));
    await heading(page, `Annual report ${scenario.firstYear}`);
    const moving = !(await hook(page)).settled;
    await context.close();
    return moving;
  }

  it('skips the fades and the growing charts and bars when the player asks for less motion', async () => {
    expect(await reportStillMoving('no-preference')).toBe(true);
    expect(await reportStillMoving('reduce')).toBe(false);
  }, 60_000);
});
