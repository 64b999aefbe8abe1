import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { encodeCompetition, newCompetition } from '../../src/app/competition';
import { buildLeaderboard } from '../../src/app/leaderboard';
import { decodeResult } from '../../src/app/result';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { readSuspendData, SUSPEND_DATA_MAX } from '../../src/lms/suspendData';
import { launch, openPage } from './browser';
import { chooseYear, endYear, hook, waitFor, waitForScene } from './driver';
import { gameIn, lmsLog, openHost, returningLearner, setUpHost, type Cmi } from './lmsHost';
import { shot } from './shots';
import { serveUnder } from './staticServer';

const ROOT = join(__dirname, '..', '..');
const scenario = loadBundledScenarios().scenarios[0]!.scenario;
const FIRST = scenario.lastYear - 1;
const competition = newCompetition(scenario, { name: 'LMS class', firstYear: FIRST, lastYear: scenario.lastYear, events: 'history', ghost: true });
const code = encodeCompetition(competition);
const historyIn = (year: number) => scenario.history.find((h) => h.year === year)?.actions ?? [];

/** Takes the frame away, as an LMS does when the learner leaves the activity; returns what was kept. */
async function leave(host: Page): Promise<Cmi> {
  await host.evaluate(() => { (document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'; });
  await host.waitForFunction(() => (window as unknown as { lmsLog: { call: string }[] }).lmsLog.some((e) => e.call === 'finish'));
  const finish = (await lmsLog(host)).find((e) => e.call === 'finish')!;
  return finish.cmi!;
}

describe('the SCORM package in an LMS (scorm-again as the runtime)', () => {
  let browser: Browser;
  let folder: string;
  let server: Awaited<ReturnType<typeof serveUnder>>;
  let packaged: string[];
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'flywheel-lms-'));
    const zip = join(folder, 'class.zip');
    const built = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/buildScorm.ts', '--competition', code, '--out', zip], { cwd: ROOT, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    packaged = setUpHost(readFileSync(zip), folder);
    server = await serveUnder(folder, '/course/');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('reports the game to the LMS, keeps it in the suspend data and carries it on in a new session', async () => {
    // First session: a new learner joins the competition the package holds, under their own name.
    const first = await openPage(browser);
    const requested: string[] = [];
    first.page.on('request', (request) => { requested.push(request.url()); });
    const frame = await openHost(first.page, server.url, { core: { student_id: 'learner-1', student_name: 'Learner, Test' } });
    const game = gameIn(first.page, frame);
    await waitForScene(game, 'Join', "(s) => s.panel === 'joinTeam'");
    expect((await lmsLog(first.page)).filter((e) => e.call === 'set').map((e) => [e.element, e.value])).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    await shot(game, '70-lms-join');
    await first.page.locator('#sco').click({ position: { x: 640, y: 30 } });
    await first.page.keyboard.press('Enter');
    await waitForScene(game, 'Year', `(s) => s.year === ${FIRST}`);
    await shot(game, '71-lms-year');
    await chooseYear(game, historyIn(FIRST));
    await endYear(game, FIRST, false);
    const afterYear = await lmsLog(first.page);
    // Commits: at the start, when the team's game begins, and after the year.
    const commits = afterYear.filter((e) => e.call === 'commit').map((e) => e.cmi!);
    expect(commits).toHaveLength(3);
    const afterFirst = readSuspendData(commits[2]!.suspend_data);
    expect(afterFirst.ok && afterFirst.value.kind === 'competition' && afterFirst.value.result.decisions.map((d) => d.year)).toEqual([FIRST]);
    expect(commits[2]!.core.exit).toBe('suspend');
    expect(commits[2]!.core.lesson_status).toBe('incomplete');
    expect(commits[2]!.core.score.raw).toBe('');
    // Half-way through the next year: some moves picked, then the learner leaves.
    await chooseYear(game, historyIn(FIRST + 1));
    const before = await hook(game);
    expect(before.selection.length).toBeGreaterThan(0);
    const kept = await leave(first.page);
    expect(kept.suspend_data).toContain('~fwd1_');
    expect(kept.core.session_time ?? '').not.toBe('');
    expect(first.problems).toEqual([]);
    // Everything the game loaded came out of the package.
    const loaded = requested.filter((url) => url.startsWith(`${server.url}package/`)).map((url) => new URL(url).pathname.slice('/course/package/'.length));
    expect(loaded).toContain('index.html');
    expect(loaded.some((path) => /^assets\/index-.*\.js$/.test(path))).toBe(true);
    for (const path of loaded) expect(packaged, path).toContain(path);
    const elsewhere = requested.filter((url) => !url.startsWith(`${server.url}package/`) && !url.startsWith('data:') && url !== 'about:blank');
    expect(elsewhere.map((url) => new URL(url).pathname)).toEqual(['/course/host.html', '/course/scorm12.min.js']);

    // Second session, in a fresh browser profile: only the LMS remembers the game.
    const second = await openPage(browser);
    const again = gameIn(second.page, await openHost(second.page, server.url, returningLearner(kept)));
    await waitForScene(again, 'Year', `(s) => s.year === ${FIRST + 1}`);
    const resumed = await hook(again);
    expect(resumed.hash).toBe(before.hash);
    expect(resumed.selection).toEqual(before.selection);
    await second.page.locator('#sco').click({ position: { x: 640, y: 30 } });
    await endYear(again, FIRST + 1, true);
    await waitForScene(again, 'Ending');
    const final = await hook(again);
    const ended = (await lmsLog(second.page)).filter((e) => e.call === 'commit').at(-1)!.cmi!;
    expect(ended.core.lesson_status).toBe('completed');
    expect(ended.core.score.min).toBe('0');
    expect(ended.core.score.max).toBe('100');
    expect(ended.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
    // The suspend data is the team's result code, and the leaderboard verifies it.
    const result = decodeResult(ended.suspend_data);
    expect(result.ok && result.value.team).toBe('Test Learner');
    const board = buildLeaderboard(scenario, competition, [{ source: 'lms', text: ended.suspend_data }]);
    expect(board.rejected).toEqual([]);
    expect(board.rows).toHaveLength(1);
    expect(Number(ended.core.score.raw)).toBe(Math.round(board.rows[0]!.score.total) / 10);
    await shot(again, '72-lms-ending');
    const finished = await leave(second.page);
    expect(second.problems).toEqual([]);

    // Third session: the finished game opens on its ending, with the same state.
    const third = await openPage(browser);
    const last = gameIn(third.page, await openHost(third.page, server.url, returningLearner(finished)));
    await waitForScene(last, 'Ending');
    expect((await hook(last)).hash).toBe(final.hash);
    await waitFor(last, '(s) => s.finished');
    expect(third.problems).toEqual([]);

    // Edited suspend data: the learner is told, and joins afresh; nothing crashes.
    const edited = `${finished.suspend_data.slice(0, 40)}${finished.suspend_data[40] === 'A' ? 'B' : 'A'}${finished.suspend_data.slice(41)}`;
    const fourth = await openPage(browser);
    const damaged = gameIn(fourth.page, await openHost(fourth.page, server.url, returningLearner({ ...finished, suspend_data: edited })));
    await waitForScene(damaged, 'Join', "(s) => s.panel === 'joinTeam' && /could not be continued/.test(s.notice ?? '')");
    await shot(damaged, '73-lms-damaged');
    expect(fourth.problems).toEqual([]);
  });
});
