import { describe, expect, it } from 'vitest';
import { Scorm12API } from 'scorm-again';
import { encodeCompetition, newCompetition } from '../../src/app/competition';
import { AUTOSAVE_KEY, REJECTED_PREFIX } from '../../src/app/saves';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { memoryStorage } from '../../src/app/storage';
import { stateHash } from '../../src/engine';
import { joinCompetition, openCompetition } from '../../src/store/competitionPlay';
import { createSession } from '../../src/store/session';
import { scaledScore } from '../../src/lms/gameSuspend';
import { teamNameFromLearner } from '../../src/lms/learnerName';
import { sessionTime } from '../../src/lms/lmsReport';
import { startInLms } from '../../src/lms/startInLms';
import { readSuspendData } from '../../src/lms/suspendData';

// The game's side of SCORM against a real SCORM 1.2 runtime (scorm-again), with the session driven
// through its intents as the scenes drive it.

const { scenarios } = loadBundledScenarios();
const scenario = scenarios[0]!.scenario;

function lms(start: Record<string, unknown> = {}) {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  api.loadFromJSON({ core: { student_id: 'learner-1', student_name: 'Learner, Test' }, ...start });
  const commits: Record<string, unknown>[] = [];
  api.on('LMSCommit', () => commits.push(api.renderCMIToJSONObject().cmi as Record<string, unknown>));
  const listeners: Record<string, () => void> = {};
  const win = { API: api, parent: null, addEventListener: (type: string, run: () => void) => { listeners[type] = run; } };
  return { api, commits, listeners, win: win as unknown as Parameters<typeof startInLms>[1] };
}

function fresh(storage = memoryStorage()) {
  let clock = 1000;
  const session = createSession({ scenarios, storage, now: () => clock++, randomSeed: () => 'seed-x' });
  session.init();
  return { session, storage };
}

const value = (api: InstanceType<typeof Scorm12API>, element: string) => api.LMSGetValue(element);

describe('the game inside an LMS', () => {
  it('does nothing outside an LMS', () => {
    const { session } = fresh();
    const before = session.get();
    expect(startInLms(session, { parent: null, addEventListener: () => {} } as unknown as Parameters<typeof startInLms>[1], null)).toBeNull();
    expect(session.get()).toBe(before);
  });

  it('reports a practice game: incomplete, the suspend data after each year, then completed with its score', () => {
    const { session } = fresh();
    const { api, commits, listeners, win } = lms();
    expect(startInLms(session, win, null)).toEqual({ studentName: 'Learner, Test', resumeProblem: '' });
    expect(value(api, 'cmi.core.lesson_status')).toBe('incomplete');
    session.startFromReplay(scenario.id, scenario.defaultSeed, scenario.history.slice(0, 3));
    const afterThree = commits.length;
    session.endYear();
    expect(commits.length).toBe(afterThree + 1);
    const kept = readSuspendData(value(api, 'cmi.suspend_data'));
    expect(kept.ok && kept.value.kind === 'practice' && kept.value.replay.decisions.length).toBe(4);
    // cmi.core.exit is write-only: what the LMS received shows in the commit.
    expect(commits.at(-1)!.core).toMatchObject({ exit: 'suspend' });
    while (!session.get().game!.state.finished) {
      if (session.get().screen === 'report') session.continueFromReport();
      session.endYear();
    }
    const game = session.get().game!;
    expect(value(api, 'cmi.core.lesson_status')).toBe('completed');
    expect(value(api, 'cmi.core.score.raw')).toBe(String(scaledScore(game.state.score.total)));
    expect([value(api, 'cmi.core.score.min'), value(api, 'cmi.core.score.max')]).toEqual(['0', '100']);
    // The finished game's suspend data is its replay code alone, within SCORM's limit.
    const final = value(api, 'cmi.suspend_data');
    expect(final).toMatch(/^fw1_[A-Za-z0-9_-]+$/);
    expect(final.length).toBeLessThanOrEqual(4096);
    listeners.pagehide!();
    listeners.beforeunload!();
    expect(api.isTerminated()).toBe(true);
    expect(commits.at(-1)!.core).toMatchObject({ session_time: expect.stringMatching(/^\d{2,4}:\d{2}:\d{2}$/) });
  });

  it('carries a kept game on exactly, draft included, ahead of this browser\u2019s own save', () => {
    const first = fresh();
    const one = lms();
    startInLms(first.session, one.win, null);
    first.session.startFromReplay(scenario.id, scenario.defaultSeed, scenario.history.slice(0, 5));
    first.session.cycleLever('capex');
    first.session.toggleMove('launchPrime');
    const before = first.session.get().game!;
    expect(before.selection.length).toBeGreaterThan(0);
    one.listeners.pagehide!();
    const kept = one.api.LMSGetValue('cmi.suspend_data');

    // This browser has another game saved; the LMS's game wins.
    const second = fresh();
    second.session.startFromReplay(scenario.id, scenario.defaultSeed, scenario.history.slice(0, 2));
    const ownSave = second.storage.getItem(AUTOSAVE_KEY);
    const two = lms({ suspend_data: kept, core: { student_id: 'learner-1', student_name: 'Learner, Test', entry: 'resume', lesson_status: 'incomplete' } });
    startInLms(second.session, two.win, null);
    const after = second.session.get().game!;
    expect(second.session.get().screen).toBe('year');
    expect(stateHash(after.state)).toBe(stateHash(before.state));
    expect(after.selection).toEqual(before.selection);
    // This browser's other game is kept aside, and the learner is told where.
    const aside = Object.entries(second.storage.dump()).filter(([key]) => key.startsWith(REJECTED_PREFIX));
    expect(aside.map(([, text]) => text)).toEqual([ownSave]);
    expect(second.session.get().notice).toMatchObject({ tone: 'info', text: expect.stringContaining(aside[0]![0]) });

    // The same game saved here as in the LMS (the usual return on the same computer): nothing to set aside.
    const third = fresh(memoryStorage(first.storage.dump()));
    startInLms(third.session, lms({ suspend_data: kept }).win, null);
    expect(stateHash(third.session.get().game!.state)).toBe(stateHash(before.state));
    expect(Object.keys(third.storage.dump()).filter((key) => key.startsWith(REJECTED_PREFIX))).toEqual([]);
    expect(third.session.get().notice).toBeNull();
  });

  it('tells the learner when the kept game cannot be used, keeps a copy, and starts fresh', () => {
    for (const bad of ['fw1_damaged', 'fwr2_AAAAAAAAAAAA', 'not a game at all', `fw1_${'A'.repeat(5000)}`]) {
      const { session, storage } = fresh();
      const { api, win } = lms({ suspend_data: bad.slice(0, 4096) });
      const started = startInLms(session, win, null);
      expect(started?.resumeProblem).toMatch(/could not be continued/);
      expect(session.get().game).toBeNull();
      expect(session.get().notice?.tone).toBe('warning');
      const copies = Object.entries(storage.dump()).filter(([key]) => key.startsWith(REJECTED_PREFIX));
      expect(copies.map(([, text]) => text)).toEqual([bad.slice(0, 4096)]);
      // The LMS's data stays as it was until the learner plays.
      expect(api.LMSGetValue('cmi.suspend_data')).toBe(bad.slice(0, 4096));
    }
  });

  it('in a competition package: the learner\u2019s name is the default team name; a game from another competition is refused', () => {
    const competition = newCompetition(scenario, { firstYear: 2019, lastYear: 2020, name: 'Class' });
    const code = encodeCompetition(competition);
    const { session } = fresh();
    openCompetition(session, code);
    startInLms(session, lms().win, code);
    expect(session.get().joining?.suggestedTeam).toBe('Test Learner');

    const other = encodeCompetition(newCompetition(scenario, { firstYear: 2019, lastYear: 2020, name: 'Other class', seed: 'other' }));
    const elsewhere = fresh();
    openCompetition(elsewhere.session, other);
    const api = lms();
    startInLms(elsewhere.session, api.win, other);
    expect(joinCompetition(elsewhere.session, 'Team A')).toBe('');
    const theirs = api.api.LMSGetValue('cmi.suspend_data');
    expect(theirs).toMatch(/^fwr2_/);

    const mine = fresh();
    openCompetition(mine.session, code);
    const refused = startInLms(mine.session, lms({ suspend_data: theirs }).win, code);
    expect(refused?.resumeProblem).toMatch(/another class competition/);
    expect(mine.session.get().screen).toBe('join');
  });
});

