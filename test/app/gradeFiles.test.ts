import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCompetition, newCompetition } from '../../src/app/competition';
import { canvasGradeCsv, gradeOutOf100, gradeRows, moodleGradeCsv, teamMembers } from '../../src/app/gradeFiles';
import { buildLeaderboard } from '../../src/app/leaderboard';
import { encodeResult } from '../../src/app/result';
import { parseCsv } from '../helpers/csv';
import { loadTestScenario } from '../helpers/scenario';
import { simulatedTeam } from '../helpers/teams';

const ROOT = join(__dirname, '..', '..');
const scenario = loadTestScenario();
const competition = newCompetition(scenario, { seed: 'grades', firstYear: 2016, lastYear: 2020, name: 'Strategy 101' });
const code = encodeCompetition(competition);
// Names as teams type them: ids in brackets, a comma and quotes, a formula, no ids at all.
const teams = ['Night Owls [s1001, s1002]', 'Larks, "early" [s2001]', '=HYPERLINK("x") [s3001]', 'Team A', '@risk [ ]'];
const submissions = teams.map((team, i) => ({ source: `team ${i}`, text: encodeResult(simulatedTeam(scenario, competition, team)) }));
const board = buildLeaderboard(scenario, competition, submissions);

describe('team members', () => {
  it('reads the student ids a team puts in square brackets at the end of its name', () => {
    expect(teamMembers('Night Owls [s1001, s1002]')).toEqual({ name: 'Night Owls', ids: ['s1001', 's1002'] });
    expect(teamMembers('Larks [a@uni.example; b@uni.example  a@uni.example]')).toEqual({ name: 'Larks', ids: ['a@uni.example', 'b@uni.example'] });
    expect(teamMembers('Team A')).toEqual({ name: 'Team A', ids: [] });
    expect(teamMembers('Team [1] B')).toEqual({ name: 'Team [1] B', ids: [] });
    expect(teamMembers('[42]')).toEqual({ name: '[42]', ids: ['42'] });
  });

  it('grades out of 100 from the verified score, one row per id', () => {
    expect(board.rejected).toEqual([]);
    const rows = gradeRows(board);
    expect(rows).toHaveLength(6);
    const owls = board.rows.find((r) => r.team.startsWith('Night Owls'))!;
    expect(rows.filter((r) => r.team === 'Night Owls')).toEqual([
      { studentId: 's1001', team: 'Night Owls', rank: owls.rank, grade: Math.round(owls.score.total) / 10 },
      { studentId: 's1002', team: 'Night Owls', rank: owls.rank, grade: Math.round(owls.score.total) / 10 },
    ]);
    expect(rows.filter((r) => r.studentId === '').map((r) => r.team).sort()).toEqual(['@risk', 'Team A']);
    expect([gradeOutOf100(1000), gradeOutOf100(0), gradeOutOf100(612.34), gradeOutOf100(Number.NaN)]).toEqual([100, 0, 61.2, 0]);
  });
});

describe('the gradebook files', () => {
  it('Moodle: a header, an id column, the grade and feedback; RFC 4180 quoting with CRLF', () => {
    const csv = moodleGradeCsv(board, 'Flywheel: Strategy 101');
    const records = parseCsv(csv);
    expect(records[0]).toEqual(['ID number', 'Team', 'Flywheel: Strategy 101', 'Feedback']);
    expect(records).toHaveLength(7);
    for (const r of records) expect(r).toHaveLength(4);
    const byId = new Map(records.slice(1).map((r) => [r[0], r]));
    const larks = board.rows.find((r) => r.team.startsWith('Larks'))!;
    expect(byId.get('s2001')).toEqual(['s2001', 'Larks, "early"', (Math.round(larks.score.total) / 10).toFixed(1), `Rank ${larks.rank}, verified by replay`]);
    // A name a spreadsheet would run as a formula is defused.
    expect(byId.get('s3001')![1]).toBe('\'=HYPERLINK("x")');
    expect(csv).toContain('"Larks, ""early"""');
    for (const r of records.slice(1)) expect(r[2]).toMatch(/^\d{1,3}\.\d$/);
  });

  it('Canvas: Student, ID, SIS User ID, SIS Login ID, Section, the assignment; then Points Possible', () => {
    const csv = canvasGradeCsv(board, 'Flywheel: Strategy 101');
    const records = parseCsv(csv);
    expect(records[0]).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'Flywheel: Strategy 101']);
    expect(records[1]).toEqual(['Points Possible', '', '', '', '', '100.0']);
    expect(records).toHaveLength(8);
    for (const r of records) expect(r).toHaveLength(6);
    const ids = records.slice(2).map((r) => r[2]);
    expect(ids.filter((id) => id !== '').sort()).toEqual(['s1001', 's1002', 's2001', 's3001']);
    const owls = records.find((r) => r[2] === 's1002')!;
    expect(owls[0]).toBe('Night Owls');
    expect(Number(owls[5])).toBe(gradeOutOf100(board.rows.find((r) => r.team.startsWith('Night Owls'))!.score.total));
    expect(records.find((r) => r[0] === '@risk')).toBeUndefined();
    expect(records.find((r) => r[0] === "'@risk")).toBeDefined();
  });

  it('the leaderboard CLI writes both files, the same as the functions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flywheel-grades-'));
    try {
      const list = join(dir, 'codes.txt');
      writeFileSync(list, submissions.map((s) => s.text).join('\n') + '\n');
      const moodle = join(dir, 'moodle.csv');
      const canvas = join(dir, 'canvas.csv');
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/leaderboard.ts'), '--competition', code, list, '--moodle', moodle, '--canvas', canvas, '--grade-name', 'Simulation'], { cwd: ROOT, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const fromCli = buildLeaderboard(scenario, competition, submissions.map((s, i) => ({ ...s, source: `${list}:${i + 1}` })));
      expect(readFileSync(moodle, 'utf8')).toBe(moodleGradeCsv(fromCli, 'Simulation'));
      expect(readFileSync(canvas, 'utf8')).toBe(canvasGradeCsv(fromCli, 'Simulation'));
      const refused = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/leaderboard.ts'), '--competition', code, list, '--moodle', join(dir, 'no', 'such', 'x.csv')], { cwd: ROOT, encoding: 'utf8' });
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/^leaderboard: --moodle .*cannot be written/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
