import { describe, expect, it } from 'vitest';
import { encodeCompetition, newCompetition } from '../../src/app/competition';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { memoryStorage } from '../../src/app/storage';
import { AUTOSAVE_KEY } from '../../src/app/saves';
import { askCompetitionCode, joinCompetition, leaveCompetition, openClassroom, openCompetition, readCompetitionCode, resumeCompetition } from '../../src/store/competitionPlay';
import { competitionSaveKey } from '../../src/app/competitionSave';
import { competitionId } from '../../src/app/competition';
import { REJECTED_PREFIX } from '../../src/app/saves';
import type { KeyValueStorage } from '../../src/app/storage';
import { createSession } from '../../src/store/session';

const { scenarios } = loadBundledScenarios();
const scenario = scenarios[0]!.scenario;

function fresh(storage: KeyValueStorage & { dump(): Record<string, string> } = memoryStorage()) {
  const session = createSession({ scenarios, storage, now: () => 1, randomSeed: () => 'seed-x' });
  session.init();
  return { session, storage };
}

const competition = newCompetition(scenario, { seed: 'class-1', firstYear: 2018, lastYear: 2020, ghost: false, name: 'Period 3' });
const code = encodeCompetition(competition);

describe('joining a competition', () => {
  it('opens the Join screen for a sound code and refuses a damaged one with a notice', () => {
    const { session } = fresh();
    expect(openCompetition(session, code)).toBe(true);
    expect(session.get().screen).toBe('join');
    expect(session.get().joining?.play.competition.name).toBe('Period 3');
    expect(openCompetition(session, code.slice(0, -3))).toBe(false);
    expect(session.get().screen).toBe('title');
    expect(session.get().notice?.text).toMatch(/cannot be used/);
    expect(readCompetitionCode(session, 'hello').ok).toBe(false);
  });

  it('plays the years before the competition on history and fixes the settings', () => {
    const { session, storage } = fresh();
    openCompetition(session, code);
    expect(joinCompetition(session, '   ')).toMatch(/name/);
    expect(joinCompetition(session, '  The\u0007  Owls ')).toBe('');
    const data = session.get();
    expect(data.screen).toBe('year');
    expect(data.game?.rules.competition?.team).toBe('The Owls');
    expect(data.game?.rules).toMatchObject({ mode: 'competition', history: false, hints: false, sharing: false, scoreSpan: { firstYear: 2018, lastYear: 2020 } });
    expect(data.joining).toBeNull();
    expect(data.game?.state.year).toBe(2018);
    expect(data.game?.seed).toBe('class-1');
    expect(data.game?.scenario.lastYear).toBe(2020);
    expect(data.game?.decisions).toHaveLength(2018 - scenario.firstYear);
    session.endYear();
    // A competition game never replaces the player's own autosave.
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
  });

  it('an ordinary new game clears the competition and allows the ghost again', () => {
    const { session } = fresh();
    openCompetition(session, code);
    joinCompetition(session, 'Owls');
    session.newGame();
    expect(session.get().game?.rules).toMatchObject({ mode: 'practice', competition: null, history: true, hints: true, sharing: true, scoreSpan: undefined });
  });

  it('moves between the title, the Join screen and the Classroom', () => {
    const { session } = fresh();
    askCompetitionCode(session);
    expect(session.get().screen).toBe('join');
    leaveCompetition(session);
    expect(session.get().screen).toBe('title');
    openClassroom(session);
    expect(session.get().screen).toBe('classroom');
  });
});

