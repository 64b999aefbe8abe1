import { describe, expect, it } from 'vitest';
import { runCampaign, stateHash } from '../../src/engine';
import { AUTOSAVE_KEY, REJECTED_PREFIX } from '../../src/app/saves';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { memoryStorage } from '../../src/app/storage';
import { createSession } from '../../src/store/session';
import { chooseThroughIntents } from '../helpers/intents';

const { scenarios } = loadBundledScenarios();
const scenario = scenarios[0]!.scenario;

function fresh(storage = memoryStorage()) {
  const session = createSession({ scenarios, storage, now: () => 99, randomSeed: () => 'seed-fixed' });
  session.init();
  return { session, storage };
}

function playHistory(session: ReturnType<typeof fresh>['session'], untilYear = scenario.lastYear): void {
  for (let year = scenario.firstYear; year <= untilYear; year++) {
    const entry = scenario.history.find((h) => h.year === year);
    chooseThroughIntents(session, entry?.actions ?? []);
    session.endYear();
    session.continueFromReport();
  }
}

describe('session', () => {
  it('starts on the title with nothing saved', () => {
    const { session } = fresh();
    expect(session.get().screen).toBe('title');
    expect(session.get().saved).toBeNull();
    expect(session.get().notice).toBeNull();
  });

  it('starts a game on the year screen and saves it at once', () => {
    const { session, storage } = fresh();
    session.newGame(scenario.id, 'abc');
    const game = session.get().game!;
    expect(session.get().screen).toBe('year');
    expect(game.state.year).toBe(scenario.firstYear);
    expect(game.seed).toBe('abc');
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"seed":"abc"');
  });

  it('uses the scenario seed when none is given', () => {
    const { session } = fresh();
    session.newGame(scenario.id, '  ');
    expect(session.get().game!.seed).toBe(scenario.defaultSeed);
  });

  it('plays the real path through its intents to the campaign hash', () => {
    const { session } = fresh();
    session.newGame(scenario.id);
    playHistory(session);
    const campaign = runCampaign(scenario, scenario.defaultSeed, scenario.history);
    if (!campaign.ok) throw new Error(campaign.error);
    const state = session.get().game!.state;
    expect(state.finished).toBe(true);
    expect(stateHash(state)).toBe(campaign.hash);
    expect(session.get().screen).toBe('ending');
  });

  it.each(scenarios.map((entry) => [entry.id, entry] as const))('plays the %s scenario\'s history through its intents to its campaign hash', (_id, entry) => {
    const session = createSession({ scenarios, storage: memoryStorage() });
    session.newGame(entry.id);
    const s = entry.scenario;
    for (let year = s.firstYear; year <= s.lastYear; year++) {
      chooseThroughIntents(session, s.history.find((h) => h.year === year)?.actions ?? []);
      session.endYear();
      session.continueFromReport();
    }
    const campaign = runCampaign(s, s.defaultSeed, s.history);
    if (!campaign.ok) throw new Error(campaign.error);
    expect(stateHash(session.get().game!.state)).toBe(campaign.hash);
  });

  it('shows the report after each year, then the next year', () => {
    const { session } = fresh();
    session.newGame(scenario.id);
    session.endYear();
    expect(session.get().screen).toBe('report');
    expect(session.get().game!.reports).toHaveLength(1);
    session.continueFromReport();
    expect(session.get().screen).toBe('year');
    expect(session.get().game!.state.year).toBe(scenario.firstYear + 1);
  });

  it('saves the draft with every decision and restores it, and the exact state, on continue', () => {
    const { session, storage } = fresh();
    session.newGame(scenario.id);
    playHistory(session, scenario.firstYear + 3);
    session.toggleMove('launchService:sqs');
    session.setLever('capex', 'aggressive');
    const before = session.get().game!;
    const again = fresh(storage).session;
    expect(again.get().saved?.nextYear).toBe(before.state.year);
    expect(again.continueSaved()).toBe(true);
    const after = again.get().game!;
    expect(stateHash(after.state)).toBe(stateHash(before.state));
    expect(after.selection).toEqual(before.selection);
    expect(after.reports).toHaveLength(before.reports.length);
  });

  it('drops moves that rely on one taken back', () => {
    const { session } = fresh();
    session.newGame(scenario.id);
    session.endYear(); session.continueFromReport();
    session.endYear(); session.continueFromReport();
    // In the third year the developer platform needs the API mandate, which may be made the same year.
    session.toggleMove('apiMandate');
    session.toggleMove('openDeveloperPlatform');
    expect(session.get().game!.selection.map((a) => a.kind)).toEqual(['apiMandate', 'openDeveloperPlatform']);
    session.toggleMove('apiMandate');
    expect(session.get().game!.selection).toEqual([]);
  });

  it('ignores a locked move', () => {
    const { session } = fresh();
    session.newGame(scenario.id);
    session.toggleMove('launchService:ec2');
    expect(session.get().game!.selection).toEqual([]);
  });

  it('cycles compute through the remote team, the core team and off', () => {
    const { session } = fresh();
    session.newGame(scenario.id);
    for (let i = 0; i < 3; i++) { session.endYear(); session.continueFromReport(); }
    session.toggleMove('launchService:ec2');
    expect(session.get().game!.selection).toEqual([{ kind: 'launchService', service: 'ec2', team: 'remote' }]);
    session.toggleMove('launchService:ec2');
    expect(session.get().game!.selection).toEqual([{ kind: 'launchService', service: 'ec2', team: 'core' }]);
    session.toggleMove('launchService:ec2');
    expect(session.get().game!.selection).toEqual([]);
  });

  it('records a lever only when it differs from last year', () => {
    const { session } = fresh();
    session.newGame(scenario.id);
    const carried = session.get().game!.state.capexLevel;
    session.cycleLever('capex');
    expect(session.get().game!.selection).toHaveLength(1);
    session.setLever('capex', carried);
    expect(session.get().game!.selection).toEqual([]);
  });

  it('keeps price cuts within the engine limits', () => {
    const { session } = fresh();
    session.newGame(scenario.id);
    session.setPriceCuts({ count: 3, depthPercent: 10 });
    expect(session.get().game!.selection).toEqual([]); // nothing on sale yet
    playHistory(session, 2006);
    session.setPriceCuts({ count: 2, depthPercent: 90 });
    expect(session.get().game!.selection).toEqual([{ kind: 'priceCuts', count: 2, depthPercent: 20 }]);
    session.setPriceCuts({ count: 0, depthPercent: 20 });
    expect(session.get().game!.selection).toEqual([]);
  });

  it('sets a corrupt save aside, says so, and offers a fresh start', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: '{not json' });
    const { session } = fresh(storage);
    expect(session.get().notice?.tone).toBe('warning');
    expect(session.get().notice?.text).toContain(`${REJECTED_PREFIX}99`);
    expect(session.get().saved).toBeNull();
    expect(storage.getItem(`${REJECTED_PREFIX}99`)).toBe('{not json');
    expect(session.continueSaved()).toBe(false);
    session.newGame(scenario.id);
    expect(session.get().screen).toBe('year');
  });

  it('will not end the year from behind the menu', () => {
    const { session } = fresh();
    session.newGame(scenario.id);
    session.openMenu();
    session.endYear();
    expect(session.get().game!.reports).toHaveLength(0);
    session.closeMenu();
    session.endYear();
    expect(session.get().game!.reports).toHaveLength(1);
  });

  it('goes back from the help pages to where it came from', () => {
    const { session } = fresh();
    session.newGame(scenario.id);
    session.open('howto');
    session.open('model');
    session.back();
    expect(session.get().screen).toBe('year');
    session.quitToTitle();
    session.open('model');
    session.back();
    expect(session.get().screen).toBe('title');
  });
});
