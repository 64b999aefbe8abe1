import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_PREFIX, decodeReplay, encodeReplay, MAX_CODE_LENGTH, type ReplayData } from '../../src/app/replayCode';
import { verifyReplay } from '../../src/app/replayVerify';
import { ENGINE_VERSION, runCampaign, type Scenario, type YearDecisions } from '../../src/engine';
import { randomPlaythrough } from '../helpers/randomPlayer';
import { loadTestScenario } from '../helpers/scenario';

const scenario = loadTestScenario();
const find = (id: string): Scenario | undefined => (id === scenario.id ? scenario : undefined);

function replayOf(seed: string, decisions: YearDecisions[]): ReplayData {
  const c = runCampaign(scenario, seed, decisions, { reports: false, untilYear: decisions.at(-1)!.year });
  if (!c.ok) throw new Error(c.error);
  return { engineVersion: ENGINE_VERSION, scenario: scenario.id, seed, decisions, hashes: c.hashes };
}

function fullPath(path: readonly YearDecisions[]): YearDecisions[] {
  const out: YearDecisions[] = [];
  for (let y = scenario.firstYear; y <= scenario.lastYear; y++) out.push({ year: y, actions: [...(path.find((d) => d.year === y)?.actions ?? [])] });
  return out;
}

const history = replayOf(scenario.defaultSeed, fullPath(scenario.history));
const historyCode = encodeReplay(history);
const samples = [history, ...Array.from({ length: 40 }, (_, i) => {
  const play = randomPlaythrough(scenario, `code-${i}`, `p-${i}`);
  const years = 1 + (i % 21);
  return replayOf(`code-${i}`, play.path.slice(0, years));
})];