describe('a team game survives a reload', () => {
  const key = competitionSaveKey(competitionId(competition));

  /** A team that has played 2018 and picked a move for 2019, then the page is reloaded. */
  function playedThenReloaded() {
    const first = fresh();
    openCompetition(first.session, code);
    joinCompetition(first.session, 'Owls');
    first.session.setLever('capex', 'aggressive');
    first.session.endYear();
    first.session.continueFromReport();
    first.session.setLever('retailInvestment', 'lean');
    const before = first.session.get().game!;
    const again = fresh(first.storage);
    return { before, again, storage: first.storage };
  }

  it('offers to carry on and restores the same state, hash and draft', () => {
    const { before, again, storage } = playedThenReloaded();
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    openCompetition(again.session, code);
    expect(again.session.get().joining?.savedTeam).toEqual({ team: 'Owls', nextYear: 2019, finished: false });
    expect(resumeCompetition(again.session)).toBe('');
    const game = again.session.get().game!;
    expect(again.session.get().screen).toBe('year');
    expect(game.rules.competition?.team).toBe('Owls');
    expect(game.rules.history).toBe(false);
    expect(game.state.year).toBe(2019);
    expect(game.hashes.at(-1)).toBe(before.hashes.at(-1));
    expect(game.selection).toEqual(before.selection);
  });

  it('sets a damaged save aside with a notice, and keeps its text', () => {
    const storage = memoryStorage({ [key]: '{"format":"flywheel-competition-save","code":' });
    const { session } = fresh(storage);
    openCompetition(session, code);
    expect(session.get().screen).toBe('join');
    expect(session.get().joining?.savedTeam ?? null).toBeNull();
    expect(session.get().notice?.text).toMatch(/could not be used: it is not readable/);
    const kept = Object.entries(storage.dump()).find(([k]) => k.startsWith(REJECTED_PREFIX));
    expect(kept?.[1]).toBe('{"format":"flywheel-competition-save","code":');
    expect(storage.getItem(key)).toBeNull();
  });

  it('refuses a save whose decisions no longer replay, and keeps it aside', () => {
    const { again, storage } = playedThenReloaded();
    const raw = JSON.parse(storage.getItem(key)!) as { decisions: { year: number; actions: unknown[] }[] };
    raw.decisions[0]!.actions = [{ kind: 'bidJedi' }, { kind: 'bidJedi' }];
    storage.setItem(key, JSON.stringify(raw));
    openCompetition(again.session, code);
    expect(again.session.get().joining?.savedTeam?.team).toBe('Owls');
    expect(resumeCompetition(again.session)).toMatch(/could not be replayed \(2018: .*appears twice/);
    expect(again.session.get().screen).toBe('join');
    expect(storage.getItem(key)).toBeNull();
    expect(Object.keys(storage.dump()).some((k) => k.startsWith(REJECTED_PREFIX))).toBe(true);
  });

  it('starting a new team keeps the earlier team game aside rather than overwriting it', () => {
    const { again, storage } = playedThenReloaded();
    const earlier = storage.getItem(key);
    openCompetition(again.session, code);
    expect(joinCompetition(again.session, 'Hawks')).toBe('');
    const kept = Object.entries(storage.dump()).filter(([k]) => k.startsWith(REJECTED_PREFIX)).map(([, v]) => v);
    expect(kept).toContain(earlier);
    expect(JSON.parse(storage.getItem(key)!).team).toBe('Hawks');
  });
});

describe('hostile or unlucky storage never costs a team its data', () => {
  const key = competitionSaveKey(competitionId(competition));
  const save = (decisions: unknown, draft: unknown = []) => JSON.stringify({ format: 'flywheel-competition-save', code, team: 'Owls', decisions, draft });

  it('a save holding values that cannot be printed is refused with a message and kept aside, not thrown', () => {
    for (const raw of [
      save([{ year: 2018, actions: [{ kind: { toString: 1 } }] }]),
      save([], [{ kind: 'launchService', service: { toString: 1 } }]),
    ]) {
      const storage = memoryStorage({ [key]: raw });
      const { session } = fresh(storage);
      expect(() => openCompetition(session, code)).not.toThrow();
      expect(session.get().joining?.savedTeam ?? null).toBeNull();
      expect(session.get().notice?.text).toMatch(/could not be used: its (decisions are|draft is) damaged/);
      expect(Object.values(storage.dump())).toContain(raw);
    }
  });

  it('two slots set aside in the same millisecond keep both', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: '{broken', [key]: '{also broken' });
    const { session } = fresh(storage);
    openCompetition(session, code);
    const kept = Object.entries(storage.dump()).filter(([k]) => k.startsWith(REJECTED_PREFIX)).map(([, v]) => v);
    expect(kept.sort()).toEqual(['{also broken', '{broken']);
    // Both warnings stay on screen: each names where its data went.
    expect(session.get().notice?.text).toMatch(/saved game could not be used.*saved game for this competition could not be used/);
  });

  it('a new team does not start over a save that cannot be moved aside', () => {
    const { storage } = (() => { const first = fresh(); openCompetition(first.session, code); joinCompetition(first.session, 'Owls'); return first; })();
    const earlier = storage.getItem(key);
    const locked: KeyValueStorage & { dump(): Record<string, string> } = {
      ...storage,
      setItem: (k, v) => { if (k.startsWith(REJECTED_PREFIX)) throw new Error('quota'); storage.setItem(k, v); },
    };
    const { session } = fresh(locked);
    openCompetition(session, code);
    expect(joinCompetition(session, 'Hawks')).toMatch(/could not be moved aside/);
    expect(storage.getItem(key)).toBe(earlier);
    expect(session.get().screen).toBe('join');
  });
});
