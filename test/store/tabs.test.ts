import { describe, expect, it } from 'vitest';
import { encodeCompetition, newCompetition } from '../../src/app/competition';
import { competitionSaveKey } from '../../src/app/competitionSave';
import { AUTOSAVE_KEY } from '../../src/app/saves';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { memoryStorage } from '../../src/app/storage';
import { createTabSync } from '../../src/app/tabSync';
import { joinCompetition, openCompetition, resumeCompetition } from '../../src/store/competitionPlay';
import { createSession } from '../../src/store/session';
import { createTabs, OTHER_TAB_LEFT, type Tabs } from '../../src/store/tabs';
import { tabHub } from '../helpers/tabHub';

const { scenarios } = loadBundledScenarios();
const scenario = scenarios[0]!.scenario;

/** Two tabs of one browser: one storage, one channel between them. */
function twoTabs() {
  const storage = memoryStorage();
  const hub = tabHub();
  const open = (id: string) => {
    let tabs: Tabs | null = null;
    const sync = createTabSync(hub.channel(), id, (slot) => tabs!.taken(slot));
    const session = createSession({ scenarios, storage, saveGuard: sync, now: () => 5 });
    tabs = createTabs(session, sync);
    session.init();
    return { session, tabs, sync };
  };
  return { storage, a: open('A'), b: open('B') };
}

function playYear(session: ReturnType<typeof createSession>): void {
  session.endYear();
  session.continueFromReport();
}

describe('two tabs on one game', () => {
  it('the tab whose game is taken stops saving, so it cannot overwrite the other tab\u2019s years', () => {
    const { storage, a, b } = twoTabs();
    a.session.newGame(scenario.id, 'shared');
    playYear(a.session);
    b.session.continueSaved();
    expect(a.tabs.store.getState().taken).toBe(AUTOSAVE_KEY);
    expect(b.tabs.store.getState().taken).toBeNull();
    playYear(b.session);
    playYear(b.session);
    const afterB = storage.getItem(AUTOSAVE_KEY);
    // Tab A is a year behind; a change there must not reach the save.
    a.session.setLever('capex', 'aggressive');
    a.session.endYear();
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(afterB);
  });

  it('a take-over that cannot read the game back lets go of this tab’s older copy instead of saving it', () => {
    const { storage, a, b } = twoTabs();
    a.session.newGame(scenario.id, 'shared');
    b.session.continueSaved();
    playYear(b.session);
    storage.setItem(AUTOSAVE_KEY, '{"damaged');
    a.tabs.takeOver();
    expect(a.session.get().game).toBeNull();
    expect(a.session.get().screen).toBe('title');
    expect(a.session.get().notice?.text).toMatch(/could not be used/);
    a.session.saveNow();
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
  });

  it('taking over reads the game as the other tab left it, and stops that tab in turn', () => {
    const { a, b } = twoTabs();
    a.session.newGame(scenario.id, 'shared');
    b.session.continueSaved();
    playYear(b.session);
    playYear(b.session);
    a.tabs.takeOver();
    expect(a.tabs.store.getState().taken).toBeNull();
    expect(a.session.get().screen).toBe('year');
    expect(a.session.get().game!.state.year).toBe(scenario.firstYear + 2);
    expect(b.tabs.store.getState().taken).toBe(AUTOSAVE_KEY);
    expect(b.sync.mayWrite()).toBe(false);
  });

  it('leaving goes to the title, shows the game as the other tab has it, and says where it went', () => {
    const { a, b } = twoTabs();
    a.session.newGame(scenario.id, 'shared');
    b.session.continueSaved();
    playYear(b.session);
    a.session.openMenu();
    b.session.newGame(scenario.id, 'another');
    a.tabs.leave();
    expect(a.session.get().screen).toBe('title');
    expect(a.session.get().menuOpen).toBe(false);
    expect(a.session.get().notice?.text).toBe(OTHER_TAB_LEFT);
    expect(a.session.get().saved?.nextYear).toBe(scenario.firstYear);
    // Continuing here now takes the game back from the other tab.
    a.session.continueSaved();
    expect(a.session.get().game!.seed).toBe('another');
    expect(b.tabs.store.getState().taken).toBe(AUTOSAVE_KEY);
  });

  it('a team game open in two tabs is guarded the same way, by its own slot', () => {
    const { storage, a, b } = twoTabs();
    const competition = newCompetition(scenario, { seed: 'class-7', firstYear: scenario.lastYear - 2, lastYear: scenario.lastYear, name: 'Period 2' });
    const code = encodeCompetition(competition);
    expect(openCompetition(a.session, code)).toBe(true);
    expect(joinCompetition(a.session, 'Owls')).toBe('');
    const slot = a.sync.heldSlot()!;
    expect(slot.startsWith('flywheel:competition:')).toBe(true);
    expect(storage.getItem(slot)).not.toBeNull();
    expect(openCompetition(b.session, code)).toBe(true);
    expect(b.session.get().joining?.savedTeam?.team).toBe('Owls');
    // Resuming in tab B takes the team game from tab A.
    expect(resumeCompetition(b.session)).toBe('');
    expect(a.tabs.store.getState().taken).toBe(slot);
    expect(slot).toBe(competitionSaveKey(b.session.get().game!.rules.competition!.id));
    a.tabs.leave();
    expect(a.session.get().game).toBeNull();
    expect(a.session.get().screen).toBe('title');
  });

  it('an ordinary game and a team game in two tabs leave each other alone', () => {
    const { a, b } = twoTabs();
    a.session.newGame(scenario.id, 'mine');
    const competition = newCompetition(scenario, { seed: 'class-8', firstYear: scenario.lastYear - 1, lastYear: scenario.lastYear });
    openCompetition(b.session, encodeCompetition(competition));
    joinCompetition(b.session, 'Hawks');
    playYear(b.session);
    expect(a.tabs.store.getState().taken).toBeNull();
    expect(b.tabs.store.getState().taken).toBeNull();
  });
});
