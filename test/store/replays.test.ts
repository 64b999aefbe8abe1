import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, runCampaign } from '../../src/engine';
import { encodeReplay } from '../../src/app/replayCode';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { AUTOSAVE_KEY } from '../../src/app/saves';
import { memoryStorage } from '../../src/app/storage';
import { createReplays, historyPath } from '../../src/store/replays';
import { createSession } from '../../src/store/session';
import { encodeCompetition, newCompetition } from '../../src/app/competition';
import { joinCompetition, leaveCompetition, openCompetition } from '../../src/store/competitionPlay';

const { scenarios } = loadBundledScenarios();
const scenario = scenarios[0]!.scenario;

function fresh() {
  const storage = memoryStorage();
  const session = createSession({ scenarios, storage, now: () => 1, randomSeed: () => 'seed-fixed' });
  session.init();
  return { session, replays: createReplays(session), storage };
}

function linkFor(years: number, seed = 'linked'): string {
  const decisions = historyPath(scenario).slice(0, years);
  const run = runCampaign(scenario, seed, decisions, { untilYear: scenario.firstYear + years - 1 });
  if (!run.ok) throw new Error(run.error);
  return `#r=${encodeReplay({ engineVersion: ENGINE_VERSION, scenario: scenario.id, seed, decisions, hashes: run.hashes })}`;
}

describe('replays', () => {
  it('opens history on the watch screen and steps, jumps and clamps', () => {
    const { session, replays } = fresh();
    replays.openHistory();
    expect(session.get().screen).toBe('watch');
    const years = scenario.lastYear - scenario.firstYear + 1;
    expect(replays.get().watching?.decisions).toHaveLength(years);
    replays.step(1);
    replays.step(1);
    expect(replays.get().index).toBe(2);
    replays.step(-5);
    expect(replays.get().index).toBe(0);
    replays.jump(999);
    expect(replays.get().index).toBe(years - 1);
    replays.close();
    expect(session.get().screen).toBe('title');
    expect(replays.get().watching).toBeNull();
  });

  it('opens a good share link without touching the autosave', () => {
    const { session, replays, storage } = fresh();
    expect(replays.openLink(linkFor(4))).toBe('opened');
    expect(session.get().screen).toBe('watch');
    expect(replays.get().watching).toMatchObject({ kind: 'shared', seed: 'linked' });
    expect(session.get().saved).toBeNull();
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
  });

  it('ignores a fragment without a code, and refuses a damaged one with a notice on the title', () => {
    const { session, replays } = fresh();
    expect(replays.openLink('')).toBe('none');
    expect(replays.openLink('#c=abc')).toBe('none');
    const good = linkFor(3);
    const middle = Math.floor(good.length / 2);
    const tampered = `${good.slice(0, middle)}${good[middle] === 'A' ? 'B' : 'A'}${good.slice(middle + 1)}`;
    for (const bad of [tampered, good.slice(0, 15), '#r=', '#r=fw9_abc', '#r=hello']) {
      expect(replays.openLink(bad), bad).toBe('refused');
      expect(session.get().screen).toBe('title');
      expect(session.get().notice?.text).toContain('shared replay could not be opened');
      expect(replays.get().watching).toBeNull();
    }
  });

  it('forks: the replay\'s years up to the one shown, same seed, then the player carries on and it is saved', () => {
    const { session, replays } = fresh();
    replays.openLink(linkFor(5, 'fork-seed'));
    replays.jump(2);
    expect(replays.fork()).toBe(true);
    const game = session.get().game!;
    expect(session.get().screen).toBe('year');
    expect(game.seed).toBe('fork-seed');
    expect(game.decisions).toEqual(historyPath(scenario).slice(0, 3));
    expect(game.state.year).toBe(scenario.firstYear + 3);
    expect(session.get().saved?.nextYear).toBe(scenario.firstYear + 3);
    const expected = runCampaign(scenario, 'fork-seed', historyPath(scenario).slice(0, 3), { untilYear: scenario.firstYear + 2 });
    expect(expected.ok && expected.hashes).toEqual(game.hashes);
  });

  it('cannot fork from the last year of the scenario', () => {
    const { replays } = fresh();
    replays.openHistory();
    replays.jump(999);
    expect(replays.fork()).toBe(false);
  });

  it('watches history in the game\'s own world, unless the game hides history', () => {
    const { session, replays } = fresh();
    session.newGame(scenario.id, 'my-world');
    replays.openHistory();
    expect(replays.get().watching?.seed).toBe('my-world');
    replays.close();
    const game = session.get().game!;
    session.store.setState({ game: { ...game, rules: { ...game.rules, history: false } } });
    // While such a game is played, history stays hidden: the player is told so.
    replays.openHistory();
    expect(replays.get().watching).toBeNull();
    expect(session.get().notice?.text).toMatch(/History stays hidden until your class game is over/);
    // Once it is over, history opens in the default world, not the game's own.
    session.store.setState({ game: { ...game, state: { ...game.state, finished: true }, rules: { ...game.rules, history: false } } });
    replays.openHistory();
    expect(replays.get().watching?.seed).toBe(scenario.defaultSeed);
  });

  it('watches the player\'s own game and goes back where it came from', () => {
    const { session, replays } = fresh();
    replays.openOwn();
    expect(session.get().screen).toBe('title');
    session.newGame(scenario.id, 'own');
    session.endYear();
    session.continueFromReport();
    replays.openOwn();
    expect(replays.get().watching?.kind).toBe('own');
    expect(replays.get().index).toBe(0);
    replays.close();
    expect(session.get().screen).toBe('year');
  });
});

describe('watching a class competition game', () => {
  it('keeps the competition\u2019s settings: no share link, history as the competition says, its score span', () => {
    const { session, replays } = fresh();
    const c = newCompetition(scenario, { seed: 'class-2', firstYear: 2019, lastYear: 2020, ghost: false, name: 'Period 1' });
    openCompetition(session, encodeCompetition(c));
    joinCompetition(session, 'Owls');
    session.endYear();
    session.continueFromReport();
    replays.openOwn();
    expect(session.get().screen).toBe('watch');
    expect(replays.get().watching?.classGame).toEqual({ ghost: false, scoreSpan: { firstYear: 2019, lastYear: 2020 } });
    replays.close();
    leaveCompetition(session);
    session.newGame(scenario.id, 'solo');
    session.endYear();
    session.continueFromReport();
    replays.openOwn();
    expect(replays.get().watching?.classGame).toBeNull();
  });
});
