import { describe, expect, it } from 'vitest';
import { decodeCompetition, teamPath, competitionScenario } from '../../src/app/competition';
import { encodeResult, scoreTeam } from '../../src/app/result';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { createClassroom, MAX_PASTE_CHARS } from '../../src/store/classroom';

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

describe('the classroom', () => {
  it('starts with a short span at the end of the first scenario', () => {
    const classroom = createClassroom(() => scenarios);
    const { form } = classroom.get();
    expect(form.scenarioId).toBe(scenario.id);
    expect(form.lastYear).toBe(scenario.lastYear);
    expect(form.lastYear - form.firstYear).toBe(2);
  });

  it('keeps the years in range and in order, and edits the other settings', () => {
    const classroom = createClassroom(() => scenarios);
    classroom.stepYear('firstYear', 5);
    expect(classroom.get().form.firstYear).toBe(scenario.lastYear - 2);
    classroom.stepYear('firstYear', 1);
    classroom.stepYear('firstYear', 1);
    classroom.stepYear('firstYear', 1);
    expect(classroom.get().form.firstYear).toBe(scenario.lastYear);
    classroom.stepYear('lastYear', -1);
    expect(classroom.get().form.lastYear).toBe(scenario.lastYear);
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
    expect(classroom.get().board?.rows).toEqual([]);
  });
});
