import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPETITION_PREFIX, competitionId, decodeCompetition, encodeCompetition, newCompetition } from '../../src/app/competition';
import { openCompetitionCode } from '../../src/app/competitionCode';
import { readCompetitionSave, writeCompetitionSave } from '../../src/app/competitionSave';
import { parseDecisions } from '../../src/app/decisionsFile';
import { playDecisions, toReplay } from '../../src/app/replay';
import { CODE_PREFIX, decodeReplay, encodeReplay } from '../../src/app/replayCode';
import { replayFromJson, verifyReplay } from '../../src/app/replayVerify';
import { decodeResult, encodeResult, RESULT_PREFIX, resultFile, resultFromText } from '../../src/app/result';
import { AUTOSAVE_KEY, parseSaveText, readAutosave } from '../../src/app/saves';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { memoryStorage } from '../../src/app/storage';
import { ENGINE_VERSION } from '../../src/engine';
import { hashValue } from '../../src/engine/hash';
import { competitionResult } from '../../src/ui/view/classroom';
import { forgeCode, textBytes } from './forge';
import { measure } from './measure';

// A property per parser: whatever it is given (random text, random JSON, a real code cut, flipped
// or padded, a forged body behind a correct checksum), it answers with a value and a reason, never
// an exception, within 2 s and 200 MB.

const { scenarios } = loadBundledScenarios();
const scenario = scenarios[0]!.scenario;
const find = (id: string) => scenarios.find((s) => s.id === id)?.scenario;
const competition = newCompetition(scenario, { seed: 'class-2026', firstYear: 2016, lastYear: 2020, name: 'Room 4' });
const competitionCode = encodeCompetition(competition);
const played = playDecisions(scenario, scenario.defaultSeed, scenario.history.slice(0, 4));
if (!played.ok) throw new Error(played.error);
const replay = toReplay(played.game);
const replayCode = encodeReplay(replay);

function bounded<T>(run: () => T): T {
  const result = measure(run);
  expect(result.ms).toBeLessThan(2000);
  expect(result.heapGrowthMb).toBeLessThan(200);
  return result.value;
}

function refusedOrOk(value: { ok: boolean; error?: string }): void {
  if (!value.ok) {
    expect(typeof value.error).toBe('string');
    expect(value.error!.length).toBeGreaterThan(0);
    expect(value.error).not.toMatch(/\[object|TypeError|RangeError/);
  }
}

/** A real code damaged the ways codes get damaged: cut, a character changed, junk added. */
const damaged = (code: string) => fc.oneof(
  fc.nat({ max: code.length }).map((n) => code.slice(0, n)),
  fc.tuple(fc.nat({ max: code.length - 1 }), fc.constantFrom(...'AZaz09-_%=+/ \u0000\u2060')).map(([i, c]) => code.slice(0, i) + c + code.slice(i + 1)),
  fc.string({ maxLength: 40 }).map((junk) => code + junk),
);
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 }), fc.constantFrom('', '%', '#c=%', 'x'.repeat(100_000)));
const forgedBody = fc.uint8Array({ maxLength: 400 });

describe('replay code and replay file', () => {
  it('a replay code never throws, damaged or forged', () => {
    fc.assert(fc.property(fc.oneof(anyText, damaged(replayCode), forgedBody.map((b) => forgeCode(CODE_PREFIX, [0x46, 0x57], 1, b))), (text) => {
      const decoded = bounded(() => decodeReplay(text));
      refusedOrOk(decoded);
      if (decoded.ok) refusedOrOk(bounded(() => verifyReplay(decoded.value, find)));
    }), { numRuns: 400 });
  });
  it('a replay file never throws, whatever JSON it holds', () => {
    fc.assert(fc.property(fc.oneof(fc.anything({ maxDepth: 4 }), fc.json({ maxDepth: 5 }).map((t) => JSON.parse(t) as unknown)), (data) => {
      const decoded = bounded(() => replayFromJson(data));
      refusedOrOk(decoded);
      if (decoded.ok) refusedOrOk(bounded(() => verifyReplay(decoded.value, find)));
    }), { numRuns: 300 });
  });
  it('finding 6: repeated or out-of-order years are refused, naming the entry', () => {
    const base = JSON.parse(JSON.stringify(replay)) as { decisions: { year: number; actions: unknown[] }[] };
    const repeated = { ...base, decisions: [base.decisions[0], base.decisions[1], { ...base.decisions[1], actions: [{ kind: 'launchPrime' }] }, base.decisions[3]] };
    expect(replayFromJson(repeated)).toEqual({ ok: false, error: 'replay.decisions[2].year: 2001 is listed twice; a replay lists each year once, in order' });
    const swapped = { ...base, decisions: [base.decisions[1], base.decisions[0], base.decisions[2], base.decisions[3]] };
    expect(replayFromJson(swapped)).toEqual({ ok: false, error: 'replay.decisions[1].year: 2000 is out of order (expected 2002); a replay lists each year once, in order' });
  });
  it('a price cut of NaN depth in a forged code is refused by the engine, not played', () => {
    const nan = new Uint8Array(8);
    new DataView(nan.buffer).setFloat64(0, Number.NaN, true);
    const body = [...textBytes(ENGINE_VERSION), ...textBytes('historical'), ...textBytes(scenario.defaultSeed),
      2000 & 0xff, 2000 >> 8, 1, 1, 6, 1, 0xff, ...nan, 1, ...new Array<number>(8).fill(0)];
    const decoded = decodeReplay(forgeCode(CODE_PREFIX, [0x46, 0x57], 1, body));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      const verified = verifyReplay(decoded.value, find);
      expect(verified.ok).toBe(false);
      if (!verified.ok) expect(verified.error).toMatch(/^the replay's 2000 decisions are not legal: 2000 action 1: priceCuts/);
    }
  });
});

