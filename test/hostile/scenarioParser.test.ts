import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/engine';
import { readScenarioText } from '../../src/store/scenarioImport';
import { rawScenario } from '../helpers/scenario';
import { measure } from './measure';

// Finding 1: a scenario's years are bounded before anything loops on them; finding 11: a BOM is accepted.

describe('hostile scenario years', () => {
  it('the 45-byte scenario with lastYear 1e7 is refused at once, naming the field', () => {
    const run = measure(() => parseScenario({ series: { usEcommerce: {} }, lastYear: 1e7 }));
    expect(run.ms).toBeLessThan(2000);
    expect(run.heapGrowthMb).toBeLessThan(200);
    expect(run.value.ok).toBe(false);
    if (!run.value.ok) expect(run.value.errors).toContain('lastYear: 10000000 is outside 2000 to 2030');
  });
  it.each([1e7, 1e8, 65535, 1e308, -1e7, 2031])('a full scenario with lastYear %d is refused fast, and the series are not read', (lastYear) => {
    const raw = rawScenario();
    raw.lastYear = lastYear;
    const run = measure(() => parseScenario(raw));
    expect(run.ms).toBeLessThan(2000);
    expect(run.value.ok).toBe(false);
    if (!run.value.ok) {
      expect(run.value.errors[0]).toMatch(/^lastYear: -?[\d.e+]+ is outside 2000 to 2030$/);
      expect(run.value.errors).toContain('series: not checked until firstYear, lastYear and preludeFrom are valid');
    }
  });
  it('a huge preludeFrom or firstYear is refused the same way', () => {
    for (const key of ['preludeFrom', 'firstYear']) {
      const raw = rawScenario('platform-years');
      raw[key] = -1e9;
      const parsed = parseScenario(raw);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.errors[0]).toContain(`${key}: -1000000000 is outside`);
    }
  });
  it('lists are bounded: 10,000 events or history years are refused without being played', () => {
    const raw = rawScenario();
    raw.events = Array.from({ length: 10_000 }, () => ({}));
    raw.history = Array.from({ length: 10_000 }, (_, i) => ({ year: i, actions: [], why: 'x' }));
    const run = measure(() => parseScenario(raw));
    expect(run.ms).toBeLessThan(2000);
    expect(run.value.ok).toBe(false);
    if (!run.value.ok) {
      expect(run.value.errors).toContain('events: 10000 events; at most 200');
      expect(run.value.errors).toContain('history: 10000 years; at most 41');
    }
  });
  it('a file full of unknown fields gives a bounded list of problems', () => {
    const raw = rawScenario();
    for (let i = 0; i < 100_000; i++) raw[`x${i}`] = i;
    const parsed = parseScenario(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors.length).toBe(51);
      expect(parsed.errors.at(-1)).toBe('... and more problems not listed');
    }
  });
});

describe('scenario text from a file or a link', () => {
  it('a byte-order mark is accepted', () => {
    const text = '\uFEFF' + JSON.stringify(rawScenario('platform-years'));
    const read = readScenarioText(text, 'bom.json');
    expect(read.ok).toBe(true);
  });
  it('deep nesting is refused as a value', () => {
    const text = '['.repeat(200_000) + ']'.repeat(200_000);
    const run = measure(() => readScenarioText(text, 'deep.json'));
    expect(run.ms).toBeLessThan(2000);
    expect(run.value.ok).toBe(false);
    if (!run.value.ok) expect(run.value.message).toMatch(/^deep\.json (is not a scenario|was refused)/);
  });
});

describe('property: any mutation of a year, number or list is refused in bounded time, or accepted only in range', () => {
  const hostileNumber = fc.oneof(
    fc.double(), fc.integer(), fc.constantFrom(1e7, 1e8, 65535, -1, 0, 2000.5, Number.MAX_SAFE_INTEGER, 1e308, -1e308),
  );
  const anyValue = fc.oneof(hostileNumber, fc.string({ maxLength: 50 }), fc.constant(null), fc.array(fc.integer(), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 5 }));
  const field = fc.constantFrom('firstYear', 'lastYear', 'preludeFrom', 'genAiFrom', 'events', 'rivals', 'history', 'series', 'start', 'jedi', 'name', 'id');
  it('top-level fields', () => {
    fc.assert(fc.property(field, anyValue, (key, value) => {
      const raw = rawScenario('platform-years');
      raw[key] = value;
      const started = performance.now();
      const parsed = parseScenario(raw);
      expect(performance.now() - started).toBeLessThan(2000);
      if (!parsed.ok) {
        expect(parsed.errors.length).toBeGreaterThan(0);
        for (const error of parsed.errors) expect(error).toMatch(/^[\w.[\]$"-]+: |^[\w.]*".*": |^\.\.\. and more/);
      } else {
        expect(parsed.value.lastYear - parsed.value.preludeFrom).toBeLessThanOrEqual(40);
        expect(parsed.value.lastYear).toBeLessThanOrEqual(2030);
      }
    }), { numRuns: 150 });
  });
  it('series values and event years', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 20 }), hostileNumber, (index, value) => {
      const raw = rawScenario('platform-years') as { events: { year: unknown }[]; series: { itSpending: Record<string, unknown> } };
      const events = raw.events;
      events[index % events.length]!.year = value;
      raw.series.itSpending[String(1990 + index)] = value;
      const parsed = parseScenario(raw);
      if (parsed.ok) for (const e of parsed.value.events) expect(e.year).toBeLessThanOrEqual(parsed.value.lastYear);
    }), { numRuns: 100 });
  });
  it('random text as a scenario is refused with one message', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 4 })), (text) => {
      const read = readScenarioText(text, 'random.json');
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toMatch(/^random\.json /);
    }), { numRuns: 200 });
  });
});
