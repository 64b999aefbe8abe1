import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Action, Level } from '../../src/engine';
import type { HookState } from '../../src/ui/hook';
import { moveText } from '../../src/ui/view/catalog';
import type { CardKey } from '../../src/store/selection';

// Plays Flywheel through its UI the way a player would: keys and clicks only. The read-only hook
// is used to wait for the screen and to read where the controls are, never to change anything.

declare global {
  interface Window {
    __FLYWHEEL__?: { getState(): HookState };
  }
}

export async function hook(page: Page): Promise<HookState> {
  return page.evaluate(() => window.__FLYWHEEL__!.getState());
}

/** Waits until the hook's state passes `test` (a function run in the page). */
export async function waitFor(page: Page, test: string, arg?: unknown): Promise<void> {
  await page.waitForFunction(
    ({ source, value }) => {
      const state = window.__FLYWHEEL__?.getState();
      // The predicate arrives as text so it can be written beside the test that needs it.
      return state ? (new Function('s', 'arg', `return (${source})(s, arg);`))(state, value) as boolean : false;
    },
    { source: test, value: arg },
    { timeout: 15_000, polling: 'raf' },
  );
}

export async function waitForScene(page: Page, scene: string, extra = '() => true'): Promise<void> {
  await waitFor(page, `(s, arg) => s.scene === arg.scene && s.overlay === '' && (${extra})(s)`, { scene });
}

export async function waitSettled(page: Page): Promise<void> {
  await waitFor(page, '(s) => s.settled');
}

/** Clicks a control by its id, at its centre, or at a given fraction across it. */
export async function clickControl(page: Page, id: string, across = 0.5): Promise<void> {
  const state = await hook(page);
  const control = state.controls.find((c) => c.id === id);
  if (!control) throw new Error(`no control ${id} on ${state.scene}`);
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const scale = box.width / 1280;
  await page.mouse.click(box.x + (control.x + control.width * across) * scale, box.y + (control.y + control.height / 2) * scale);
}

async function pressMove(page: Page, key: CardKey): Promise<void> {
  await page.keyboard.press(moveText(key).hotkey);
}

async function setLever(page: Page, kind: 'capex' | 'retailInvestment', level: Level): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const state = await hook(page);
    if (state.levers?.[kind] === level) return;
    const before = state.levers?.[kind];
    await page.keyboard.press(kind === 'capex' ? 'd' : 'r');
    await waitFor(page, '(s, arg) => s.levers[arg.kind] !== arg.before', { kind, before });
  }
  expect((await hook(page)).levers?.[kind]).toBe(level);
}

function priceOf(state: HookState): { count: number; depthPercent: number } {
  const cut = state.selection.find((a) => (a as Action).kind === 'priceCuts') as { count: number; depthPercent: number } | undefined;
  return cut ? { count: cut.count, depthPercent: cut.depthPercent } : { count: 0, depthPercent: 0 };
}

/** Sets the price cuts by clicking the steppers' plus and minus, one click at a time. */
async function setPriceCuts(page: Page, count: number, depth: number): Promise<void> {
  for (let guard = 0; guard < 60; guard++) {
    const state = await hook(page);
    const now = priceOf(state);
    if (now.count === count && now.depthPercent === depth) return;
    // Depth first while there is a cut, since the count bounds it; the count first otherwise.
    const depthFirst = now.count > 0 && count > 0 && now.depthPercent !== depth && depth <= now.count * 10;
    const id = !depthFirst && now.count !== count ? 'priceCount' : 'priceDepth';
    const up = id === 'priceCount' ? now.count < count : now.depthPercent < depth;
    await clickControl(page, id, up ? 0.93 : 0.07);
    await waitFor(page, '(s, arg) => JSON.stringify(s.selection) !== arg', JSON.stringify(state.selection));
  }
  throw new Error(`could not set price cuts to ${count} x ${depth}%`);
}

/** Makes one year's moves, as listed in the scenario's history, through keys and clicks. */
export async function chooseYear(page: Page, actions: readonly Action[]): Promise<void> {
  let state = await hook(page);
  const outage = actions.find((a) => a.kind === 'outageResponse');
  if (state.panel === 'outage') {
    // The outage question opens by itself in an outage year; answer it, or put it off.
    if (outage && outage.kind === 'outageResponse') {
      await page.keyboard.press(String(['transparent', 'quiet', 'resilience'].indexOf(outage.plan) + 1));
    } else {
      await page.keyboard.press('Escape');
    }
    await waitFor(page, "(s) => s.panel === ''");
  } else if (outage && outage.kind === 'outageResponse') {
    await page.keyboard.press('o');
    await waitFor(page, "(s) => s.panel === 'outage'");
    await page.keyboard.press(String(['transparent', 'quiet', 'resilience'].indexOf(outage.plan) + 1));
    await waitFor(page, "(s) => s.panel === ''");
  }
  // Last year's price cuts are carried into the new year: a year with none clears them.
  if (!actions.some((a) => a.kind === 'priceCuts') && priceOf(await hook(page)).count > 0) await setPriceCuts(page, 0, 0);
  for (const action of actions) {
    state = await hook(page);
    const before = JSON.stringify(state.selection);
    switch (action.kind) {
      case 'capex':
      case 'retailInvestment':
        await setLever(page, action.kind, action.level);
        continue;
      case 'priceCuts':
        await setPriceCuts(page, action.count, action.depthPercent);
        continue;
      case 'outageResponse':
        continue;
      case 'launchService':
        await pressMove(page, `launchService:${action.service}`);
        if (action.service === 'ec2' && action.team === 'core') {
          await waitFor(page, '(s, arg) => JSON.stringify(s.selection) !== arg', before);
          const once = JSON.stringify((await hook(page)).selection);
          await pressMove(page, 'launchService:ec2');
          await waitFor(page, '(s, arg) => JSON.stringify(s.selection) !== arg', once);
          continue;
        }
        break;
      case 'bidJedi':
      case 'protestJedi':
        await pressMove(page, 'jedi');
        break;
      default:
        await pressMove(page, action.kind as CardKey);
    }
    await waitFor(page, '(s, arg) => JSON.stringify(s.selection) !== arg', before);
  }
  state = await hook(page);
  const expected = actions.filter((a) => a.kind !== 'capex' && a.kind !== 'retailInvestment').length;
  const picked = state.selection.filter((a) => (a as Action).kind !== 'capex' && (a as Action).kind !== 'retailInvestment').length;
  expect(picked, `moves picked in ${state.year}`).toBe(expected);
}

/** Ends the year with Enter, reads the report, and carries on with Enter. */
export async function endYear(page: Page, year: number, finished: boolean): Promise<void> {
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Report', `(s) => s.year === ${year + 1}`);
  await page.keyboard.press('Enter');
  await waitForScene(page, finished ? 'Ending' : 'Year', finished ? '() => true' : `(s) => s.year === ${year + 1}`);
}

export async function startNewGame(page: Page): Promise<void> {
  await waitForScene(page, 'Title');
  await page.keyboard.press('n');
  await waitFor(page, "(s) => s.panel === 'newGame'");
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Year');
}
