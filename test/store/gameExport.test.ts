import { describe, expect, it } from 'vitest';
import { gameFile } from '../../src/app/gameFile';
import { parseReplay } from '../../src/app/replay';
import { AUTOSAVE_KEY } from '../../src/app/saves';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { memoryStorage, type KeyValueStorage } from '../../src/app/storage';
import { canExport, exported, exportFile } from '../../src/store/gameExport';
import { createSession } from '../../src/store/session';

const { scenarios } = loadBundledScenarios();
const scenario = scenarios[0]!.scenario;

/** A storage with a quota of `chars` characters, as a browser's is (in its own units). */
function quotaStorage(initial: Record<string, string>, chars: number): KeyValueStorage & { dump(): Record<string, string> } {
  const inner = memoryStorage(initial);
  const used = () => Object.entries(inner.dump()).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    ...inner,
    setItem: (key, value) => {
      if (used() - (inner.getItem(key)?.length ?? 0) + value.length + key.length > chars) throw new DOMException('full', 'QuotaExceededError');
      inner.setItem(key, value);
    },
  };
}

describe('exporting a game as a file', () => {
  it('writes the game in play as a replay that reads back to the same game', () => {
    const session = createSession({ scenarios, storage: memoryStorage() });
    session.init();
    expect(canExport(session)).toBe(false);
    session.newGame(scenario.id, 'Seed 42!');
    session.endYear();
    session.continueFromReport();
    session.setLever('capex', 'aggressive');
    const file = exportFile(session)!;
    expect(file.fileName).toBe(`flywheel-historical-seed-42-${scenario.firstYear + 1}.json`);
    const read = parseReplay(JSON.parse(file.text), scenarios);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.game.state.year).toBe(session.get().game!.state.year);
    expect(read.value.draft).toEqual(session.get().game!.selection);
    exported(session, file);
    expect(session.get().notice?.text).toContain(file.fileName);
  });

  it('names a finished game as finished', () => {
    const game = { scenario, seed: 's', decisions: [], start: null as never, reports: [], hashes: [], state: { year: 2021, finished: true } as never };
    expect(gameFile(game).fileName).toBe('flywheel-historical-s-finished.json');
  });
});

describe('a save too big to set aside', () => {
  const damaged = `{"format":"flywheel-replay/1","scenario":"histor${'x'.repeat(5000)}`;

  it('is not overwritten by the next game: the player is told, and can export it', () => {
    const storage = quotaStorage({ [AUTOSAVE_KEY]: damaged }, 8000);
    const session = createSession({ scenarios, storage, now: () => 7 });
    session.init();
    expect(session.get().notice?.text).toMatch(/could not be moved aside.*not saved over it.*Export/);
    session.newGame(scenario.id);
    session.setLever('capex', 'aggressive');
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(damaged);
    expect(Object.keys(storage.dump())).toEqual([AUTOSAVE_KEY]);

    // Exported from the title (no game in play): the file holds the data as it was, and the slot is freed.
    const onTitle = createSession({ scenarios, storage, now: () => 8 });
    onTitle.init();
    expect(canExport(onTitle)).toBe(true);
    const file = exportFile(onTitle)!;
    expect(file.text).toBe(damaged);
    exported(onTitle, file);
    expect(onTitle.get().notice?.text).toMatch(/exported as flywheel-saved-game\.json.*New games are saved again/);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    onTitle.newGame(scenario.id, 'fresh');
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"seed":"fresh"');
  });

  it('a save set aside as usual does not hold the slot', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: damaged });
    const session = createSession({ scenarios, storage, now: () => 7 });
    session.init();
    expect(session.get().notice?.text).toMatch(/kept aside \(flywheel:rejected:7\)/);
    session.newGame(scenario.id, 'next');
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"seed":"next"');
    expect(storage.getItem('flywheel:rejected:7')).toBe(damaged);
  });
});
