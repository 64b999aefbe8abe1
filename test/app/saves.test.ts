import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/engine';
import { playDecisions, toReplay } from '../../src/app/replay';
import { AUTOSAVE_KEY, readAutosave, REJECTED_PREFIX, writeAutosave } from '../../src/app/saves';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { memoryStorage, type KeyValueStorage } from '../../src/app/storage';

const { scenarios } = loadBundledScenarios();
const scenario = scenarios[0]!.scenario;
const now = () => 1234;

describe('autosave', () => {
  it('reads nothing from empty storage', () => {
    expect(readAutosave(memoryStorage(), scenarios, now)).toEqual({ kind: 'empty' });
  });

  it('reads back what it wrote', () => {
    const storage = memoryStorage();
    const played = playDecisions(scenario, scenario.defaultSeed, scenario.history.slice(0, 3));
    if (!played.ok) throw new Error(played.error);
    expect(writeAutosave(storage, toReplay(played.game))).toBe(true);
    const read = readAutosave(storage, scenarios, now);
    expect(read.kind).toBe('ok');
    if (read.kind === 'ok') expect(stateHash(read.loaded.game.state)).toBe(stateHash(played.game.state));
  });

  it.each([
    ['damaged JSON', '{"format": "flywheel-repl'],
    ['a foreign save', JSON.stringify({ format: 'another-game/3', level: 7 })],
    ['plain text', 'hello'],
    ['a move holding a value that cannot be printed', (() => {
      const played = playDecisions(scenario, scenario.defaultSeed, scenario.history.slice(0, 2));
      if (!played.ok) throw new Error(played.error);
      const replay = JSON.parse(JSON.stringify(toReplay(played.game)));
      replay.decisions[1].actions = [{ kind: 'launchService', service: { toString: 1 } }];
      return JSON.stringify(replay);
    })()],
  ])('sets %s aside under its own key and clears the slot', (_name, raw) => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: raw });
    const read = readAutosave(storage, scenarios, now);
    expect(read.kind).toBe('rejected');
    if (read.kind !== 'rejected') return;
    expect(read.keptAt).toBe(`${REJECTED_PREFIX}1234`);
    expect(storage.getItem(read.keptAt)).toBe(raw);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    expect(read.reason.length).toBeGreaterThan(5);
  });

  it('reports a refused write instead of throwing', () => {
    const full: KeyValueStorage = { getItem: () => null, setItem: () => { throw new Error('quota'); }, removeItem: () => undefined };
    const played = playDecisions(scenario, 'x', []);
    if (!played.ok) throw new Error(played.error);
    expect(writeAutosave(full, toReplay(played.game))).toBe(false);
  });
});
