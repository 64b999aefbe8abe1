import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { encodeCompetition, newCompetition } from '../../src/app/competition';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { launch, openPage } from './browser';
import { chooseYear, clickControl, endYear, hook, waitFor, waitForScene } from './driver';
import { shot } from './shots';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;
const FIRST = scenario.lastYear - 1;
// What the Classroom makes from its defaults with the first year moved one on: two turns.
const expected = encodeCompetition(newCompetition(scenario, { name: `${scenario.name} class`, firstYear: FIRST, lastYear: scenario.lastYear, events: 'history', ghost: true }));

async function playTeam(page: Page, link: string, team: string, moves: 'history' | 'none', shots: boolean, reloadAfterFirst = false): Promise<{ code: string; file: string }> {
  await page.goto(link);
  await waitForScene(page, 'Join', "(s) => s.panel === 'joinTeam'");
  await page.keyboard.type(team);
  if (shots) await shot(page, '42-join-team');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Year', `(s) => s.year === ${FIRST}`);
  for (let year = FIRST; year <= scenario.lastYear; year++) {
    if (moves === 'history') await chooseYear(page, scenario.history.find((h) => h.year === year)?.actions ?? []);
    await endYear(page, year, year === scenario.lastYear);
    if (reloadAfterFirst && year === FIRST) {
      // A closed tab or a reload mid-class: the link offers to carry the saved team game on.
      await page.reload();
      await waitForScene(page, 'Join', "(s) => s.panel === 'joinTeam' && s.controls.some((c) => c.id === 'resume')");
      await shot(page, '42-join-resume');
      await page.keyboard.press('Enter');
      await waitForScene(page, 'Year', `(s) => s.year === ${FIRST + 1}`);
    }
  }
  await page.keyboard.press('r');
  await waitFor(page, "(s) => s.panel === 'result'");
  if (shots) await shot(page, '43-class-result');
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('f')]);
  const text = readFileSync((await file.path())!, 'utf8');
  const data = JSON.parse(text) as { team: string; code: string; claimedScore: number };
  expect(data.team).toBe(team);
  return { code: data.code, file: text };
}

describe('a class competition', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('is created, played by two teams and ranked on the instructor\u2019s page', async () => {
    const base = inject('baseUrl');
    const teacher = await openPage(browser);
    const page = teacher.page;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(base);
    await waitForScene(page, 'Title');
    await page.keyboard.press('k');
    await waitForScene(page, 'Classroom', "(s) => s.panel === 'create'");
    await shot(page, '40-classroom-empty');
    await clickControl(page, 'firstYear');
    await page.keyboard.press('Enter');
    await waitFor(page, "(s) => s.controls.some((c) => c.id === 'copyLink')");
    await shot(page, '41-classroom-created');
    await page.keyboard.press('k');
    await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.startsWith('fwc2_')));
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toBe(expected);

    const link = `${base}#c=${code}`;
    const owls = await openPage(browser);
    const larks = await openPage(browser);
    const owlsResult = await playTeam(owls.page, link, 'Night Owls', 'history', true);
    const larksResult = await playTeam(larks.page, link, 'Larks', 'none', false, true);

    await page.keyboard.press('l');
    await waitFor(page, "(s) => s.panel === 'board:0'");
    await page.keyboard.press('p');
    await page.waitForFunction(() => document.activeElement?.id === 'flywheel-paste');
    await page.keyboard.insertText(`${owlsResult.code}\nfwr1_not-a-real-code\n`);
    await waitFor(page, "(s) => s.panel === 'board:1'");
    await page.keyboard.press('Escape');
    // The other team's result arrives as a file, as if picked or dropped.
    await page.locator('#flywheel-file').setInputFiles({ name: 'larks.json', mimeType: 'application/json', buffer: Buffer.from(larksResult.file) });
    await waitFor(page, "(s) => s.panel === 'board:2'");
    await waitFor(page, "(s) => s.scene === 'Classroom'");
    await shot(page, '44-leaderboard');

    const [csv] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'csv')]);
    const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^rank,team,score/);
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).map((l) => l.split(',')[1]).sort()).toEqual(['"Larks"', '"Night Owls"']);
    expect(lines[1]).toMatch(/^1,/);
    // The gradebook files beside it: Moodle's and Canvas's, one row per team here (no ids in the names).
    const [moodle] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('m')]);
    const moodleLines = readFileSync((await moodle.path())!, 'utf8').split('\r\n');
    expect(moodleLines[0]).toBe(`"ID number","Team","Flywheel: ${scenario.name} class","Feedback"`);
    expect(moodleLines.filter((l) => l !== '')).toHaveLength(3);
    const [canvas] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'canvas')]);
    const canvasLines = readFileSync((await canvas.path())!, 'utf8').split('\r\n');
    expect(canvasLines[0]).toBe(`"Student","ID","SIS User ID","SIS Login ID","Section","Flywheel: ${scenario.name} class"`);
    expect(canvasLines.slice(2).filter((l) => l !== '').map((l) => l.split(',')[0]).sort()).toEqual(['"Larks"', '"Night Owls"']);

    // A team watching its own run gets no share link: results go to the instructor as codes.
    await larks.page.keyboard.press('Escape');
    await waitFor(larks.page, "(s) => s.panel !== 'result'");
    await shot(larks.page, '46-ending-class-game');
    await larks.page.keyboard.press('w');
    await waitForScene(larks.page, 'Watch', "(s) => s.watch && s.watch.kind === 'own'");
    expect((await hook(larks.page)).controls.some((c) => c.id === 'copy')).toBe(false);
    await shot(larks.page, '46-watch-class-game');

    expect(teacher.problems).toEqual([]);
    expect(owls.problems).toEqual([]);
    expect(larks.problems).toEqual([]);
    expect((await hook(owls.page)).finished).toBe(true);
  });
});
