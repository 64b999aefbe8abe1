import { describe, expect, it } from 'vitest';
import { keepAutosave, keptGames, KEPT_KEY, MAX_KEPT, swapKept } from '../../src/app/keptGames';
import { AUTOSAVE_KEY, REJECTED_PREFIX } from '../../src/app/saves';
import { memoryStorage } from '../../src/app/storage';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { playDecisions, toReplay } from '../../src/app/replay';
import { historyPath } from '../../src/store/replays';

const { scenarios } = loadBundledScenarios();
const scenario = scenarios[0]!.scenario;

function saveOf(years: number): string {
  const played = playDecisions(scenario, scenario.defaultSeed, historyPath(scenario).slice(0, years));
  if (!played.ok) throw new Error(played.error);
  return JSON.stringify(toReplay(played.game));
}

describe('kept games', () => {
  it('keeps the game in play, and swaps a kept one with it without losing either', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: saveOf(3) });
    expect(keepAutosave(storage, () => 1)).toEqual({ ok: true });
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    storage.setItem(AUTOSAVE_KEY, saveOf(7));
    expect(swapKept(storage, 0, scenarios)).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY)!).decisions).toHaveLength(3);
    expect(keptGames(storage, scenarios)).toEqual([expect.objectContaining({ nextYear: 2007 })]);
  });

  it('refuses a seventh game rather than drop one', () => {
    const storage = memoryStorage({ [KEPT_KEY]: JSON.stringify(Array.from({ length: MAX_KEPT }, () => saveOf(2))), [AUTOSAVE_KEY]: saveOf(4) });
    const kept = keepAutosave(storage, () => 1);
    expect(kept.ok).toBe(false);
    expect(storage.getItem(AUTOSAVE_KEY)).not.toBeNull();
  });

  it('sets a damaged list aside instead of writing over it', () => {
    const storage = memoryStorage({ [KEPT_KEY]: '{"not":"a list"', [AUTOSAVE_KEY]: saveOf(4) });
    expect(keptGames(storage, scenarios)).toEqual([expect.objectContaining({ damaged: expect.any(String) })]);
    expect(keepAutosave(storage, () => 5)).toEqual({ ok: true });
    expect(storage.dump()[`${REJECTED_PREFIX}5`]).toBe('{"not":"a list"');
    expect(keptGames(storage, scenarios)).toHaveLength(1);
  });
});
