import { AUTOSAVE_KEY, autosaveProblem, keepAside, parseSaveText } from './saves';
import type { ScenarioEntry } from './scenarios';
import type { KeyValueStorage } from './storage';
import { parseReplay } from './replay';

// Games kept beside the one in play: a short list, so starting a fork (or another game) need not
// replace a game in progress. Each is the autosave's own text, moved here whole; continuing one
// swaps it with the game in play, which joins the list in its place. Nothing here is ever dropped
// to make room: a full list refuses, and the player is told.

export const KEPT_KEY = 'flywheel:kept';
export const MAX_KEPT = 6;
const MAX_KEPT_CHARS = 6_000_000;

export interface KeptSummary {
  scenarioName: string;
  nextYear: number;
  finished: boolean;
  score: number;
}

/** The kept list, or null when something is stored there that does not read as one. */
function readRaw(storage: KeyValueStorage): string[] | null {
  let raw: string | null;
  try { raw = storage.getItem(KEPT_KEY); } catch { return []; }
  if (raw === null) return [];
  const parsed = parseSaveText(raw, MAX_KEPT_CHARS);
  if (!parsed.ok || !Array.isArray(parsed.data) || !parsed.data.every((x) => typeof x === 'string')) return null;
  return (parsed.data as string[]).slice(0, MAX_KEPT);
}

/** The kept list for writing: a damaged one is first set aside under a key of its own, never written over. */
function listForWriting(storage: KeyValueStorage, now: () => number): string[] | { reason: string } {
  const list = readRaw(storage);
  if (list) return list;
  const keptAt = keepAside(storage, KEPT_KEY, now);
  return keptAt === KEPT_KEY ? { reason: 'the list of kept games is damaged and could not be set aside' } : [];
}

function writeRaw(storage: KeyValueStorage, list: readonly string[]): boolean {
  try {
    storage.setItem(KEPT_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

/** The kept games with what the title shows of each; one that no longer reads shows as damaged. */
export function keptGames(storage: KeyValueStorage, scenarios: readonly ScenarioEntry[]): (KeptSummary | { damaged: string })[] {
  const list = readRaw(storage);
  if (list === null) return [{ damaged: 'the list of kept games does not read; it is set aside when a game is next kept' }];
  return list.map((raw) => {
    const text = parseSaveText(raw, 1_000_000);
    if (!text.ok) return { damaged: text.reason };
    const parsed = parseReplay(text.data, scenarios);
    if (!parsed.ok) return { damaged: parsed.error };
    const game = parsed.value.game;
    return { scenarioName: game.scenario.name, nextYear: game.state.year, finished: game.state.finished, score: game.state.score.total };
  });
}

/**
 * Moves the autosave into the kept list. False (and the autosave left where it is) when there is
 * nothing to keep, the list is full, or storage refuses.
 */
export function keepAutosave(storage: KeyValueStorage, now: () => number): { ok: true } | { ok: false; reason: string } {
  let raw: string | null;
  try { raw = storage.getItem(AUTOSAVE_KEY); } catch { raw = null; }
  if (raw === null) return { ok: false, reason: 'there is no saved game to keep' };
  const list = listForWriting(storage, now);
  if (!Array.isArray(list)) return { ok: false, reason: list.reason };
  if (list.length >= MAX_KEPT) return { ok: false, reason: `${MAX_KEPT} games are kept already; continue or export one of them first` };
  if (!writeRaw(storage, [raw, ...list])) return { ok: false, reason: 'this browser\u2019s storage is full or turned off' };
  try { storage.removeItem(AUTOSAVE_KEY); } catch { /* the copy is kept; the slot is written over next */ }
  return { ok: true };
}

/**
 * Puts kept game `index` in the autosave slot, and the game that was there (if any) into the list
 * in its place. False when the index is wrong, the kept game does not read, or storage refuses.
 */
export function swapKept(storage: KeyValueStorage, index: number, scenarios: readonly ScenarioEntry[]): { ok: true } | { ok: false; reason: string } {
  const list = readRaw(storage) ?? [];
  const chosen = list[index];
  if (chosen === undefined) return { ok: false, reason: 'that game is no longer kept' };
  const problem = autosaveProblem(chosen, scenarios);
  if (problem) return { ok: false, reason: `that kept game cannot be used: ${problem}` };
  let current: string | null;
  try { current = storage.getItem(AUTOSAVE_KEY); } catch { current = null; }
  const rest = list.filter((_, i) => i !== index);
  const full = 'this browser\u2019s storage is full or turned off';
  // In an order that never holds fewer than both games: first the list with the game in play added
  // (the chosen one still in it), then the chosen game into the slot, then the list without it.
  if (current !== null && !writeRaw(storage, [current, ...list])) return { ok: false, reason: full };
  try {
    storage.setItem(AUTOSAVE_KEY, chosen);
  } catch {
    writeRaw(storage, list);
    return { ok: false, reason: full };
  }
  writeRaw(storage, current !== null ? [current, ...rest] : rest);
  return { ok: true };
}