describe('competition code', () => {
  it('never throws, and a code that opens is one the game can play', () => {
    const body = fc.uint8Array({ maxLength: 200 });
    fc.assert(fc.property(fc.oneof(anyText, damaged(competitionCode), body.map((b) => forgeCode(COMPETITION_PREFIX, [0x46, 0x43], 2, b))), (text) => {
      refusedOrOk(bounded(() => decodeCompetition(text)));
      const opened = bounded(() => openCompetitionCode(text, find));
      refusedOrOk(opened);
      if (opened.ok) {
        expect(opened.competition.firstYear).toBeGreaterThanOrEqual(opened.scenario.firstYear);
        expect(opened.competition.lastYear).toBeLessThanOrEqual(opened.scenario.lastYear);
        expect(opened.competition.firstYear).toBeLessThanOrEqual(opened.competition.lastYear);
      }
    }), { numRuns: 400 });
  });
  it('finding 3: years, scenario and engine are checked at the door', () => {
    const open = (change: Partial<typeof competition>) => openCompetitionCode(encodeCompetition({ ...competition, ...change }), find);
    expect(open({ firstYear: 2019, lastYear: 2017 })).toEqual({ ok: false, error: 'the years must lie within 2000 to 2020, first before last' });
    expect(open({ lastYear: 65535 })).toEqual({ ok: false, error: 'the years must lie within 2000 to 2020, first before last' });
    const file = open({ scenario: '../package.json' });
    expect(file.ok).toBe(false);
    if (!file.ok) {
      expect(file.error).toMatch(/not a scenario id/);
      expect(file.error).not.toMatch(/flywheel|"name"/);
    }
    // Finding 11: a code claiming another engine is refused, not played with this one.
    expect(open({ engineVersion: '0.9.0' })).toEqual({ ok: false, error: `it was made for engine 0.9.0, and this version of Flywheel runs ${ENGINE_VERSION}, which may play it differently` });
    expect(open({ name: '\u001b[2J\u001b[Hfake row' })).toEqual({ ok: false, error: 'its name is empty or has characters a name may not have' });
  });
  it('finding 5: format-1 codes are refused with the reason, and ids are 96 bits', () => {
    expect(decodeCompetition('fwc1_RkMBBTEuMC4w')).toEqual({ ok: false, error: 'the competition code is from an earlier version of Flywheel, with an id too short to be safe; ask for a new code' });
    expect(decodeResult('fwr1_RlIBAAAA')).toEqual({ ok: false, error: 'from an earlier version of Flywheel, with a competition id too short to trust' });
    expect(competitionId(competition)).toMatch(/^[0-9a-f]{24}$/);
  });
});

describe('result code and result file', () => {
  const honest = { competitionId: competitionId(competition), engineVersion: ENGINE_VERSION, team: 'Owls', decisions: [], claimedScore: 500 };
  it('never throws, damaged or forged', () => {
    const code = encodeResult(honest);
    fc.assert(fc.property(fc.oneof(anyText, damaged(code), forgedBody.map((b) => forgeCode(RESULT_PREFIX, [0x46, 0x52], 2, b))), (text) => {
      refusedOrOk(bounded(() => decodeResult(text)));
      refusedOrOk(bounded(() => resultFromText(text)));
    }), { numRuns: 400 });
  });
  it('a result file with any JSON inside never throws', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), fc.anything({ maxDepth: 3 }), (json, code) => {
      refusedOrOk(bounded(() => resultFromText(json)));
      refusedOrOk(bounded(() => resultFromText(JSON.stringify({ format: 'flywheel-result/1', code }))));
    }), { numRuns: 200 });
  });
  it('finding 4: a claimed score of NaN or infinity is refused at decoding', () => {
    for (const claimedScore of [Number.NaN, Infinity, -Infinity]) {
      const decoded = decodeResult(encodeResult({ ...honest, claimedScore }));
      expect(decoded).toEqual({ ok: false, error: `its claimed score is not a number (${claimedScore})` });
      expect(resultFromText(resultFile({ ...honest, claimedScore }, competitionCode)).ok).toBe(false);
    }
  });
});

