import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { presetYears } from '../../src/app/classPresets';
import { decodeCompetition } from '../../src/app/competition';
import { decodeResult, scoreTeam } from '../../src/app/result';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { launch, openPage } from './browser';
import { announced, heading, press, TIMEOUT } from './a11y';

// A class competition through the accessibility tree only: the instructor creates it and copies its
// code; a team joins from the link, names itself, plays its years, and copies its result code.

const scenario = loadBundledScenarios().scenarios[0]!.scenario;

async function clipboard(page: Page, prefix: string): Promise<string> {
  await page.waitForFunction((p) => navigator.clipboard.readText().then((t) => t.startsWith(p)), prefix, TIMEOUT);
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('a class competition through the accessibility tree', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('is created, joined, played and its result code copied', async () => {
    const base = inject('baseUrl');
    const teacher = await openPage(browser);
    const t = teacher.page;
    await t.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await t.goto(base);
    await heading(t, 'Flywheel');
    await press(t.getByRole('button', { name: 'Classroom', exact: true }));
    await heading(t, 'Classroom');
    // Two turns: the default (the 50-minute preset) with its first year moved on to the year
    // before its last, with the field's own "next" button.
    const preset = presetYears(scenario, 'class50');
    const first = preset.lastYear - 2;
    const last = preset.lastYear;
    await t.getByRole('button', { name: `First year played: ${preset.firstYear}` }).waitFor({ state: 'attached', ...TIMEOUT });
    for (let year = preset.firstYear; year <= first; year++) {
      await press(t.getByRole('button', { name: 'First year played: next choice' }));
      await t.getByRole('button', { name: `First year played: ${year + 1}` }).waitFor({ state: 'attached', ...TIMEOUT });
    }
    await press(t.getByRole('button', { name: 'Create competition' }));
    await press(t.getByRole('button', { name: 'Copy code', exact: true }));
    const code = await clipboard(t, 'fwc2_');
    const competition = decodeCompetition(code);
    expect(competition.ok && competition.value.firstYear).toBe(first + 1);

    const student = await openPage(browser);
    const s = student.page;
    await s.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await s.goto(`${base}#c=${code}`);
    await heading(s, 'Join a class');
    // The team's name is typed into a real text box, spaces and all.
    const field = s.getByRole('textbox', { name: 'Team name' });
    await field.focus();
    await s.keyboard.type('Night Owls');
    await s.waitForFunction(() => (document.querySelector('input[data-control="field"]') as HTMLInputElement | null)?.value === 'Night Owls', null, TIMEOUT);
    await press(s.getByRole('button', { name: 'Start playing' }));
    for (let year = first + 1; year <= last; year++) {
      await heading(s, new RegExp(`^${year}: `));
      await press(s.getByRole('button', { name: `End the year ${year}` }));
      await heading(s, `Annual report ${year}`);
      await press(s.getByRole('button', { name: year === last ? 'See how the run ended' : `On to ${year + 1}` }));
    }
    await heading(s, /how your team.s years ended/);
    const result = s.getByRole('region', { name: 'Result for team Night Owls' });
    const scoreLine = await result.getByText(/^Score over the competition.s years: [\d.]+ of 1000\.$/).textContent(TIMEOUT);
    const shownCode = (await result.getByText(/^fwr2_/).textContent(TIMEOUT))!;
    await press(s.getByRole('button', { name: 'Result', exact: true }));
    await press(s.getByRole('button', { name: 'Copy code', exact: true }));
    await announced(s, 'The result code is on the clipboard.');
    expect(await clipboard(s, 'fwr2_')).toBe(shownCode);

    // Cross-check with the engine: the copied code replays to the score the page said.
    const decoded = decodeResult(shownCode);
    if (!decoded.ok || !competition.ok) throw new Error('the codes do not read back');
    expect(decoded.value.team).toBe('Night Owls');
    const run = scoreTeam(scenario, competition.value, decoded.value.decisions);
    if (typeof run === 'string') throw new Error(run);
    expect(scoreLine).toBe(`Score over the competition\u2019s years: ${run.score.total.toFixed(1)} of 1000.`);
    expect([...teacher.problems, ...student.problems]).toEqual([]);
  }, 90_000);
});
