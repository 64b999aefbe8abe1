// A 64-bit hash (two 32-bit FNV-style lanes) over a plain-JSON value's values in key order. Numbers are
// hashed by their IEEE-754 bits, so two states hash alike only if every bit agrees.

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);

interface Lanes { a: number; b: number }

// FNV-style multiply-xor on whole 32-bit words, two lanes with different primes and offsets.
function mix(l: Lanes, word: number): void {
  l.a = Math.imul(l.a ^ word, 0x01000193);
  l.b = Math.imul(l.b ^ word, 0x5bd1e995) ^ (l.a >>> 15);
}

function walk(l: Lanes, value: unknown, skip: ReadonlySet<string>): void {
  if (typeof value === 'number') {
    float[0] = value;
    mix(l, 1);
    mix(l, words[0]!);
    mix(l, words[1]!);
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
      if (skip.size > 0 && skip.has(key)) continue;
      walk(l, (value as Record<string, unknown>)[key], skip);
      fields++;
    }
    mix(l, fields);
  }
}

const NONE: ReadonlySet<string> = new Set();

export function hashValue(value: unknown, skipKeys: ReadonlySet<string> = NONE): string {
  const lanes: Lanes = { a: 0x811c9dc5, b: 0x84222325 };
  walk(lanes, value, skipKeys);
  return (lanes.a >>> 0).toString(16).padStart(8, '0') + (lanes.b >>> 0).toString(16).padStart(8, '0');
}