describe('decisions file', () => {
  it('never throws; what it accepts lies in the years, once each, bounded', () => {
    const entry = fc.record({ year: fc.oneof(fc.integer({ min: 1995, max: 2025 }), fc.double(), fc.constant(1e9)), actions: fc.oneof(fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }), fc.anything({ maxDepth: 1 })) }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(fc.array(entry, { maxLength: 30 }), fc.anything({ maxDepth: 3 })), (input) => {
      const parsed = bounded(() => parseDecisions(input, 2000, 2020));
      refusedOrOk(parsed);
      if (parsed.ok) {
        const years = parsed.value.map((d) => d.year);
        expect(new Set(years).size).toBe(years.length);
        for (const y of years) expect(y >= 2000 && y <= 2020).toBe(true);
      }
    }), { numRuns: 300 });
  });
  it('a year of 100,000 moves is refused before the engine sees it', () => {
    const parsed = parseDecisions([{ year: 2000, actions: Array.from({ length: 100_000 }, () => ({ kind: 'apiMandate' })) }], 2000, 2020);
    expect(parsed).toEqual({ ok: false, error: 'decisions[0].actions: 100000 moves; at most 40 in a year' });
  });
});

describe('save text', () => {
  it('an autosave or competition save holding anything is set aside with a reason, never thrown', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 5 }), fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify({ ...replay, decisions: v }) ?? '')), (text) => {
      const storage = memoryStorage({ [AUTOSAVE_KEY]: text });
      const read = bounded(() => readAutosave(storage, scenarios, () => 1));
      if (read.kind === 'rejected') {
        expect(read.reason.length).toBeGreaterThan(0);
        expect(storage.getItem(read.keptAt)).toBe(text);
      }
      const id = competitionId(competition);
      const slot = memoryStorage({ [`flywheel:competition:${id}`]: text });
      const competitionRead = bounded(() => readCompetitionSave(slot, id, () => 1));
      if (competitionRead.kind === 'rejected') expect(slot.getItem(competitionRead.keptAt)).toBe(text);
    }), { numRuns: 300 });
  });
  it('deep nesting and huge saves are refused as values', () => {
    const deep = '['.repeat(400_000) + ']'.repeat(400_000);
    const storage = memoryStorage({ [AUTOSAVE_KEY]: deep });
    const read = bounded(() => readAutosave(storage, scenarios, () => 1));
    expect(read.kind).toBe('rejected');
    if (read.kind === 'rejected') expect(read.reason).toBe('it is not a saved game');
    expect(parseSaveText('x'.repeat(2_000_001), 2_000_000)).toEqual({ ok: false, reason: 'it is far too large to be a save' });
  });
  it('finding 5: competition save slots are keyed by the full id', () => {
    const storage = memoryStorage();
    const id = competitionId(competition);
    writeCompetitionSave(storage, id, { code: competitionCode, team: 'Owls', decisions: [], draft: [] });
    // The save's own slot under the full id, and the pointer the title uses to lead the team back.
    expect(Object.keys((storage as ReturnType<typeof memoryStorage>).dump()).sort()).toEqual(['flywheel:class-game', `flywheel:competition:${id}`]);
    expect((storage as ReturnType<typeof memoryStorage>).dump()['flywheel:class-game']).toBe(id);
    expect(readCompetitionSave(storage, id.slice(0, 8), () => 1)).toEqual({ kind: 'empty' });
  });
});

describe('finding 11: the state hash and NaN', () => {
  it('every NaN hashes alike, whatever its payload bits', () => {
    const payload = new Float64Array(new Uint32Array([1, 0x7ff00001]).buffer)[0]!;
    expect(Number.isNaN(payload)).toBe(true);
    expect(hashValue({ a: payload })).toBe(hashValue({ a: Number.NaN }));
    expect(hashValue({ a: Number.NaN })).not.toBe(hashValue({ a: 0 }));
  });
  it('other numbers hash as before (a value fixed before NaN was canonicalised)', () => {
    // Computed with the hash as it was before this change; the stamped scenario hashes check the rest.
    expect(hashValue({ a: 1.5, b: [1, 'x', true, null], c: -0, d: 'Team', e: { f: 1e300, g: -2.5e-10 } })).toBe('cc1fed0b3f100610');
  });
});

describe('finding 11: a result records the engine that played it', () => {
  it('not the version the competition claims', () => {
    const claimed = { ...competition, engineVersion: '0.9.0' };
    const history = scenario.history.filter((h) => h.year >= 2016);
    const view = competitionResult(scenario, { code: competitionCode, id: competitionId(claimed), competition: claimed, team: 'Owls' }, history);
    if (typeof view === 'string') throw new Error(view);
    const decoded = decodeResult(view.code);
    expect(decoded.ok && decoded.value.engineVersion).toBe(ENGINE_VERSION);
    expect(JSON.parse(view.file).engineVersion).toBe(ENGINE_VERSION);
  });
});
