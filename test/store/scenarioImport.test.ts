import { describe, expect, it } from 'vitest';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { memoryStorage } from '../../src/app/storage';
import { importScenario, importScenarioFile, readScenarioText, scenarioLinkTarget } from '../../src/store/scenarioImport';
import { createSession } from '../../src/store/session';
import historical from '../../scenarios/historical.json';

const { scenarios } = loadBundledScenarios();

function fresh() {
  const session = createSession({ scenarios, storage: memoryStorage(), now: () => 1 });
  session.init();
  return session;
}

describe('loading a scenario', () => {
  it('adds a sound scenario and can start a game in it', () => {
    const session = fresh();
    const own = { ...historical, id: 'my-class', name: 'My class run' };
    const result = importScenario(session, JSON.stringify(own), 'my.json');
    expect(result.ok).toBe(true);
    expect(session.get().scenarios.at(-1)?.id).toBe('my-class');
    expect(session.get().notice?.tone).toBe('info');
    session.newGame('my-class');
    expect(session.get().game?.scenario.name).toBe('My class run');
  });

  it('refuses a bad scenario with its first few messages and keeps the list', () => {
    const session = fresh();
    const result = importScenario(session, JSON.stringify({ ...historical, firstYear: 'soon', lastYear: -3, events: 7, history: 'x', brief: 5 }), 'bad.json');
    expect(result.ok).toBe(false);
    expect(session.get().scenarios).toHaveLength(scenarios.length);
    expect(session.get().notice?.text).toMatch(/^bad\.json was refused: /);
    expect(session.get().notice?.text).toMatch(/more\)\.$/);
    expect(readScenarioText('{', 'x').ok).toBe(false);
  });

  it('refuses a huge file without reading it', () => {
    const session = fresh();
    expect(importScenarioFile(session, { name: 'big.json' }).ok).toBe(false);
    expect(session.get().notice?.text).toMatch(/far too large/);
    expect(readScenarioText('x'.repeat(3_000_000), 'paste').ok).toBe(false);
  });

  it('reads a link as JSON or a same-site address only', () => {
    expect(scenarioLinkTarget('{"id":1}', 'https://a.org/g/')).toEqual({ json: '{"id":1}' });
    expect(scenarioLinkTarget('scenarios/mine.json', 'https://a.org/g/index.html')).toEqual({ url: 'https://a.org/g/scenarios/mine.json' });
    expect(scenarioLinkTarget('https://evil.example/x.json', 'https://a.org/g/')).toHaveProperty('error');
  });
});

describe('a loaded scenario never replaces a bundled one', () => {
  it('keeps the bundled historical world when a changed copy under its id is loaded, and a class plays the bundled one', async () => {
    const { encodeCompetition, newCompetition } = await import('../../src/app/competition');
    const { joinCompetition, openCompetition } = await import('../../src/store/competitionPlay');
    const session = fresh();
    const bundled = session.get().scenarios.find((s) => s.id === 'historical')!;
    const changed = { ...historical, name: 'Historical, doctored', brief: 'A world where the figures were changed.' };
    const result = importScenario(session, JSON.stringify(changed), 'link');
    expect(result.ok).toBe(true);
    const list = session.get().scenarios;
    expect(list).toHaveLength(scenarios.length + 1);
    expect(list.find((s) => s.id === 'historical')).toBe(bundled);
    const copy = list.at(-1)!;
    expect(copy.id).toMatch(/^historical-[0-9a-f]{8}$/);
    expect(copy.scenario.id).toBe(copy.id);
    expect(copy.name).toBe('Historical, doctored (loaded copy)');
    expect(session.get().notice?.text).toMatch(/was taken, so it is kept as a copy of its own.*not saved in this browser/);

    const competition = newCompetition(bundled.scenario, { seed: 'class-3', firstYear: bundled.scenario.lastYear - 1, lastYear: bundled.scenario.lastYear });
    expect(openCompetition(session, encodeCompetition(competition))).toBe(true);
    expect(joinCompetition(session, 'Owls')).toBe('');
    expect(session.get().game!.scenario.name).toBe(bundled.scenario.name);
  });

  it('finds the same content loaded twice instead of adding it again, and keeps ids unique', () => {
    const session = fresh();
    const changed = JSON.stringify({ ...historical, name: 'Variant' });
    const first = importScenario(session, changed, 'a.json');
    const second = importScenario(session, changed, 'b.json');
    expect(second).toEqual(first);
    expect(session.get().notice?.text).toMatch(/already here/);
    importScenario(session, JSON.stringify({ ...historical, name: 'Variant two' }), 'c.json');
    const ids = session.get().scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(scenarios.length + 2);
    // The bundled scenario loaded as it is already here: nothing is added.
    expect(importScenario(session, JSON.stringify(historical), 'd.json')).toEqual({ ok: true, id: 'historical' });
    expect(session.get().scenarios).toHaveLength(scenarios.length + 2);
  });

  it('bounds how many scenarios a page holds', async () => {
    const { MAX_SCENARIOS } = await import('../../src/store/scenarioImport');
    const session = fresh();
    let last: ReturnType<typeof importScenario> = { ok: true, id: '' };
    for (let i = 0; i < MAX_SCENARIOS; i++) last = importScenario(session, JSON.stringify({ ...historical, id: `mine-${i}` }), `f${i}.json`);
    expect(last.ok).toBe(false);
    expect(session.get().scenarios).toHaveLength(MAX_SCENARIOS);
    expect(session.get().notice?.text).toMatch(/already holds 25 scenarios/);
  });
});
