import { describe, expect, it } from 'vitest';
import { decodeCompetition, teamPath, competitionScenario } from '../../src/app/competition';
import { encodeResult, scoreTeam } from '../../src/app/result';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { createClassroom, MAX_PASTE_CHARS } from '../../src/store/classroom';
import { presetLength } from '../../src/app/classPresets';
import { memoryStorage } from '../../src/app/storage';

const { scenarios } = loadBundledScenarios();
const scenario = scenarios[0]!.scenario;

function resultCode(classroom: ReturnType<typeof createClassroom>, team: string, useHistory: boolean): string {
  const created = classroom.get().created!;
  const c = created.competition;
  const world = competitionScenario(scenario, c);
  const decisions = useHistory
    ? world.history.filter((h) => h.year >= c.firstYear)
    : teamPath(world, c, []).filter((d) => d.year >= c.firstYear);
  const run = scoreTeam(scenario, c, decisions);
  if (typeof run === 'string') throw new Error(run);
  return encodeResult({ competitionId: created.id, engineVersion: c.engineVersion, team, decisions, claimedScore: run.score.total });
}

/** A classroom with a competition created and its board open, holding the given teams' results (history's calls). */
function boardWith(storage: ReturnType<typeof memoryStorage>, ...teams: string[]): ReturnType<typeof createClassroom> {
  const classroom = createClassroom(() => scenarios, { storage, now: () => 1 });
  classroom.create();
  classroom.showView('board');
  for (const team of teams) classroom.addPaste(resultCode(classroom, team, true));
  return classroom;
}

