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
  let raw: string | null;
  try {
    raw = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return { kind: 'empty' };
  }
  if (raw === null) return { kind: 'empty' };
  const reason = checkRaw(raw, scenarios);
  if (typeof reason !== 'string') return { kind: 'ok', loaded: reason };
  const keptAt = `${REJECTED_PREFIX}${now()}`;
  try {
    storage.setItem(keptAt, raw);
    storage.removeItem(AUTOSAVE_KEY);
  } catch {
    // Storage full or locked: the bad save stays where it is, which still loses nothing.
    return { kind: 'rejected', reason, keptAt: AUTOSAVE_KEY };
  }
  return { kind: 'rejected', reason, keptAt };
}

function checkRaw(raw: string, scenarios: readonly ScenarioEntry[]): LoadedReplay | string {
  if (raw.length > MAX_SAVE_CHARS) return 'it is far too large to be a save';
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return 'it is not readable (damaged data)';
  }
  const parsed = parseReplay(data, scenarios);
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
