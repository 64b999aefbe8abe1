import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

// Where the end-to-end tests find a browser, in the order a user would expect: the one named in
// CHROME_PATH, then the usual system installs of Chromium and Chrome on Linux and macOS, then a
// browser Playwright downloaded itself, if there is one.

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const NO_BROWSER_MESSAGE =
  'No Chromium or Chrome found for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; macOS: install Google Chrome) or set CHROME_PATH to its executable.';

export interface BrowserSearch {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  managed: () => string;
}

const realSearch: BrowserSearch = {
  env: process.env,
  exists: existsSync,
  managed: () => {
    try {
      return chromium.executablePath();
    } catch {
      return '';
    }
  },
};

/** The browser to drive, or '' when there is none. A CHROME_PATH that names nothing is an error, not skipped. */
export function findBrowser(search: BrowserSearch = realSearch): { path: string } | { error: string } {
  const named = search.env.CHROME_PATH?.trim();
  if (named) return search.exists(named) ? { path: named } : { error: `CHROME_PATH is set to ${named}, but there is no file there.` };
  for (const path of SYSTEM_BROWSERS) if (search.exists(path)) return { path };
  const managed = search.managed();
  if (managed && search.exists(managed)) return { path: managed };
  return { error: NO_BROWSER_MESSAGE };
}
