import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { encodeCompetition, newCompetition } from '../../src/app/competition';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { launch, openPage } from './browser';
import { chooseYear, clickControl, endYear, hook, waitFor, waitForScene } from './driver';
import { shot } from './shots';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;
// The Classroom's default is the 50-minute preset (2002-2008); the test moves the years by mouse
// both ways, to 2005-2008: four turns.
const FIRST = 2005;
const LAST = 2008;
const expected = encodeCompetition(newCompetition(scenario, { name: `${scenario.name} class`, firstYear: FIRST, lastYear: LAST, events: 'history', ghost: true }));

async function playTeam(page: Page, link: string, team: string, moves: 'history' | 'none' | 'bold', shots: boolean, reloadAfterFirst = false): Promise<{ code: string; file: string }> {
  await page.goto(link);
  await waitForScene(page, 'Join', "(s) => s.panel === 'joinTeam'");
  await page.keyboard.type(team);
  if (shots) await shot(page, '42-join-team');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Year', `(s) => s.year === ${FIRST}`);
  for (let year = FIRST; year <= LAST; year++) {
    if (moves === 'history') await chooseYear(page, scenario.history.find((h) => h.year === year)?.actions ?? []);
    // Last year's price cuts are kept by default: a team that makes no calls clears them.
    else await chooseYear(page, moves === 'bold' && year === FIRST ? [{ kind: 'capex', level: 'aggressive' }] : []);
    await endYear(page, year, year === LAST);
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

  it('is set up by mouse, played by three teams (two under one name), ranked, kept over a reload, cleared and restored', async () => {
    const base = inject('baseUrl');
    const teacher = await openPage(browser);
    const page = teacher.page;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(base);
    await waitForScene(page, 'Title');
    await clickControl(page, 'classroom');
    await waitForScene(page, 'Classroom', "(s) => s.panel === 'create'");
    await shot(page, '40-classroom-empty');
    // The years by mouse only, both ways: the left half of a field steps back, the right half on.
    await clickControl(page, 'lastYear', 0.2);
    await clickControl(page, 'lastYear', 0.8);
    await clickControl(page, 'lastYear', 0.2);
    await clickControl(page, 'lastYear', 0.8);
    for (let i = 0; i < 4; i++) await clickControl(page, 'firstYear', 0.8);
    await clickControl(page, 'firstYear', 0.2);
    await clickControl(page, 'create');
    await waitFor(page, "(s) => s.controls.some((c) => c.id === 'copyLink')");
    await shot(page, '41-classroom-created');
    await clickControl(page, 'copyCode');
    await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.startsWith('fwc2_')));
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toBe(expected);

    const link = `${base}#c=${code}`;
    const owls = await openPage(browser);
    const larks = await openPage(browser);
    const twins = await openPage(browser);
    const owlsResult = await playTeam(owls.page, link, 'Night Owls', 'history', true);
    const larksResult = await playTeam(larks.page, link, 'Larks', 'none', false, true);
    // Another team that chose the very same name, with calls of its own.
    const twinsResult = await playTeam(twins.page, link, 'Night Owls', 'bold', false);

    await clickControl(page, 'board');
    await waitFor(page, "(s) => s.panel === 'board:0'");
    await clickControl(page, 'paste');
    await page.waitForFunction(() => document.activeElement?.id === 'flywheel-paste');
    await page.keyboard.insertText(`${owlsResult.code}\nfwr1_not-a-real-code\n${larksResult.code}\n`);
    await waitFor(page, "(s) => s.panel === 'board:2'");
    await page.keyboard.press('Escape');
    // The third result is dropped on the page as a file.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'night-owls.json', { type: 'application/json' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, twinsResult.file);
    await waitFor(page, "(s) => s.panel === 'board:3'");
    await waitFor(page, "(s) => s.scene === 'Classroom'");
    await shot(page, '44-leaderboard');

    // A reload keeps the class and its board.
    await page.reload();
    await waitForScene(page, 'Title');
    await clickControl(page, 'classroom');
    await waitForScene(page, 'Classroom', "(s) => s.panel === 'board:3'");
    // The page a screen reader reads holds the whole ranking as a table, both Night Owls marked.
    await expect.poll(() => page.getByRole('table', { name: 'The ranking' }).getByRole('row').count()).toBe(4);
    expect(await page.getByRole('table', { name: 'The ranking' }).getByRole('row', { name: /another result has this name/ }).count()).toBe(2);

    const [csv] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'csv')]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^"rank","team","same name as another result","score \(of 1000\)"/);
    expect(lines).toHaveLength(4);
    const owlsRows = lines.slice(1).filter((l) => l.includes('"Night Owls"'));
    expect(owlsRows).toHaveLength(2);
    for (const row of owlsRows) expect(row).toMatch(/^\d+,"Night Owls",yes,/);

    // The gradebook files beside it: Moodle's and Canvas's, one row per result here (no ids in the names).
    const [moodle] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('m')]);
    const moodleLines = readFileSync((await moodle.path())!, 'utf8').split('\r\n');
    expect(moodleLines[0]).toBe(`"ID number","Team","Flywheel: ${scenario.name} class","Feedback"`);
    expect(moodleLines.filter((l) => l !== '')).toHaveLength(4);
    const [canvas] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'canvas')]);
    const canvasLines = readFileSync((await canvas.path())!, 'utf8').split('\r\n');
    expect(canvasLines[0]).toBe(`"Student","ID","SIS User ID","SIS Login ID","Section","Flywheel: ${scenario.name} class"`);
    expect(canvasLines.slice(2).filter((l) => l !== '').map((l) => l.split(',')[0]).sort()).toEqual(['"Larks"', '"Night Owls"', '"Night Owls"']);

    // Clear asks first, then clears; Undo brings every result back.
    await clickControl(page, 'clear');
    await waitFor(page, "(s) => s.notice === null && s.panel === 'board:3'");
    await clickControl(page, 'clear');
    await waitFor(page, "(s) => s.panel === 'board:0'");
    await clickControl(page, 'undo');
    await waitFor(page, "(s) => s.panel === 'board:3'");

    // A team watching its own run gets no share link: results go to the instructor as codes.
    await larks.page.keyboard.press('Escape');
    await waitFor(larks.page, "(s) => s.panel !== 'result'");
    await shot(larks.page, '46-ending-class-game');
    await larks.page.keyboard.press('w');
    await waitForScene(larks.page, 'Watch', "(s) => s.watch && s.watch.kind === 'own'");
    expect((await hook(larks.page)).controls.some((c) => c.id === 'copy')).toBe(false);
    await shot(larks.page, '46-watch-class-game');

    // A team that closes its tab and opens the home page is led back to its class game.
    await twins.page.goto(base);
    await waitForScene(twins.page, 'Title', "(s) => s.controls.some((c) => c.id === 'classGame')");
    await clickControl(twins.page, 'classGame');
    await waitForScene(twins.page, 'Ending');

    for (const watched of [teacher, owls, larks, twins]) expect(watched.problems).toEqual([]);
    expect((await hook(owls.page)).finished).toBe(true);
  });

  it('hides history everywhere in a competition that hides it', async () => {
    const base = inject('baseUrl');
    const hidden = encodeCompetition(newCompetition(scenario, { name: 'Blind class', firstYear: 2019, lastYear: 2020, events: 'history', ghost: false }));
    const team = await openPage(browser);
    const page = team.page;
    // A practice game shows history: the check below can tell.
    await page.goto(base);
    await waitForScene(page, 'Title');
    await page.keyboard.press('w');
    await waitForScene(page, 'Watch', '(s) => s.historyShown');
    await page.goto(`${base}#c=${hidden}`);
    await waitForScene(page, 'Join', "(s) => s.panel === 'joinTeam'");
    await page.keyboard.type('Moles');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Year', '(s) => s.year === 2019');
    const none = async (where: string) => {
      const state = await hook(page);
      expect(state.historyShown, where).toBe(false);
      expect(state.controls.some((c) => c.id === 'hint'), where).toBe(false);
    };
    await none('Year');
    await page.keyboard.press('h');
    expect((await hook(page)).panel).not.toBe('hint');
    await page.keyboard.press('Escape');
    await waitFor(page, "(s) => s.overlay === 'Menu'");
    expect((await hook(page)).controls.some((c) => c.id === 'history')).toBe(false);
    await page.keyboard.press('t');
    await waitForScene(page, 'Title');
    await page.keyboard.press('w');
    await waitFor(page, '(s) => s.notice !== null && s.scene === \'Title\'');
    expect((await hook(page)).notice).toMatch(/History stays hidden/);
    await clickControl(page, 'classGame');
    await waitForScene(page, 'Year', '(s) => s.year === 2019');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Report');
    await none('Report');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Year', '(s) => s.year === 2020');
    await endYear(page, 2020, true);
    await none('Ending');
    expect((await hook(page)).controls.some((c) => c.id === 'page:debrief')).toBe(false);
    await page.keyboard.press('w');
    await waitForScene(page, 'Watch', "(s) => s.watch && s.watch.kind === 'own'");
    await none('Watch');
    expect(team.problems).toEqual([]);
  });
});
