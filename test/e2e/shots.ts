import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { waitSettled } from './driver';

export const SHOTS = join(__dirname, 'screenshots');

/** A screenshot once the screen has stopped fading and animating. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await waitSettled(page);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}
