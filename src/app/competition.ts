import seedrandom from 'seedrandom';
import { ENGINE_VERSION, worldScenario, type Scenario, type YearDecisions } from '../engine';
import { CutShort, openCode, toBase64Url, Writer, type CodeSpec } from './binaryCodec';
import { cleanName } from './names';
import { sha256 } from './sha256';

export { cleanName } from './names';

// A competition is a scenario, a seed and a few settings, fixed for every team, carried in a short
// code an instructor hands out. Its id is the start of the SHA-256 digest of its content: long
// enough (96 bits) that nobody can make two competitions share an id, or one result fit both.

export const COMPETITION_PREFIX = 'fwc2_';
/** 2: ids of 96 bits from SHA-256 (format 1 had 32-bit checksums as ids, and is refused). */
const CODE_VERSION = 2;
export const COMPETITION_ID_BYTES = 12;
export const COMPETITION_NAME_MAX = 60;
const SEED_MAX = 64;
const MAX_CODE_LENGTH = 1024;

export type EventTiming = 'history' | 'random';

export interface Competition {
  engineVersion: string;
  scenario: string;
  seed: string;
  name: string;
  firstYear: number;     // the first year teams play; earlier years follow history
  lastYear: number;      // the last year teams play
  events: EventTiming;   // shocks in their historical years, or moved by the seed
  ghost: boolean;        // whether history's figures are shown beside the team's
}

export type CompetitionParse = { ok: true; value: Competition; id: string } | { ok: false; error: string };

/**
 * Whether this game can play a competition: its engine, scenario, seed, name and years. The one
 * check every door makes (the Join screen, the Classroom's code field, the leaderboard CLI).
 */
export function checkCompetition(c: Competition, scenario: Scenario): string {
  if (c.engineVersion !== ENGINE_VERSION) {
    return `it was made for engine ${cleanName(c.engineVersion, 20) || '(none)'}, and this version of Flywheel runs ${ENGINE_VERSION}, which may play it differently`;
  }
  if (c.scenario !== scenario.id) return `the competition is for "${cleanName(c.scenario, 40)}", not "${scenario.id}"`;
  if (!c.seed || c.seed.length > SEED_MAX || cleanName(c.seed, SEED_MAX) !== c.seed) return `the seed must be 1 to ${SEED_MAX} visible characters`;
  if (!c.name || cleanName(c.name, COMPETITION_NAME_MAX) !== c.name) return 'its name is empty or has characters a name may not have';
  if (!Number.isInteger(c.firstYear) || !Number.isInteger(c.lastYear)
    || c.firstYear < scenario.firstYear || c.lastYear > scenario.lastYear || c.firstYear > c.lastYear) {
    return `the years must lie within ${scenario.firstYear} to ${scenario.lastYear}, first before last`;
  }
  return '';
}

function body(c: Competition): Writer {
  const w = new Writer();
  w.byte(0x46);
  w.byte(0x43);
  w.byte(CODE_VERSION);
  w.text(c.engineVersion);
  w.text(c.scenario);
  w.text(c.seed);
  w.text(c.name);
  w.uint16(c.firstYear);
  w.uint16(c.lastYear);
  w.byte((c.events === 'random' ? 1 : 0) | (c.ghost ? 2 : 0));
  return w;
}

export function encodeCompetition(c: Competition): string {
  return COMPETITION_PREFIX + toBase64Url(body(c).finish());
}

/** 24 hex digits naming a competition: the first 96 bits of the SHA-256 digest of its whole content. */
export function competitionId(c: Competition): string {
  const digest = sha256(body(c).finish());
  let hex = '';
  for (let i = 0; i < COMPETITION_ID_BYTES; i++) hex += digest[i]!.toString(16).padStart(2, '0');
  return hex;
}

