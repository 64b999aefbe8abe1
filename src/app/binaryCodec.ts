// The shared binary layer of Flywheel's codes (replays, competitions, results): a byte writer and
// reader with bounds checks, a checksum, and URL-safe base64 with a single spelling per code.

export function checksum(bytes: Uint8Array, length: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

export class Writer {
  private bytes: number[] = [];
  byte(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > 255) throw new RangeError(`cannot encode ${value} in a byte`);
    this.bytes.push(value);
  }
  uint16(value: number): void {
    this.byte(value & 0xff);
    this.byte(value >>> 8);
  }
  text(value: string): void {
    const utf8 = new TextEncoder().encode(value);
    this.byte(utf8.length);
    for (const b of utf8) this.bytes.push(b);
  }
  float64(value: number): void {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value, true);
    for (let i = 0; i < 8; i++) this.bytes.push(view.getUint8(i));
  }
  finish(): Uint8Array {
    const out = new Uint8Array(this.bytes.length + 4);
    out.set(this.bytes);
    const sum = checksum(out, this.bytes.length);
    new DataView(out.buffer).setUint32(this.bytes.length, sum, true);
    return out;
  }
}

export class CutShort extends Error {}

export class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array, private readonly end: number) {}
  byte(): number {
    if (this.at >= this.end) throw new CutShort();
    return this.bytes[this.at++]!;
  }
  uint16(): number {
    return this.byte() | (this.byte() << 8);
  }
  text(): string {
    const length = this.byte();
    if (this.at + length > this.end) throw new CutShort();
    const slice = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return new TextDecoder('utf-8', { fatal: true }).decode(slice);
  }
  float64(): number {
    if (this.at + 8 > this.end) throw new CutShort();
    const value = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.at, 8).getFloat64(0, true);
    this.at += 8;
    return value;
  }
  done(): boolean {
    return this.at === this.end;
  }
  remaining(): number {
    return this.end - this.at;
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += B64[(n >>> (18 - 6 * c)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of text) {
    const index = B64_INDEX.get(c);
    if (index === undefined) return null;
    value = (value << 6) | index;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (value >>> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, so each code has one spelling.
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}


/** Checks the trailing checksum; returns the body length, or null when it does not match. */
export function verifiedBody(bytes: Uint8Array): number | null {
  if (bytes.length < 5) return null;
  const body = bytes.length - 4;
  const stored = new DataView(bytes.buffer, bytes.byteOffset).getUint32(body, true);
  return checksum(bytes, body) === stored ? body : null;
}

/** How one kind of code is spelled, and what to say when a text is not one. */
export interface CodeSpec {
  prefix: string;               // "fw1_"
  newerPrefix: RegExp;          // the same family from a later version
  maxLength: number;
  magic: readonly [number, number];
  version: number;
  say: {
    notText: string;
    tooLong: (length: number) => string;
    newer: string;
    /** a code of the same family from an earlier format this version no longer reads */
    older?: string;
    foreign: string;
    badCharacters: string;
    checksum: string;
    cutShort: string;
    unknownFormat: (version: number) => string;
  };
}

/**
 * The checks every code shares (text, length, prefix, alphabet, checksum, magic, version), done
 * once: a reader positioned after the version byte, or the reason in the code's own words.
 */
export function openCode(input: unknown, spec: CodeSpec): { ok: true; reader: Reader } | { ok: false; error: string } {
  if (typeof input !== 'string') return { ok: false, error: spec.say.notText };
  const code = input.trim();
  if (code.length > spec.maxLength) return { ok: false, error: spec.say.tooLong(code.length) };
  if (!code.startsWith(spec.prefix)) {
    const family = spec.newerPrefix.exec(code);
    if (!family) return { ok: false, error: spec.say.foreign };
    const version = Number(/\d+/.exec(family[0])?.[0] ?? '0');
    return { ok: false, error: version < spec.version && spec.say.older ? spec.say.older : spec.say.newer };
  }
  const bytes = fromBase64Url(code.slice(spec.prefix.length));
  if (!bytes) return { ok: false, error: spec.say.badCharacters };
  if (bytes.length < 7) return { ok: false, error: spec.say.cutShort };
  const end = verifiedBody(bytes);
  if (end === null) return { ok: false, error: spec.say.checksum };
  const reader = new Reader(bytes, end);
  if (reader.byte() !== spec.magic[0] || reader.byte() !== spec.magic[1]) return { ok: false, error: spec.say.foreign };
  const version = reader.byte();
  if (version > spec.version) return { ok: false, error: spec.say.newer };
  if (version !== spec.version) return { ok: false, error: spec.say.unknownFormat(version) };
  return { ok: true, reader };
}
