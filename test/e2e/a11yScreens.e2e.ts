import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { encodeCompetition, newCompetition } from '../../src/app/competition';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { launch, openPage } from './browser';
import { heading, press, seriousProblems, TIMEOUT, type AxeProblem } from './a11y';

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
    const check = async (screen: string) => { found[screen] = await seriousProblems(page, screen, log); };
    const button = (name: string | RegExp, exact = true) => page.getByRole('button', { name, exact });

    await page.goto(inject('baseUrl'));
    await heading(page, 'Flywheel');
    await check('title');
    await press(button('New game'));
    await button('Start').waitFor({ state: 'attached', ...TIMEOUT });
    await check('new game');
    await press(button('Start'));
    await heading(page, new RegExp(`^${scenario.firstYear}: `));
    await check('year');
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
    await heading(page, 'Watch a run');
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
    const code = encodeCompetition(newCompetition(scenario, { name: 'Axe class', firstYear: scenario.lastYear - 1, lastYear: scenario.lastYear, events: 'history', ghost: true }));
    // A class link opens in a tab of its own, as a student's would.
    const student = await openPage(browser);
    await student.page.goto(`${inject('baseUrl')}#c=${code}`);
    await heading(student.page, 'Join a class');
    found.join = await seriousProblems(student.page, 'join', log);
    expect(student.problems).toEqual([]);

    console.log(log.length ? `axe, minor and moderate findings:\n${log.join('\n')}` : 'axe: no findings at all');
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    expect(problems).toEqual([]);
  }, 180_000);
});

