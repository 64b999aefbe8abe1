import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser } from './findBrowser';

// Launching Chromium for the end-to-end tests and the web benchmark: the browser findBrowser picks
// (Debian's own build on CI), with the switches that keep it from reaching for the network.

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-gpu', '--no-first-run',
];

export function launch(): Promise<Browser> {
  const found = findBrowser();
  if ('error' in found) return Promise.reject(new Error(found.error));
  return chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
}

export interface Watched {
  page: Page;
  /** every console error or warning, page error and failed request so far */
  problems: string[];
}

/** A page in a fresh context, watched for console errors and warnings and for failed requests. */
export async function openPage(browser: Browser): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A reload or a navigation cancels what the page was still fetching (the tab's icon, say): not a fault.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}