const COMPETITION_CODE: CodeSpec = {
  prefix: COMPETITION_PREFIX,
  newerPrefix: /^fwc\d+_/,
  maxLength: MAX_CODE_LENGTH,
  magic: [0x46, 0x43],
  version: CODE_VERSION,
  say: {
    notText: 'a competition code must be text',
    tooLong: () => 'the competition code is far too long to be one',
    newer: 'the competition code was made by a newer version of Flywheel',
    older: 'the competition code is from an earlier version of Flywheel, with an id too short to be safe; ask for a new code',
    foreign: 'this is not a Flywheel competition code (they start with "fwc2_")',
    badCharacters: 'the competition code has characters that do not belong in one (mistyped?)',
    checksum: 'the competition code is damaged: its checksum does not match (cut short, mistyped or edited)',
    cutShort: 'the competition code is cut short',
    unknownFormat: (version) => `the competition code has a format this version does not know (${version})`,
  },
};

export function decodeCompetition(input: unknown): CompetitionParse {
  const opened = openCode(input, COMPETITION_CODE);
  if (!opened.ok) return opened;
  const r = opened.reader;
  try {
    const value: Competition = {
      engineVersion: r.text(),
      scenario: r.text(),
      seed: r.text(),
      name: r.text(),
      firstYear: r.uint16(),
      lastYear: r.uint16(),
      events: 'history',
      ghost: false,
    };
    const flags = r.byte();
    if (flags > 3 || !r.done()) return { ok: false, error: 'the competition code has settings this version does not know' };
    value.events = flags & 1 ? 'random' : 'history';
    value.ghost = (flags & 2) !== 0;
    return { ok: true, value, id: competitionId(value) };
  } catch (error) {
    if (error instanceof CutShort) return { ok: false, error: 'the competition code is cut short' };
    return { ok: false, error: 'the competition code is damaged (unreadable text inside)' };
  }
}

export function newCompetition(scenario: Scenario, options: Partial<Omit<Competition, 'engineVersion' | 'scenario'>> = {}): Competition {
  return {
    engineVersion: ENGINE_VERSION,
    scenario: scenario.id,
    seed: options.seed ?? scenario.defaultSeed,
    name: cleanName(options.name ?? `${scenario.name} competition`, COMPETITION_NAME_MAX) || cleanName(`${scenario.name} competition`, COMPETITION_NAME_MAX),
    firstYear: options.firstYear ?? scenario.firstYear,
    lastYear: options.lastYear ?? scenario.lastYear,
    events: options.events ?? 'history',
    ghost: options.ghost ?? true,
  };
}

/**
 * The world every team of a competition plays: the scenario, cut to the competition's last year,
 * with its shocks moved up to two years either way by the seed when events are random. A random
 * competition also plays the scenario's varied world where it declares one (rivals, demand, crises).
 */
export function competitionScenario(base: Scenario, c: Competition): Scenario {
  if (c.events === 'random' && base.variation && base.world === 'history') {
    const varied = worldScenario(base, 'varied');
    // The competition still names its scenario by the base id: every door looks it up by that.
    if (typeof varied !== 'string') return competitionScenario({ ...varied, id: base.id }, c);
  }
  const events = c.events === 'history' ? base.events : base.events.map((event) => {
    const rng = seedrandom.alea(`${c.seed}|event|${event.id}`);
    const shift = Math.floor(rng() * 5) - 2;
    const year = Math.min(base.lastYear, Math.max(base.firstYear, event.year + shift));
    return { ...event, year };
  });
  return { ...base, lastYear: c.lastYear, events, history: base.history.filter((h) => h.year <= c.lastYear) };
}

/** The full decision path of a team: history before the competition's first year, then theirs. */
export function teamPath(scenario: Scenario, c: Competition, team: readonly YearDecisions[]): YearDecisions[] {
  const path: YearDecisions[] = [];
  for (let year = scenario.firstYear; year <= c.lastYear; year++) {
    const source = year < c.firstYear ? scenario.history.find((h) => h.year === year) : team.find((d) => d.year === year);
    path.push({ year, actions: source ? [...source.actions] : [] });
  }
  return path;
}