describe('replay codes', () => {
  it('are short, URL-safe and start with the prefix', () => {
    expect(historyCode.startsWith(CODE_PREFIX)).toBe(true);
    expect(historyCode).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(historyCode.length).toBeLessThan(600);
  });

  it('round-trip: every code decodes to the same replay, which reproduces its hashes', () => {
    for (const replay of samples) {
      const decoded = decodeReplay(encodeReplay(replay));
      if (!decoded.ok) throw new Error(decoded.error);
      expect(decoded.value).toEqual(replay);
      const verified = verifyReplay(decoded.value, find);
      expect(verified.ok).toBe(true);
      if (verified.ok) expect(verified.campaign.hashes).toEqual(replay.hashes);
    }
  });

  it('keeps fractional price-cut depths exactly', () => {
    const decisions = fullPath(scenario.history).map((d) => (d.year === 2009 ? { year: 2009, actions: [{ kind: 'priceCuts' as const, count: 4, depthPercent: 7.123456789 }] } : d));
    const replay = replayOf('frac', decisions);
    const decoded = decodeReplay(encodeReplay(replay));
    expect(decoded.ok && decoded.value).toEqual(replay);
  });

  it('refuses foreign, too-new, cut and oversized codes with a clear error', () => {
    expect(decodeReplay('hello')).toEqual({ ok: false, error: 'this is not a Flywheel replay code (codes start with "fw1_")' });
    expect(decodeReplay('fw7_AAAA')).toEqual({ ok: false, error: 'the replay code was made by a newer version of Flywheel' });
    expect(decodeReplay(historyCode.slice(0, 40))).toMatchObject({ ok: false });
    expect(decodeReplay(`${CODE_PREFIX}${'A'.repeat(MAX_CODE_LENGTH)}`)).toMatchObject({ ok: false, error: expect.stringContaining('far too long') });
    expect(decodeReplay(42)).toEqual({ ok: false, error: 'a replay code must be text' });
    expect(decodeReplay(`${historyCode}!`)).toMatchObject({ ok: false, error: expect.stringContaining('characters that do not belong') });
  });

  it('refuses a code whose results were edited to match other decisions', () => {
    const other = replayOf(history.seed, fullPath(scenario.history).map((d) => (d.year === 2010 ? { year: 2010, actions: [] } : d)));
    const forged = { ...other, hashes: history.hashes };
    const decoded = decodeReplay(encodeReplay(forged));
    if (!decoded.ok) throw new Error(decoded.error);
    const verified = verifyReplay(decoded.value, find);
    expect(verified).toEqual({ ok: false, error: "the replay's recorded result for 2010 does not match its decisions (tampered or damaged)" });
  });

  it('refuses a real code made by engine 1.0.0 (history 2000-2005), with the reason', () => {
    // Made with engine 1.0.0, before the move catalogue; its hashes carry that version.
    const code = 'fw1_RlcBBTEuMC4wCmhpc3RvcmljYWwMYW1hem9uLTQ0MTc30AcGAwEIAQcAAgAIAAECAggBBwEBBAABAwYExxJGIAHOlORA97gbQwPX6NOszyGcCxuzTzfUmFbwiopxmPVRVjKqnhrHhZqCNEWsQYZB';
    const decoded = decodeReplay(code);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.engineVersion).toBe('1.0.0');
    expect(decoded.value.decisions.map((d) => d.year)).toEqual([2000, 2001, 2002, 2003, 2004, 2005]);
    expect(verifyReplay(decoded.value, find)).toEqual({
      ok: false,
      error: `the replay was made with engine 1.0.0; this version (${ENGINE_VERSION}) plays it differently from 2000 on, so it is refused rather than shown with different results`,
    });
  });

  it('refuses a replay from another engine version that would now play differently, and says why', () => {
    const old = { ...history, engineVersion: '0.9.0', hashes: history.hashes.map((h, i) => (i >= 5 ? '0123456789abcdef' : h)) };
    const verified = verifyReplay(old, find);
    expect(verified).toEqual({ ok: false, error: `the replay was made with engine 0.9.0; this version (${ENGINE_VERSION}) plays it differently from 2005 on, so it is refused rather than shown with different results` });
    // ...and replays one it reproduces exactly.
    expect(verifyReplay({ ...history, engineVersion: '0.9.0' }, find).ok).toBe(true);
  });

  it('refuses a replay for a scenario it does not have', () => {
    expect(verifyReplay({ ...history, scenario: 'mars' }, find)).toEqual({ ok: false, error: 'the replay is for a scenario this version does not have ("mars")' });
  });
});

describe('replay codes under fuzzing', () => {
  const valid = samples.map(encodeReplay);

  it('random text is refused, never thrown on', () => {
    fc.assert(fc.property(fc.string({ maxLength: 600 }), (text) => {
      const decoded = decodeReplay(text);
      expect(decoded.ok).toBe(false);
      return true;
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      const text = CODE_PREFIX + Buffer.from(bytes).toString('base64url');
      expect(decodeReplay(text).ok).toBe(false);
      return true;
    }), { numRuns: 2000 });
  });

  it('every truncation of a valid code is refused', () => {
    for (const code of valid.slice(0, 8)) {
      for (let cut = 0; cut < code.length; cut++) expect(decodeReplay(code.slice(0, cut)).ok).toBe(false);
    }
  });

  it('every bit flip of a valid code is refused or, at worst, fails verification: never a different game', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: valid.length - 1 }), fc.nat(), fc.integer({ min: 0, max: 5 }), (which, position, bit) => {
      const code = valid[which]!;
      const body = code.slice(CODE_PREFIX.length);
      const at = position % body.length;
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const flipped = alphabet[alphabet.indexOf(body[at]!) ^ (1 << bit)]!;
      const tampered = CODE_PREFIX + body.slice(0, at) + flipped + body.slice(at + 1);
      const decoded = decodeReplay(tampered);
      if (decoded.ok) {
        // Only a checksum collision could get here; verification must still refuse it.
        expect(verifyReplay(decoded.value, find).ok).toBe(false);
      }
      return true;
    }), { numRuns: 3000 });
  });
});
