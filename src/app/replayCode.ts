import type { Action, Level, ServiceId, Team, YearDecisions } from '../engine';

// A replay as a short, URL-safe code: "fw1_" + base64url of a small binary record ending in a
// checksum. Decoding never throws: a damaged, cut, foreign or too-new code comes back as an error.

export const CODE_PREFIX = 'fw1_';
const CODE_VERSION = 1;
export const MAX_CODE_LENGTH = 4096;

/** What a code carries: the replay, without anything derived. */
export interface ReplayData {
  engineVersion: string;
  scenario: string;
  seed: string;
  decisions: YearDecisions[];   // consecutive years from the scenario's first
  hashes: string[];             // 16-hex state hash after each year
}

export type Decoded = { ok: true; value: ReplayData } | { ok: false; error: string };

const KINDS = [
  'apiMandate', 'openMarketplace', 'openDeveloperPlatform', 'launchPrime', 'launchService',
  'rentSpareCapacity', 'priceCuts', 'capex', 'retailInvestment', 'govCloud', 'discloseAws',
  'bidJedi', 'protestJedi',
] as const;
const SERVICES: readonly ServiceId[] = ['sqs', 's3', 'ec2'];
const TEAMS: readonly (Team | undefined)[] = [undefined, 'remote', 'core'];
const LEVELS: readonly Level[] = ['lean', 'steady', 'aggressive'];
const EXACT_DEPTH = 0xff;

function checksum(bytes: Uint8Array, length: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

class Writer {
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

class CutShort extends Error {}

class Reader {
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
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += B64[(n >>> (18 - 6 * c)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
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

function writeAction(w: Writer, action: Action): void {
  const kind = KINDS.indexOf(action.kind);
  if (kind < 0) throw new RangeError(`unknown action ${String(action.kind)}`);
  w.byte(kind);
  switch (action.kind) {
    case 'launchService':
      w.byte(SERVICES.indexOf(action.service) | (TEAMS.indexOf(action.team) << 2));
      break;
    case 'priceCuts':
      w.byte(action.count);
      if (Number.isInteger(action.depthPercent) && action.depthPercent >= 0 && action.depthPercent < EXACT_DEPTH) {
        w.byte(action.depthPercent);
      } else {
        w.byte(EXACT_DEPTH);
        w.float64(action.depthPercent);
      }
      break;
    case 'capex':
    case 'retailInvestment':
      w.byte(LEVELS.indexOf(action.level));
      break;
    default:
      break;
  }
}

function readAction(r: Reader): Action | string {
  const kind = KINDS[r.byte()];
  if (!kind) return 'it names a move this version does not know';
  switch (kind) {
    case 'launchService': {
      const packed = r.byte();
      const service = SERVICES[packed & 3];
      const teamIndex = packed >>> 2;
      if (!service || teamIndex >= TEAMS.length) return 'it names a service this version does not know';
      const team = TEAMS[teamIndex];
      return team ? { kind, service, team } : { kind, service };
    }
    case 'priceCuts': {
      const count = r.byte();
      const depth = r.byte();
      return { kind, count, depthPercent: depth === EXACT_DEPTH ? r.float64() : depth };
    }
    case 'capex':
    case 'retailInvestment': {
      const level = LEVELS[r.byte()];
      return level ? { kind, level } : 'it names a level this version does not know';
    }
    default:
      return { kind } as Action;
  }
}

/** The code for a replay. Throws only on a replay no game could have produced (a bug, not input). */
export function encodeReplay(replay: ReplayData): string {
  const w = new Writer();
  w.byte(0x46); // 'F'
  w.byte(0x57); // 'W'
  w.byte(CODE_VERSION);
  w.text(replay.engineVersion);
  w.text(replay.scenario);
  w.text(replay.seed);
  const firstYear = replay.decisions[0]?.year ?? 0;
  w.uint16(firstYear);
  w.byte(replay.decisions.length);
  replay.decisions.forEach((d, i) => {
    if (d.year !== firstYear + i) throw new RangeError('decisions must cover consecutive years');
    w.byte(d.actions.length);
    for (const action of d.actions) writeAction(w, action);
  });
  w.byte(replay.hashes.length);
  for (const hash of replay.hashes) {
    if (!/^[0-9a-f]{16}$/.test(hash)) throw new RangeError(`not a state hash: ${hash}`);
    for (let i = 0; i < 16; i += 2) w.byte(parseInt(hash.slice(i, i + 2), 16));
  }
  return CODE_PREFIX + toBase64Url(w.finish());
}

/** A code back into a replay, or the reason it cannot be one. Never throws. */
export function decodeReplay(input: unknown): Decoded {
  if (typeof input !== 'string') return { ok: false, error: 'a replay code must be text' };
  const code = input.trim();
  if (code.length > MAX_CODE_LENGTH) return { ok: false, error: `the replay code is far too long (${code.length} characters) to be one` };
  if (!code.startsWith(CODE_PREFIX)) {
    return /^fw\d+_/.test(code)
      ? { ok: false, error: 'the replay code was made by a newer version of Flywheel' }
      : { ok: false, error: 'this is not a Flywheel replay code (codes start with "fw1_")' };
  }
  const bytes = fromBase64Url(code.slice(CODE_PREFIX.length));
  if (!bytes) return { ok: false, error: 'the replay code has characters that do not belong in one (mistyped?)' };
  if (bytes.length < 7) return { ok: false, error: 'the replay code is cut short' };
  const body = bytes.length - 4;
  const stored = new DataView(bytes.buffer).getUint32(body, true);
  if (checksum(bytes, body) !== stored) {
    return { ok: false, error: 'the replay code is damaged: its checksum does not match (cut short, mistyped or edited)' };
  }
  const r = new Reader(bytes, body);
  try {
    if (r.byte() !== 0x46 || r.byte() !== 0x57) return { ok: false, error: 'this is not a Flywheel replay code' };
    const version = r.byte();
    if (version > CODE_VERSION) return { ok: false, error: `the replay code was made by a newer version of Flywheel (code format ${version})` };
    if (version !== CODE_VERSION) return { ok: false, error: `the replay code has an unknown format (${version})` };
    const engineVersion = r.text();
    const scenario = r.text();
    const seed = r.text();
    if (!scenario || !seed || !engineVersion) return { ok: false, error: 'the replay code lacks its scenario, seed or engine version' };
    const firstYear = r.uint16();
    const years = r.byte();
    const decisions: YearDecisions[] = [];
    for (let i = 0; i < years; i++) {
      const count = r.byte();
      const actions: Action[] = [];
      for (let j = 0; j < count; j++) {
        const action = readAction(r);
        if (typeof action === 'string') return { ok: false, error: `the replay code's year ${firstYear + i}: ${action}` };
        actions.push(action);
      }
      decisions.push({ year: firstYear + i, actions });
    }
    const hashCount = r.byte();
    const hashes: string[] = [];
    for (let i = 0; i < hashCount; i++) {
      let hex = '';
      for (let b = 0; b < 8; b++) hex += r.byte().toString(16).padStart(2, '0');
      hashes.push(hex);
    }
    if (!r.done()) return { ok: false, error: 'the replay code has extra data after its end' };
    return { ok: true, value: { engineVersion, scenario, seed, decisions, hashes } };
  } catch (error) {
    if (error instanceof CutShort) return { ok: false, error: 'the replay code is cut short' };
    return { ok: false, error: 'the replay code is damaged (unreadable text inside)' };
  }
}
