// A 64-bit hash (two 32-bit FNV-style lanes) over a plain-JSON value's values in key order. Numbers are
// hashed by their IEEE-754 bits, so two states hash alike only if every bit agrees; NaN alone is
// canonicalised, since engines may keep different payload bits for it.

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);

// The two lanes live in a typed array: 32-bit words there are stored as they are, where object
// fields would box every value past the small-integer range.
type Lanes = Int32Array;

// FNV-style multiply-xor on whole 32-bit words, two lanes with different primes and offsets.
function mix(l: Lanes, word: number): void {
  l[0] = Math.imul(l[0]! ^ word, 0x01000193);
  l[1] = Math.imul(l[1]! ^ word, 0x5bd1e995) ^ (l[0]! >>> 15);
}

function walk(l: Lanes, value: unknown, skip: readonly string[]): void {
  if (typeof value === 'number') {
    mix(l, 1);
    if (value !== value) {
      // NaN's payload bits differ between engines: every NaN hashes as the canonical quiet NaN's words.
      mix(l, 0);
      mix(l, 0x7ff80000);
    } else {
      float[0] = value;
      mix(l, words[0]!);
      mix(l, words[1]!);
    }
  } else if (typeof value === 'string') {
    mix(l, 2);
    for (let i = 0; i < value.length; i++) mix(l, value.charCodeAt(i));
    mix(l, value.length);
  } else if (typeof value === 'boolean') {
    mix(l, value ? 3 : 4);
  } else if (value === null || value === undefined) {
    mix(l, 5);
  } else if (Array.isArray(value)) {
    mix(l, 6);
    for (const item of value) walk(l, item, skip);
    mix(l, value.length);
  } else if (typeof value === 'object') {
    // Every state has the same fields in the same order, so values alone identify it; the
    // field count still separates shapes.
    mix(l, 7);
    let fields = 0;
    for (const key in value) {
      if (skip.length > 0 && skipped(skip, key)) continue;
      walk(l, (value as Record<string, unknown>)[key], skip);
      fields++;
    }
    mix(l, fields);
  }
}

// A skip list holds a key or two: comparing interned strings beats a hash-set lookup per field.
function skipped(skip: readonly string[], key: string): boolean {
  for (let i = 0; i < skip.length; i++) if (skip[i] === key) return true;
  return false;
}

const NONE: readonly string[] = [];

export function hashValue(value: unknown, skipKeys: readonly string[] = NONE): string {
  const lanes: Lanes = new Int32Array(2);
  lanes[0] = 0x811c9dc5;
  lanes[1] = 0x84222325;
  walk(lanes, value, skipKeys);
  return (lanes[0]! >>> 0).toString(16).padStart(8, '0') + (lanes[1]! >>> 0).toString(16).padStart(8, '0');
}
