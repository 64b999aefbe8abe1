import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

// Helpers for the accessibility tests: the page used through its accessibility tree (roles, names,
// the keyboard), and axe-core's checks.

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const TIMEOUT = { timeout: 15_000 };

/** Activates a control as a keyboard or screen reader user does: focus it, press Enter. */
export async function press(target: Locator): Promise<void> {
  await target.press('Enter', TIMEOUT);
}

export async function heading(page: Page, name: string | RegExp, level = 1): Promise<Locator> {
  const found = page.getByRole('heading', { name, level });
  await found.first().waitFor({ state: 'attached', ...TIMEOUT });
  return found;
}

/** Waits until the polite live region has said something containing the text. */
export async function announced(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.getElementById('flywheel-status')?.textContent?.includes(t) ?? false, text, TIMEOUT);
}

/** Waits until the alert region has said something containing the text. */
export async function alerted(page: Page, text: string | RegExp): Promise<string> {
  const region = page.getByRole('alert');
  await page.waitForFunction(({ source, flags }) => new RegExp(source, flags).test(document.getElementById('flywheel-alert')?.textContent ?? ''),
    typeof text === 'string' ? { source: text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags: '' } : { source: text.source, flags: text.flags }, TIMEOUT);
  return (await region.textContent()) ?? '';
}

export interface AxeProblem { id: string; impact: string; help: string; targets: string[] }

/** axe-core's WCAG 2.1 A and AA checks (and its best practices) on the page as it is now. */
export async function axeProblems(page: Page): Promise<AxeProblem[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

/** Only what axe rates serious or critical fails a test; the rest is reported for the record. */
export async function seriousProblems(page: Page, screen: string, log: string[]): Promise<AxeProblem[]> {
  const all = await axeProblems(page);
  for (const p of all) log.push(`${screen}: ${p.impact} ${p.id} (${p.help}) at ${p.targets.join(', ')}`);
  return all.filter((p) => p.impact === 'serious' || p.impact === 'critical');
}
