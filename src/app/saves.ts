import { parseReplay, type LoadedReplay, type Replay } from './replay';
import type { ScenarioEntry } from './scenarios';
import type { KeyValueStorage } from './storage';

// The autosave: one replay under one key. Data that cannot be used is never thrown away:
// it is copied under a key of its own before the slot is cleared for a fresh game.

export const AUTOSAVE_KEY = 'flywheel:autosave';
export const REJECTED_PREFIX = 'flywheel:rejected:';
const MAX_SAVE_CHARS = 1_000_000;

export type SaveRead =
  | { kind: 'empty' }
  | { kind: 'ok'; loaded: LoadedReplay }
  | { kind: 'rejected'; reason: string; keptAt: string };

export function readAutosave(storage: KeyValueStorage, scenarios: readonly ScenarioEntry[], now: () => number): SaveRead {
  const read = readSlot(storage, AUTOSAVE_KEY, now, (raw) => checkRaw(raw, scenarios));
  return read.kind === 'ok' ? { kind: 'ok', loaded: read.value } : read;
}

export type SlotRead<T> =
  | { kind: 'empty' }
  | { kind: 'ok'; value: T }
  | { kind: 'rejected'; reason: string; keptAt: string };

/** Reads one saved slot through its check; what fails the check is kept aside, never deleted. */
export function readSlot<T>(storage: KeyValueStorage, key: string, now: () => number, check: (raw: string) => T | string): SlotRead<T> {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { kind: 'empty' };
  }
  if (raw === null) return { kind: 'empty' };
  const checked = check(raw);
  if (typeof checked !== 'string') return { kind: 'ok', value: checked };
  return { kind: 'rejected', reason: checked, keptAt: keepAside(storage, key, now) };
}

/** Moves what a slot holds under a key of its own and returns where it is now. */
export function keepAside(storage: KeyValueStorage, key: string, now: () => number): string {
  const base = `${REJECTED_PREFIX}${now()}`;
  try {
    const raw = storage.getItem(key);
    if (raw === null) return key;
    // Two slots can be set aside in the same millisecond (the autosave and a competition's at start).
    let keptAt = base;
    for (let n = 2; storage.getItem(keptAt) !== null; n++) keptAt = `${base}-${n}`;
    storage.setItem(keptAt, raw);
    storage.removeItem(key);
    return keptAt;
  } catch {
    // Storage full or locked: the data stays where it is, which still loses nothing.
    return key;
  }
}

/** A save's text as JSON, or why it cannot be: too large to be a save, or not JSON at all. */
export function parseSaveText(raw: string, maxChars: number): { ok: true; data: unknown } | { ok: false; reason: string } {
  if (raw.length > maxChars) return { ok: false, reason: 'it is far too large to be a save' };
  try {
    return { ok: true, data: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false, reason: 'it is not readable (damaged data)' };
  }
}

/** Why the text of an autosave cannot be used, or null when it can. */
export function autosaveProblem(raw: string, scenarios: readonly ScenarioEntry[]): string | null {
  const checked = checkRaw(raw, scenarios);
  return typeof checked === 'string' ? checked : null;
}

function checkRaw(raw: string, scenarios: readonly ScenarioEntry[]): LoadedReplay | string {
  const text = parseSaveText(raw, MAX_SAVE_CHARS);
  if (!text.ok) return text.reason;
  const parsed = parseReplay(text.data, scenarios);
  return parsed.ok ? parsed.value : parsed.error;
}

/** Writes the autosave; false when the browser refuses (the game goes on without it). */
export function writeAutosave(storage: KeyValueStorage, replay: Replay): boolean {
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(replay));
    return true;
  } catch {
    return false;
  }
}
