import { MAX_SUBMISSION_CHARS, MAX_SUBMISSIONS, type Submission } from './leaderboard';
import { keepAside, parseSaveText } from './saves';
import type { KeyValueStorage } from './storage';

// The instructor's classes, kept in the browser: for each competition its code and every result
// pasted or dropped, so a reload or a closed tab loses nothing, and a list of them to reopen. The
// same object is the class file an instructor exports to move to another computer.

export const CLASS_FORMAT = 'flywheel-class/1';
export const CLASS_INDEX_KEY = 'flywheel:classes';
export const CLASS_KEY_PREFIX = 'flywheel:class:';
/** the most classes the list keeps; the oldest beyond it is forgotten from the list, not deleted */
export const MAX_CLASSES = 30;
const MAX_CODE_CHARS = 1024;
const MAX_SOURCE_CHARS = 300;
const MAX_NAME_CHARS = 200;
/** a class file or slot larger than this is refused before it is read */
export const MAX_CLASS_CHARS = 8_000_000;

export interface ClassSave {
  format: typeof CLASS_FORMAT;
  /** the competition code, which carries its id and settings */
  code: string;
  submissions: Submission[];
  /** the results the last Clear took off the board, kept until Undo or the next result added */
  cleared?: Submission[];
}

export interface ClassListEntry {
  id: string;
  name: string;
  results: number;
  /** a counter, larger for the class touched last */
  touched: number;
}

function isSubmission(value: unknown): value is Submission {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return typeof s.source === 'string' && s.source.length <= MAX_SOURCE_CHARS
    && typeof s.text === 'string' && s.text.length <= MAX_SUBMISSION_CHARS;
}

/** A class save checked field by field, or why it cannot be used. */
export function checkClassSave(data: unknown): ClassSave | string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'it is not a Flywheel class file';
  const d = data as Record<string, unknown>;
  if (d.format !== CLASS_FORMAT) return 'it is not a Flywheel class file (no "format": "flywheel-class/1")';
  if (typeof d.code !== 'string' || d.code.length === 0 || d.code.length > MAX_CODE_CHARS) return 'its "code" is not a competition code';
  if (!Array.isArray(d.submissions)) return 'its "submissions" is not a list';
  if (d.submissions.length > MAX_SUBMISSIONS) return `its "submissions" holds more than ${MAX_SUBMISSIONS} results`;
  const bad = d.submissions.findIndex((s) => !isSubmission(s));
  if (bad >= 0) return `its result ${bad + 1} in "submissions" is not a source and a text of sensible length`;
  const copy = (list: Submission[]) => list.map((s) => ({ source: s.source, text: s.text }));
  const save: ClassSave = { format: CLASS_FORMAT, code: d.code, submissions: copy(d.submissions as Submission[]) };
  if (d.cleared !== undefined) {
    if (!Array.isArray(d.cleared) || d.cleared.length > MAX_SUBMISSIONS || !d.cleared.every(isSubmission)) return 'its "cleared" is not a list of results';
    save.cleared = copy(d.cleared as Submission[]);
  }
  return save;
}

/** A class file's text read and checked. */
export function parseClassFile(text: string): ClassSave | string {
  const parsed = parseSaveText(text, MAX_CLASS_CHARS);
  if (!parsed.ok) return parsed.reason;
  return checkClassSave(parsed.data);
}

/** Whether a file's text looks like a class file rather than a team's result. */
export function looksLikeClassFile(text: string): boolean {
  return text.length <= MAX_CLASS_CHARS && /"format"\s*:\s*"flywheel-class\//.test(text.slice(0, 200));
}

export function classFileText(save: ClassSave): string {
  return `${JSON.stringify(save, null, 1)}\n`;
}

function readIndex(storage: KeyValueStorage): ClassListEntry[] {
  let raw: string | null;
  try { raw = storage.getItem(CLASS_INDEX_KEY); } catch { return []; }
  if (raw === null) return [];
  const parsed = parseSaveText(raw, 200_000);
  if (!parsed.ok || !Array.isArray(parsed.data)) return [];
  return parsed.data.filter((e): e is ClassListEntry => typeof e === 'object' && e !== null
    && typeof (e as ClassListEntry).id === 'string' && (e as ClassListEntry).id.length <= 64
    && typeof (e as ClassListEntry).name === 'string' && (e as ClassListEntry).name.length <= MAX_NAME_CHARS
    && Number.isSafeInteger((e as ClassListEntry).results) && Number.isSafeInteger((e as ClassListEntry).touched))
    .slice(0, MAX_CLASSES);
}

/** The instructor's classes, the one touched last first. */
export function listClasses(storage: KeyValueStorage): ClassListEntry[] {
  return readIndex(storage).sort((a, b) => b.touched - a.touched);
}

/**
 * Keeps a class and puts it first in the list. Returns null when kept, or why not (storage full
 * or off), so the page can say so and offer the class file instead.
 */
export function storeClass(storage: KeyValueStorage, id: string, name: string, save: ClassSave): string | null {
  const index = readIndex(storage);
  const touched = index.reduce((m, e) => Math.max(m, e.touched), 0) + 1;
  const next = [{ id, name: name.slice(0, MAX_NAME_CHARS), results: save.submissions.length, touched }, ...index.filter((e) => e.id !== id)]
    .sort((a, b) => b.touched - a.touched)
    .slice(0, MAX_CLASSES);
  try {
    storage.setItem(`${CLASS_KEY_PREFIX}${id}`, JSON.stringify(save));
    storage.setItem(CLASS_INDEX_KEY, JSON.stringify(next));
    return null;
  } catch {
    return 'this browser\u2019s storage is full or turned off';
  }
}

export type ClassRead = { kind: 'empty' } | { kind: 'ok'; save: ClassSave } | { kind: 'rejected'; reason: string; keptAt: string };

/** A kept class; one that cannot be read is set aside under a key of its own, never deleted. */
export function readClass(storage: KeyValueStorage, id: string, now: () => number): ClassRead {
  const key = `${CLASS_KEY_PREFIX}${id}`;
  let raw: string | null;
  try { raw = storage.getItem(key); } catch { return { kind: 'empty' }; }
  if (raw === null) return { kind: 'empty' };
  const checked = parseClassFile(raw);
  if (typeof checked !== 'string') return { kind: 'ok', save: checked };
  return { kind: 'rejected', reason: checked, keptAt: keepAside(storage, key, now) };
}
