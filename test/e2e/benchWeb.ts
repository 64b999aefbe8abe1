import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { playDecisions, toReplay } from '../../src/app/replay';
import { AUTOSAVE_KEY, writeAutosave } from '../../src/app/saves';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { memoryStorage } from '../../src/app/storage';
import { historyPath } from '../../src/store/replays';

// The web benchmark: the production build in headless Chromium. It measures the gzipped JavaScript
// loaded before the title takes input, the time until it does, the frame time on the Year screen,
// and how much the heap grows over ten new games. Each is the median of several runs.

const RUNS = 5;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TARGETS = { jsKb: 420, titleMs: 1000, frameP95Ms: 17, heapGrowthMb: 5, luckMs: 100, luckFrameMaxMs: 20 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function waitScene(page: Page, scene: string): Promise<void> {
  await page.waitForFunction((name) => {
    const s = (window as unknown as { __FLYWHEEL__?: { getState(): { scene: string; overlay: string } } }).__FLYWHEEL__?.getState();
    return s?.scene === name && s.overlay === '';
  }, scene, { timeout: 20_000, polling: 'raf' });
}

/** Time spent inside each animation-frame callback, and the gaps between frames. */
const FRAME_PROBE = `
  (() => {
    const raf = window.requestAnimationFrame.bind(window);
    const probe = { work: [], gaps: [], last: 0, on: false };
    window.__frameProbe = probe;
    window.requestAnimationFrame = (callback) => raf((time) => {
      const start = performance.now();
      callback(time);
      if (probe.on) {
        probe.work.push(performance.now() - start);
        if (probe.last) probe.gaps.push(time - probe.last);
      }
      probe.last = time;
    });
  })();
`;

interface Run {
  jsKb: number;
  titleMs: number;
  frameP95Ms: number;
  workP95Ms: number;
  heapGrowthMb: number;
}

async function oneRun(browser: Browser, url: string, withHeap: boolean): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(FRAME_PROBE);
  const page = await context.newPage();
  const scripts: Buffer[] = [];
  let titleReady = false;
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script' || titleReady) return;
    try { scripts.push(await response.body()); } catch { /* a body that is gone was not needed */ }
  });
  await page.goto(url);
  await waitScene(page, 'Title');
  titleReady = true;
  const titleMs = await page.evaluate(() => performance.getEntriesByName('flywheel:title-ready')[0]?.startTime ?? NaN);
  const jsKb = scripts.reduce((sum, body) => sum + gzipSync(body).length, 0) / 1024;

  await page.keyboard.press('n');
  await page.keyboard.press('Enter');
  await waitScene(page, 'Year');
  await page.waitForFunction(() => (window as unknown as { __FLYWHEEL__: { getState(): { settled: boolean } } }).__FLYWHEEL__.getState().settled);
  await page.evaluate(() => { (window as unknown as { __frameProbe: { on: boolean } }).__frameProbe.on = true; });
  // Three seconds of play: the focus moves across the cards, the detail panel follows.
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForTimeout(200);
  }
  const probe = await page.evaluate(() => {
    const p = (window as unknown as { __frameProbe: { on: boolean; work: number[]; gaps: number[] } }).__frameProbe;
    p.on = false;
    return { work: p.work, gaps: p.gaps };
  });

  let heapGrowthMb = NaN;
  if (withHeap) {
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const playAndLeave = async () => {
      for (let year = 0; year < 2; year++) {
        await page.keyboard.press('Enter');
        await waitScene(page, 'Report');
        await page.keyboard.press('Enter');
        await waitScene(page, 'Year');
      }
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => (window as unknown as { __FLYWHEEL__: { getState(): { overlay: string } } }).__FLYWHEEL__.getState().overlay === 'Menu');
      await page.keyboard.press('t');
      await waitScene(page, 'Title');
    };
    const newGame = async () => {
      await page.keyboard.press('n');
      await page.keyboard.press('Enter');
      await waitScene(page, 'Year');
    };
    await playAndLeave();
    const before = await heap();
    for (let game = 0; game < 10; game++) {
      await newGame();
      await playAndLeave();
    }
    heapGrowthMb = ((await heap()) - before) / (1024 * 1024);
  }
  await context.close();
  return { jsKb, titleMs, frameP95Ms: percentile(probe.gaps, 95), workP95Ms: percentile(probe.work, 95), heapGrowthMb };
}

interface LuckBench {
  /** the worker's compute time for the player's 500 worlds, and for history's (begun when the scorecard shows) */
  yoursMs: number;
  historyMs: number;
  /** from the request to the result, and how many of the 1000 worlds were already played then */
  waitMs: number;
  aheadWorlds: number;
  /** the page's longest frame gap and its 95th percentile while the worker ran */
  frameMaxMs: number;
  frameP95Ms: number;
}

/** A finished game as the autosave, so a run can go straight to the ending. */
function finishedSave(): string {
  const scenario = loadBundledScenarios().scenarios[0]!.scenario;
  const played = playDecisions(scenario, scenario.defaultSeed, historyPath(scenario));
  if (!played.ok) throw new Error(played.error);
  const storage = memoryStorage();
  writeAutosave(storage, toReplay(played.game));
  return storage.getItem(AUTOSAVE_KEY)!;
}

