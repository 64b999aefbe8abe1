import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';

// A stand-in LMS for the end-to-end tests: a host page whose window.API is scorm-again's SCORM 1.2
// runtime, with the package's index.html in a frame, as Moodle or Canvas would show it. The runtime
// starts from the data a test gives (the learner, and what an earlier session kept), and every value
// the game sets, every commit and the finish are logged for the test to read.

const ROOT = join(__dirname, '..', '..');
const RUNTIME = join(ROOT, 'node_modules', 'scorm-again', 'dist', 'scorm12.min.js');

const HOST_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Course page</title>
<link rel="icon" href="data:,">
<script src="scorm12.min.js"></script>
<script>
  window.lmsLog = [];
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  window.API.loadFromJSON(JSON.parse(decodeURIComponent(location.hash.slice(1)) || '{}'));
  window.API.on('LMSInitialize', function () { window.lmsLog.push({ call: 'initialize' }); });
  window.API.on('LMSSetValue.cmi.*', function (element, value) { window.lmsLog.push({ call: 'set', element: element, value: value }); });
  window.API.on('LMSCommit', function () { window.lmsLog.push({ call: 'commit', cmi: window.API.renderCMIToJSONObject().cmi }); });
  window.API.on('LMSFinish', function () { window.lmsLog.push({ call: 'finish', cmi: window.API.renderCMIToJSONObject().cmi }); });
</script>
<style>body { margin: 0; background: #444; } iframe { display: block; width: 1280px; height: 720px; border: 0; }</style>
</head>
<body><iframe id="sco" title="Flywheel" src="package/index.html"></iframe></body>
</html>
`;

/** Unzips a package beside the host page and the runtime, in a folder to serve; returns the package's paths. */
export function setUpHost(zip: Uint8Array, folder: string): string[] {
  const files = unzipSync(zip);
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith('/')) continue;
    const target = join(folder, 'package', path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, data);
  }
  copyFileSync(RUNTIME, join(folder, 'scorm12.min.js'));
  writeFileSync(join(folder, 'host.html'), HOST_HTML);
  return Object.keys(files).filter((path) => !path.endsWith('/'));
}

export interface LmsEntry {
  call: 'initialize' | 'set' | 'commit' | 'finish';
  element?: string;
  value?: string;
  cmi?: Cmi;
}

/** The part of SCORM 1.2's data model an LMS keeps between sessions. */
export interface Cmi {
  core: { student_id: string; student_name: string; lesson_status: string; entry?: string; exit?: string; session_time?: string; score: { raw: string; min: string; max: string } };
  suspend_data: string;
}

/** Opens the host with the runtime starting from `start`; returns the game's frame. */
export async function openHost(page: Page, url: string, start: unknown): Promise<Frame> {
  await page.goto(`${url}host.html#${encodeURIComponent(JSON.stringify(start))}`);
  const frame = await (await page.locator('#sco').elementHandle())?.contentFrame();
  if (!frame) throw new Error('the host page has no game frame');
  return frame;
}

export function lmsLog(page: Page): Promise<LmsEntry[]> {
  return page.evaluate(() => (window as unknown as { lmsLog: LmsEntry[] }).lmsLog);
}

/**
 * The game's frame as the driver's helpers use a page: the hook and the canvas read in the frame,
 * keys and clicks sent through the host page (a click lands in the frame, as a player's would).
 */
export function gameIn(page: Page, frame: Frame): Page {
  return {
    evaluate: frame.evaluate.bind(frame),
    waitForFunction: frame.waitForFunction.bind(frame),
    locator: frame.locator.bind(frame),
    keyboard: page.keyboard,
    mouse: page.mouse,
    screenshot: page.screenshot.bind(page),
  } as unknown as Page;
}

/** What a returning learner's LMS hands the runtime: the kept values, with entry "resume" after a suspend. */
export function returningLearner(kept: Cmi): unknown {
  return {
    core: {
      student_id: kept.core.student_id,
      student_name: kept.core.student_name,
      lesson_status: kept.core.lesson_status,
      entry: kept.core.exit === 'suspend' ? 'resume' : '',
      ...(kept.core.score.raw ? { score: kept.core.score } : {}),
    },
    suspend_data: kept.suspend_data,
  };
}
