import { ACTION_KINDS, LEVELS, OUTAGE_PLANS, SERVICES, TEAMS, type Action, type Team, type YearDecisions } from '../engine';
import { CutShort, openCode, Reader, toBase64Url, Writer, type CodeSpec } from './binaryCodec';

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

// The wire order of kinds, services, levels and plans is the engine catalogue's; a test pins it.
const KINDS = ACTION_KINDS;
const PLANS = OUTAGE_PLANS;
// A team is written as its catalogue index plus one; 0 is a launch that names none.
const WIRE_TEAMS: readonly (Team | undefined)[] = [undefined, ...TEAMS];
const EXACT_DEPTH = 0xff;

function writeAction(w: Writer, action: Action): void {
  const kind = KINDS.indexOf(action.kind);
  if (kind < 0) throw new RangeError(`unknown action ${String(action.kind)}`);
  w.byte(kind);
  switch (action.kind) {
    case 'launchService':
      w.byte(SERVICES.indexOf(action.service) | (WIRE_TEAMS.indexOf(action.team) << 2));
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
    case 'outageResponse':
      w.byte(PLANS.indexOf(action.plan));
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
      if (!service || teamIndex >= WIRE_TEAMS.length) return 'it names a service this version does not know';
      const team = WIRE_TEAMS[teamIndex];
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
    case 'outageResponse': {
      const plan = PLANS[r.byte()];
      return plan ? { kind, plan } : 'it names an outage plan this version does not know';
    }
    default:
      return { kind } as Action;
  }
}

/** Consecutive years of decisions: first year, count, then each year's moves. */
export function writeDecisions(w: Writer, decisions: readonly YearDecisions[]): void {
  const firstYear = decisions[0]?.year ?? 0;
  w.uint16(firstYear);
  w.byte(decisions.length);
  decisions.forEach((d, i) => {
    if (d.year !== firstYear + i) throw new RangeError('decisions must cover consecutive years');
    w.byte(d.actions.length);
    for (const action of d.actions) writeAction(w, action);
  });
}

/** Reads what writeDecisions wrote, or says which year is unreadable. May throw CutShort. */
export function readDecisions(r: Reader): YearDecisions[] | string {
  const firstYear = r.uint16();
  const years = r.byte();
  const decisions: YearDecisions[] = [];
  for (let i = 0; i < years; i++) {
    const count = r.byte();
    const actions: Action[] = [];
    for (let j = 0; j < count; j++) {
      const action = readAction(r);
      if (typeof action === 'string') return `year ${firstYear + i}: ${action}`;
      actions.push(action);
    }
    decisions.push({ year: firstYear + i, actions });
  }
  return decisions;
}

const REPLAY_CODE: CodeSpec = {
  prefix: CODE_PREFIX,
  newerPrefix: /^fw\d+_/,
  maxLength: MAX_CODE_LENGTH,
  magic: [0x46, 0x57],
  version: CODE_VERSION,
  say: {
    notText: 'a replay code must be text',
    tooLong: (length) => `the replay code is far too long (${length} characters) to be one`,
    newer: 'the replay code was made by a newer version of Flywheel',
    foreign: 'this is not a Flywheel replay code (codes start with "fw1_")',
    badCharacters: 'the replay code has characters that do not belong in one (mistyped?)',
    checksum: 'the replay code is damaged: its checksum does not match (cut short, mistyped or edited)',
    cutShort: 'the replay code is cut short',
    unknownFormat: (version) => `the replay code has an unknown format (${version})`,
  },
};

/** The code for a replay. Throws only on a replay no game could have produced (a bug, not input). */
export function encodeReplay(replay: ReplayData): string {
  const w = new Writer();
  w.byte(0x46); // 'F'
  w.byte(0x57); // 'W'
  w.byte(CODE_VERSION);
  w.text(replay.engineVersion);
  w.text(replay.scenario);
  w.text(replay.seed);
  writeDecisions(w, replay.decisions);
  w.byte(replay.hashes.length);
  for (const hash of replay.hashes) {
    if (!/^[0-9a-f]{16}$/.test(hash)) throw new RangeError(`not a state hash: ${hash}`);
    for (let i = 0; i < 16; i += 2) w.byte(parseInt(hash.slice(i, i + 2), 16));
  }
  return CODE_PREFIX + toBase64Url(w.finish());
}

/** A code back into a replay, or the reason it cannot be one. Never throws. */
export function decodeReplay(input: unknown): Decoded {
  const opened = openCode(input, REPLAY_CODE);
  if (!opened.ok) return opened;
  const r = opened.reader;
  try {
    const engineVersion = r.text();
    const scenario = r.text();
    const seed = r.text();
    if (!scenario || !seed || !engineVersion) return { ok: false, error: 'the replay code lacks its scenario, seed or engine version' };
    const decisions = readDecisions(r);
    if (typeof decisions === 'string') return { ok: false, error: `the replay code's ${decisions}` };
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
