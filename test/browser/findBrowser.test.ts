import { describe, expect, it } from 'vitest';
import { findBrowser, NO_BROWSER_MESSAGE, type BrowserSearch } from '../e2e/findBrowser';

const search = (files: string[], env: Record<string, string> = {}, managed = ''): BrowserSearch =>
  ({ env, exists: (path) => files.includes(path), managed: () => managed });

describe('finding a browser for the browser tests', () => {
  it('takes CHROME_PATH first, and says so when it names nothing', () => {
    expect(findBrowser(search(['/opt/chrome', '/usr/bin/chromium'], { CHROME_PATH: '/opt/chrome' }))).toEqual({ path: '/opt/chrome' });
    expect(findBrowser(search(['/usr/bin/chromium'], { CHROME_PATH: '/nope' }))).toEqual({ error: 'CHROME_PATH is set to /nope, but there is no file there.' });
  });
  it('then the system installs, Linux and macOS', () => {
    expect(findBrowser(search(['/usr/bin/google-chrome', '/usr/bin/chromium']))).toEqual({ path: '/usr/bin/chromium' });
    expect(findBrowser(search(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']))).toEqual({ path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' });
  });
  it('then a browser Playwright installed, and otherwise one line naming the install command', () => {
    expect(findBrowser(search(['/home/u/.cache/ms-playwright/chrome'], {}, '/home/u/.cache/ms-playwright/chrome'))).toEqual({ path: '/home/u/.cache/ms-playwright/chrome' });
    expect(findBrowser(search([], {}, '/home/u/.cache/ms-playwright/missing'))).toEqual({ error: NO_BROWSER_MESSAGE });
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install -y chromium/);
  });
});
