// Typing into a field drawn on the canvas: one key at a time (the browser's own key value, so
// capitals stay capitals), limited to the characters allowed.

/** The field's new value after a key, or null when the key is not typing. */
export function typed(value: string, key: string, max: number, allowed: RegExp): string | null {
  if (key === 'Backspace') return value.slice(0, -1);
  if (key.length !== 1 || !allowed.test(key)) return null;
  return value.length < max ? value + key : value;
}

export const NAME_CHARS = /^[\p{L}\p{N} .,'&!?()\-_+]$/u;
export const CODE_CHARS = /^[A-Za-z0-9_-]$/;
export const SEED_CHARS = /^[A-Za-z0-9_.-]$/;
