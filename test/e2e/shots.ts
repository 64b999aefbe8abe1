import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hook, waitSettled } from './driver';

export const SHOTS = join(__dirname, 'screenshots');

const cutsSeen = new WeakMap<Page, number>();

/**
 * A screenshot once the screen has stopped fading and animating. It fails if any text was cut with
 * an ellipsis since the page's last screenshot: a player needs those words.
 */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await waitSettled(page);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  const state = await hook(page);
  const before = cutsSeen.get(page) ?? 0;
  cutsSeen.set(page, state.cutTotal);
  const fresh = state.cuts.slice(Math.max(0, state.cuts.length - (state.cutTotal - before)));
  if (fresh.length > 0 && process.env.CUTS_REPORT) {
    appendFileSync(process.env.CUTS_REPORT, `${name}: ${fresh.map((c) => JSON.stringify(c)).join('; ')}\n`);
  } else if (fresh.length > 0) throw new Error(`${name}: text cut to fit: ${fresh.map((c) => JSON.stringify(c)).join('; ')}`);
}
