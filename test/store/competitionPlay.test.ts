import { describe, expect, it } from 'vitest';
import { encodeCompetition, newCompetition } from '../../src/app/competition';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { memoryStorage } from '../../src/app/storage';
import { AUTOSAVE_KEY } from '../../src/app/saves';
import { askCompetitionCode, joinCompetition, leaveCompetition, openClassroom, openCompetition, readCompetitionCode } from '../../src/store/competitionPlay';
import { createSession } from '../../src/store/session';

const { scenarios } = loadBundledScenarios();
const scenario = scenarios[0]!.scenario;

function fresh() {
  const storage = memoryStorage();
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
    expect(session.get().competition?.competition.name).toBe('Period 3');
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
    expect(data.competition?.team).toBe('The Owls');
    expect(data.ghostAllowed).toBe(false);
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
    expect(session.get().competition).toBeNull();
    expect(session.get().ghostAllowed).toBe(true);
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