describe('the classroom', () => {
  it('starts with the 50-minute preset: seven turns from two years before history\u2019s first launch', () => {
    const classroom = createClassroom(() => scenarios);
    const { form } = classroom.get();
    const firstLaunch = scenario.history.find((d) => d.actions.some((a) => a.kind === 'launchService'))!.year;
    expect(form.scenarioId).toBe(scenario.id);
    expect(form.firstYear).toBe(firstLaunch - 2);
    expect(form.lastYear - form.firstYear + 1).toBe(7);
    expect(presetLength(form)).toBe('7 turns, about 40 minutes');
    classroom.applyPreset('wholeRun');
    expect(classroom.get().form).toMatchObject({ firstYear: scenario.firstYear, lastYear: scenario.lastYear });
    expect(presetLength(classroom.get().form)).toBe('21 turns, about 2 hours');
    classroom.applyPreset('twoSessions');
    expect(classroom.get().form).toMatchObject({ firstYear: scenario.firstYear, lastYear: scenario.firstYear + 13 });
  });

  it('keeps the years in range and in order, both ways, and edits the other settings', () => {
    const classroom = createClassroom(() => scenarios);
    classroom.applyPreset('wholeRun');
    classroom.stepYear('firstYear', -1);
    expect(classroom.get().form.firstYear).toBe(scenario.firstYear);
    classroom.stepYear('firstYear', 1);
    expect(classroom.get().form.firstYear).toBe(scenario.firstYear + 1);
    classroom.stepYear('firstYear', -1);
    expect(classroom.get().form.firstYear).toBe(scenario.firstYear);
    classroom.stepYear('lastYear', 1);
    expect(classroom.get().form.lastYear).toBe(scenario.lastYear);
    classroom.stepYear('lastYear', -1);
    expect(classroom.get().form.lastYear).toBe(scenario.lastYear - 1);
    for (let i = 0; i < 40; i++) classroom.stepYear('lastYear', -1);
    expect(classroom.get().form.lastYear).toBe(classroom.get().form.firstYear);
    for (let i = 0; i < 40; i++) classroom.stepYear('firstYear', 1);
    expect(classroom.get().form.firstYear).toBe(classroom.get().form.lastYear);
    classroom.toggleEvents();
    classroom.toggleGhost();
    classroom.setSeed('Class <b>7</b>');
    classroom.setName('x'.repeat(100));
    const form = classroom.get().form;
    expect(form.events).toBe('random');
    expect(form.ghost).toBe(false);
    expect(form.seed).toBe('Classb7b');
    expect(form.name).toHaveLength(60);
    classroom.stepScenario(1);
    expect(classroom.get().form.scenarioId).toBe(scenarios[1]!.id);
  });

  it('creates a code that decodes to the settings, and reopens from it', () => {
    const classroom = createClassroom(() => scenarios);
    classroom.setSeed('room-12');
    classroom.create();
    const created = classroom.get().created!;
    const decoded = decodeCompetition(created.code);
    expect(decoded.ok && decoded.value.seed).toBe('room-12');
    const other = createClassroom(() => scenarios);
    expect(other.useCode(created.code)).toBe(true);
    expect(other.get().created?.id).toBe(created.id);
    expect(other.useCode('fwc1_nonsense')).toBe(false);
    expect(other.get().message?.tone).toBe('warning');
  });

  it('refuses the leaderboard before a competition exists', () => {
    const classroom = createClassroom(() => scenarios);
    classroom.showView('board');
    expect(classroom.get().view).toBe('create');
    expect(classroom.get().message?.text).toMatch(/Create a competition/);
  });

  it('ranks pasted codes and files, refuses junk with its reason, and refuses huge input fast', () => {
    const classroom = createClassroom(() => scenarios);
    classroom.create();
    classroom.showView('board');
    classroom.addPaste(`${resultCode(classroom, 'Owls', true)}\n\nnot a code\n`);
    classroom.addFiles([{ name: 'larks.json', size: 500, text: resultCode(classroom, 'Larks', false) }, { name: 'huge.json', size: 50_000_000 }]);
    const board = classroom.get().board!;
    expect(board.rows.map((r) => r.team).sort()).toEqual(['Larks', 'Owls']);
    expect(board.rejected.map((r) => r.source)).toEqual(['pasted code 2']);
    expect(classroom.get().message?.text).toMatch(/huge\.json/);
    const before = classroom.get().submissions.length;
    const started = Date.now();
    classroom.addPaste('x'.repeat(MAX_PASTE_CHARS * 2));
    expect(Date.now() - started).toBeLessThan(200);
    expect(classroom.get().submissions).toHaveLength(before);
    expect(classroom.get().message?.text).toMatch(/far too long/);
    classroom.clearResults();
    expect(classroom.get().board?.rows).toHaveLength(2);
    expect(classroom.get().message?.text).toMatch(/Press Clear again/);
    classroom.clearResults();
    expect(classroom.get().board?.rows).toEqual([]);
    classroom.undoClear();
    expect(classroom.get().board!.rows.map((r) => r.team).sort()).toEqual(['Larks', 'Owls']);
  });

  it('keeps every class in the browser\u2019s storage, across a reload, with a list to reopen', () => {
    const storage = memoryStorage();
    const classroom = createClassroom(() => scenarios, { storage, now: () => 1 });
    classroom.setName('Morning section');
    classroom.create();
    classroom.showView('board');
    classroom.addPaste(resultCode(classroom, 'Owls', true));
    const morning = classroom.get().created!.id;
    // A second class, made after the first.
    classroom.showView('create');
    classroom.setName('Evening section');
    classroom.create();
    classroom.showView('board');
    classroom.addPaste(`${resultCode(classroom, 'Larks', true)}\n${resultCode(classroom, 'Wrens', false)}`);

    const reloaded = createClassroom(() => scenarios, { storage, now: () => 2 });
    expect(reloaded.get().classes.map((c) => [c.name, c.results])).toEqual([['Evening section', 2], ['Morning section', 1]]);
    expect(reloaded.get().view).toBe('board');
    reloaded.showView('board');
    expect(reloaded.get().board!.rows.map((r) => r.team).sort()).toEqual(['Larks', 'Wrens']);
    reloaded.openClass(morning);
    expect(reloaded.get().created!.competition.name).toBe('Morning section');
    expect(reloaded.get().board!.rows.map((r) => r.team)).toEqual(['Owls']);
  });

  it('exports a class as a file and imports it on another computer, results joining those kept there', () => {
    const classroom = boardWith(memoryStorage(), 'Owls');
    const file = classroom.exportClass()!;
    expect(file.fileName).toMatch(/^flywheel-class-.*\.json$/);
    const elsewhere = createClassroom(() => scenarios, { storage: memoryStorage() });
    elsewhere.useCode(classroom.get().created!.code);
    elsewhere.showView('board');
    elsewhere.addPaste(resultCode(classroom, 'Larks', false));
    elsewhere.addFiles([{ name: 'class.json', size: file.text.length, text: file.text }]);
    expect(elsewhere.get().board!.rows.map((r) => r.team).sort()).toEqual(['Larks', 'Owls']);
    expect(elsewhere.importClass('{"format":"flywheel-class/1","code":"fwc2_x","submissions":"no"}')).toBe(false);
    expect(elsewhere.get().message?.text).toMatch(/"submissions" is not a list/);
    expect(elsewhere.get().board!.rows).toHaveLength(2);
  });

  it('counts the same code pasted twice once, and says so', () => {
    const classroom = createClassroom(() => scenarios);
    classroom.create();
    classroom.showView('board');
    const code = resultCode(classroom, 'Owls', true);
    classroom.addPaste(`${code}\n${code}`);
    classroom.addPaste(code);
    expect(classroom.get().submissions).toHaveLength(1);
    expect(classroom.get().board!.rejected).toEqual([]);
    expect(classroom.get().message?.text).toMatch(/already here/);
  });

  it('keeps a Clear across a reload, so Undo still brings the results back; leaving the board asks again', () => {
    const storage = memoryStorage();
    const classroom = boardWith(storage, 'Owls');
    classroom.clearResults();
    classroom.showView('create');
    classroom.showView('board');
    classroom.clearResults();
    expect(classroom.get().board!.rows).toHaveLength(1);
    classroom.clearResults();
    expect(classroom.get().board!.rows).toEqual([]);
    const reloaded = createClassroom(() => scenarios, { storage, now: () => 2 });
    reloaded.showView('board');
    expect(reloaded.get().board!.rows).toEqual([]);
    reloaded.undoClear();
    expect(reloaded.get().board!.rows.map((r) => r.team)).toEqual(['Owls']);
  });

  it('opens a class file dropped with result files, then adds the results to it', () => {
    const source = boardWith(memoryStorage(), 'Owls');
    const file = source.exportClass()!;
    const larks = resultCode(source, 'Larks', false);
    const other = createClassroom(() => scenarios, { storage: memoryStorage() });
    other.addFiles([{ name: 'class.json', size: file.text.length, text: file.text }, { name: 'larks.txt', size: larks.length, text: larks }]);
    expect(other.get().board!.rows.map((r) => r.team).sort()).toEqual(['Larks', 'Owls']);
  });

  it('holds at most 2,000 results and says so', () => {
    const classroom = createClassroom(() => scenarios);
    classroom.create();
    classroom.showView('board');
    classroom.addPaste(Array.from({ length: 2_100 }, (_, i) => `junk-${i}`).join('\n'));
    expect(classroom.get().submissions).toHaveLength(2_000);
    expect(classroom.get().message?.text).toMatch(/at most 2000 results: 100 were not added/);
  });
});