/** Luck or skill: the 500-world run in the worker, and the page's frames while it runs. */
async function luckRun(browser: Browser, url: string, save: string): Promise<LuckBench> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(FRAME_PROBE);
  await context.addInitScript(({ key, value }) => { window.localStorage.setItem(key, value); }, { key: AUTOSAVE_KEY, value: save });
  const page = await context.newPage();
  await page.goto(url);
  await waitScene(page, 'Title');
  await page.keyboard.press('c');
  await waitScene(page, 'Ending');
  await page.waitForFunction(() => (window as unknown as { __FLYWHEEL__: { getState(): { settled: boolean } } }).__FLYWHEEL__.getState().settled);
  await page.evaluate(() => { (window as unknown as { __frameProbe: { on: boolean; last: number } }).__frameProbe.on = true; });
  await page.keyboard.press('l');
  await page.waitForFunction(() => (window as unknown as { __FLYWHEEL__: { getState(): { luck: { status: string } | null } } }).__FLYWHEEL__.getState().luck?.status === 'done',
    undefined, { timeout: 30_000, polling: 'raf' });
  const result = await page.evaluate(() => {
    const p = (window as unknown as { __frameProbe: { on: boolean; gaps: number[] } }).__frameProbe;
    p.on = false;
    const luck = (window as unknown as { __FLYWHEEL__: { getState(): { luck: { yoursMs: number; historyMs: number; waitMs: number; aheadWorlds: number } } } }).__FLYWHEEL__.getState().luck;
    return { gaps: p.gaps, yoursMs: luck.yoursMs, historyMs: luck.historyMs, waitMs: luck.waitMs, aheadWorlds: luck.aheadWorlds };
  });
  await context.close();
  return {
    yoursMs: result.yoursMs,
    historyMs: result.historyMs,
    waitMs: result.waitMs,
    aheadWorlds: result.aheadWorlds,
    frameMaxMs: result.gaps.length ? Math.max(...result.gaps) : NaN,
    frameP95Ms: result.gaps.length ? percentile(result.gaps, 95) : NaN,
  };
}

async function main(): Promise<void> {
  await build({ root, logLevel: 'warn', configFile: join(root, 'vite.config.ts') });
  const server = await preview({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  const browser = await launch();
  const runs: Run[] = [];
  const lucks: LuckBench[] = [];
  try {
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(browser, url, i < 3));
    const save = finishedSave();
    for (let i = 0; i < RUNS; i++) lucks.push(await luckRun(browser, url, save));
  } finally {
    await browser.close();
    await server.close();
  }
  const heapRuns = runs.map((r) => r.heapGrowthMb).filter((v) => Number.isFinite(v));
  const rows: [string, number, number, string][] = [
    ['gzipped JS before the title takes input', median(runs.map((r) => r.jsKb)), TARGETS.jsKb, 'KB'],
    ['time to an interactive title', median(runs.map((r) => r.titleMs)), TARGETS.titleMs, 'ms'],
    ['95th-percentile frame time, Year screen', median(runs.map((r) => r.frameP95Ms)), TARGETS.frameP95Ms, 'ms'],
    ['heap growth over ten new games', median(heapRuns), TARGETS.heapGrowthMb, 'MB'],
    ['luck: 500 worlds computed in the worker', median(lucks.map((l) => l.yoursMs)), TARGETS.luckMs, 'ms'],
    ['luck: wait from asking to the result', median(lucks.map((l) => l.waitMs)), TARGETS.luckMs, 'ms'],
    ['luck: longest frame, scorecard to result', median(lucks.map((l) => l.frameMaxMs)), TARGETS.luckFrameMaxMs, 'ms'],
  ];
  console.log(`Flywheel web benchmark: median of ${RUNS} runs (heap: ${heapRuns.length})\n`);
  for (const [label, value, target, unit] of rows) {
    const ok = value <= target ? 'ok  ' : 'OVER';
    console.log(`${ok} ${label.padEnd(42)} ${value.toFixed(1).padStart(8)} ${unit}   (target <= ${target} ${unit})`);
  }
  console.log(`\n     work per frame (95th percentile): ${median(runs.map((r) => r.workP95Ms)).toFixed(2)} ms`);
  console.log(`     luck: history's 500 worlds ${median(lucks.map((l) => l.historyMs)).toFixed(1)} ms; frame gap p95 while running ${median(lucks.map((l) => l.frameP95Ms)).toFixed(1)} ms`);
  console.log(`     luck runs (computed ms / wait ms / worlds played ahead / longest frame ms): ${lucks.map((l) => `${l.yoursMs.toFixed(0)}/${l.waitMs.toFixed(0)}/${l.aheadWorlds}/${l.frameMaxMs.toFixed(1)}`).join(', ')}`);
  if (rows.some(([, value, target]) => !(value <= target))) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
