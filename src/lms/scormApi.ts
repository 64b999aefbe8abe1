// Finding the SCORM 1.2 runtime an LMS puts in the page, as the standard's API-finding algorithm
// does: this window, then up its parents (at most 7 levels), then the window that opened it and
// that window's parents. A frame of another origin cannot be read and is passed over, never fatal.

/** The SCORM 1.2 runtime calls the game makes; every LMS answers them with strings. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
}

/** The little of a window the search reads, so it can be tested with plain objects. */
export interface WindowLike {
  readonly API?: unknown;
  readonly parent?: WindowLike | null;
  readonly opener?: WindowLike | null;
}

const MAX_PARENTS = 7;
const CALLS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'] as const;

/** A property of a window that may belong to another origin: undefined when it cannot be read. */
function read<K extends keyof WindowLike>(win: WindowLike, key: K): WindowLike[K] | undefined {
  try {
    return win[key];
  } catch {
    return undefined;
  }
}

function asApi(value: unknown): Scorm12Api | null {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return null;
  try {
    const candidate = value as Record<string, unknown>;
    return CALLS.every((call) => typeof candidate[call] === 'function') ? value as Scorm12Api : null;
  } catch {
    return null;
  }
}

function searchUp(start: WindowLike): Scorm12Api | null {
  let win: WindowLike = start;
  for (let level = 0; level <= MAX_PARENTS; level++) {
    const api = asApi(read(win, 'API'));
    if (api) return api;
    const parent = read(win, 'parent');
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** The SCORM 1.2 API of the LMS this page runs in, or null outside an LMS. */
export function findScormApi(win: WindowLike): Scorm12Api | null {
  const found = searchUp(win);
  if (found) return found;
  const opener = read(win, 'opener');
  return opener ? searchUp(opener) : null;
}
