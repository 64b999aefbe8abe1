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