describe('which game the LMS keeps', () => {
  it('a completed game stays until another is finished: a game begun afterwards is not reported while under way', () => {
    const { session } = fresh();
    const { api, win } = lms();
    startInLms(session, win, null);
    session.startFromReplay(scenario.id, scenario.defaultSeed, scenario.history);
    expect(value(api, 'cmi.core.lesson_status')).toBe('completed');
    const graded = value(api, 'cmi.suspend_data');
    const score = value(api, 'cmi.core.score.raw');
    session.newGame(scenario.id, 'another-seed');
    session.endYear();
    expect(value(api, 'cmi.suspend_data')).toBe(graded);
    expect(value(api, 'cmi.core.score.raw')).toBe(score);
    // Finishing it replaces both together.
    session.startFromReplay(scenario.id, 'another-seed', scenario.history);
    const next = value(api, 'cmi.suspend_data');
    expect(next).not.toBe(graded);
    const read = readSuspendData(next);
    expect(read.ok && read.value.kind === 'practice' && read.value.replay.seed).toBe('another-seed');
    expect(value(api, 'cmi.core.score.raw')).toBe(String(scaledScore(session.get().game!.state.score.total)));
  });

  it('a package built for a competition reports that competition’s game only', () => {
    const code = encodeCompetition(newCompetition(scenario, { firstYear: 2019, lastYear: 2020, name: 'Class' }));
    const { session } = fresh();
    openCompetition(session, code);
    const { api, commits, win } = lms();
    startInLms(session, win, code);
    const before = commits.length;
    session.startFromReplay(scenario.id, scenario.defaultSeed, scenario.history.slice(0, 4));
    expect(commits.length).toBe(before);
    expect(value(api, 'cmi.suspend_data')).toBe('');
    openCompetition(session, code);
    expect(joinCompetition(session, 'Team A')).toBe('');
    expect(value(api, 'cmi.suspend_data')).toMatch(/^fwr2_/);
  });
});

describe('the small conversions', () => {
  it('turns "Last, First" into a team name', () => {
    expect(teamNameFromLearner('Learner, Test')).toBe('Test Learner');
    expect(teamNameFromLearner('Single')).toBe('Single');
    expect(teamNameFromLearner('  ')).toBe('');
    expect(teamNameFromLearner('A very long family name indeed, and given names too many')).toHaveLength(40);
  });

  it('scales the scorecard to 0-100 and writes a session time', () => {
    expect(scaledScore(723.84)).toBe(72.4);
    expect(scaledScore(1000)).toBe(100);
    expect(scaledScore(-5)).toBe(0);
    expect(scaledScore(Number.NaN)).toBe(0);
    expect(sessionTime(3_725_400)).toBe('01:02:05');
    expect(sessionTime(-1)).toBe('00:00:00');
  });
});
