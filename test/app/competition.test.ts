import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanName, competitionId, competitionScenario, decodeCompetition, encodeCompetition, newCompetition } from '../../src/app/competition';
import { buildLeaderboard, classDebrief, leaderboardCsv } from '../../src/app/leaderboard';
import { decodeResult, encodeResult, resultFile, scoreTeam } from '../../src/app/result';
import { loadTestScenario } from '../helpers/scenario';
import { ENGINE_VERSION } from '../../src/engine';
import { simulatedTeam, teamCodes } from '../helpers/teams';
import type { YearDecisions } from '../../src/engine';

const ROOT = join(__dirname, '..', '..');
const scenario = loadTestScenario();
const competition = newCompetition(scenario, { seed: 'class-2026', firstYear: 2004, lastYear: 2014, name: 'Strategy 101' });
const code = encodeCompetition(competition);
const codes = teamCodes(scenario, competition, 30);

describe('competition codes', () => {
  it('round-trip with their settings and a stable id', () => {
    const decoded = decodeCompetition(code);
    expect(decoded).toEqual({ ok: true, value: competition, id: competitionId(competition) });
    expect(code).toMatch(/^fwc2_[A-Za-z0-9_-]+$/);
    expect(decoded.ok && decoded.id).toMatch(/^[0-9a-f]{24}$/);
    expect(competitionId({ ...competition, seed: 'other' })).not.toBe(competitionId(competition));
  });
  it('refuse damaged codes', () => {
    expect(decodeCompetition(code.slice(0, -3)).ok).toBe(false);
    expect(decodeCompetition('fwc9_abc')).toEqual({ ok: false, error: 'the competition code was made by a newer version of Flywheel' });
    expect(decodeCompetition('x'.repeat(1_000_000))).toEqual({ ok: false, error: 'the competition code is far too long to be one' });
  });
  it('random events move the shocks by the seed, the same for every team', () => {
    const random = { ...competition, events: 'random' as const };
    const a = competitionScenario(scenario, random).events.map((e) => e.year);
    const b = competitionScenario(scenario, random).events.map((e) => e.year);
    expect(a).toEqual(b);
    const other = competitionScenario(scenario, { ...random, seed: 'x1' }).events.map((e) => e.year);
    const shifts = [a, other].map((years) => years.map((y, i) => y - scenario.events[i]!.year));
    for (const s of shifts.flat()) expect(Math.abs(s)).toBeLessThanOrEqual(2);
  });
  it('cleans team names', () => {
    expect(cleanName('  Team\u0000 <b>Rocket</b>\u202e\n  ', 40)).toBe('Team <b>Rocket</b>');
    expect(cleanName('x'.repeat(100), 40)).toHaveLength(40);
  });
});

describe('verified results and the leaderboard', () => {
  const submissions = codes.map((text, i) => ({ source: `code ${i + 1}`, text }));
  const board = buildLeaderboard(scenario, competition, submissions);

  it('accepts honest results, re-simulated, highest score first', () => {
    expect(board.rejected).toEqual([]);
    expect(board.rows).toHaveLength(30);
    for (let i = 1; i < board.rows.length; i++) {
      expect(board.rows[i]!.score.total).toBeLessThanOrEqual(board.rows[i - 1]!.score.total + 0.05);
      expect(board.rows[i]!.rank).toBeGreaterThanOrEqual(board.rows[i - 1]!.rank);
    }
    for (const row of board.rows) expect(row.score.total).toBeGreaterThan(0);
  });

  it('scores only the competition years, out of 1000, in five parts of at most 200', () => {
    const row = board.rows[0]!;
    expect(row.score.yearsScored).toBe(11);
    expect(row.score.total).toBeLessThanOrEqual(1000);
    const parts = [row.score.growth, row.score.profit, row.score.cloud, row.score.trust, row.score.value];
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(row.score.total, 6);
    for (const part of parts) expect(part).toBeLessThanOrEqual(200 + 1e-9);
    // The four yearly parts earn at most 1000/11 x 4/5 a year: a late spree cannot make up for lost years.
    for (const y of row.years) {
      expect((y.scoreGrowth + y.scoreProfit + y.scoreCloud + y.scoreTrust) / 5 * (10 / 11)).toBeLessThanOrEqual(800 / 11 + 1e-9);
    }
  });

  it('rejects tampered, foreign, truncated, inflated and duplicate results with the right reason', () => {
    const honest = decodeResult(codes[0]!);
    if (!honest.ok) throw new Error(honest.error);
    const inflated = encodeResult({ ...honest.value, team: 'Inflated', claimedScore: honest.value.claimedScore + 50 });
    const foreign = encodeResult({ ...honest.value, team: 'Foreign', competitionId: competitionId({ ...competition, seed: 'other' }) });
    const oldEngine = encodeResult({ ...honest.value, team: 'Old', engineVersion: '0.1.0' });
    const body = codes[1]!;
    const tampered = body.slice(0, 20) + (body[20] === 'A' ? 'B' : 'A') + body.slice(21);
    const illegal = encodeResult({ ...honest.value, team: 'Cheat', decisions: [{ year: 2004, actions: [{ kind: 'bidJedi' }] }], claimedScore: 900 });
    const outside = encodeResult({ ...honest.value, team: 'Early', decisions: [{ year: 2001, actions: [] }] });
    const result = buildLeaderboard(scenario, competition, [
      { source: 'a', text: codes[0]! },
      { source: 'b', text: inflated },
      { source: 'c', text: foreign },
      { source: 'd', text: tampered },
      { source: 'e', text: codes[2]!.slice(0, 30) },
      { source: 'f', text: oldEngine },
      { source: 'g', text: codes[0]! },
      { source: 'h', text: illegal },
      { source: 'i', text: 'x'.repeat(1_000_000) },
      { source: 'j', text: outside },
      { source: 'k', text: 'hello' },
    ]);
    expect(result.rows.map((r) => r.source)).toEqual(['a']);
    const reasons = Object.fromEntries(result.rejected.map((r) => [r.source, r.reason]));
    expect(reasons.b).toMatch(/^its claimed score [\d.]+ differs from the replayed score [\d.]+$/);
    expect(reasons.c).toMatch(/^belongs to another competition/);
    expect(reasons.d).toMatch(/^does not decode/);
    expect(reasons.e).toMatch(/^does not decode/);
    expect(reasons.f).toBe(`made by an incompatible engine (0.1.0; this page runs ${ENGINE_VERSION})`);
    // The same result handed in twice is one entry, said in a note rather than refused.
    expect(reasons.g).toBeUndefined();
    expect(result.notes).toContain('"' + result.rows[0]!.team + '" handed in the same result twice (a and g): it counts once.');
    expect(reasons.h).toMatch(/^its 2004 decisions are not legal: 2004 action 1: bidJedi is locked/);
    expect(reasons.i).toMatch(/^far too large/);
    expect(reasons.j).toBe("it has decisions for 2001, outside the competition's years");
    expect(reasons.k).toBe('not a Flywheel result code (they start with "fwr2_")');
  });

  it('flags a copy of another team\'s result under a new name as one result (format 2: no longer a tie)', () => {
    const twin = decodeResult(codes[3]!);
    if (!twin.ok) throw new Error(twin.error);
    const copy = encodeResult({ ...twin.value, team: 'Twin' });
    const flagged = buildLeaderboard(scenario, competition, [...submissions, { source: 'twin', text: copy }]);
    expect(flagged.rows.map((r) => r.team)).not.toContain('Twin');
    expect(flagged.rejected).toEqual([{ source: 'twin', team: 'Twin', reason: expect.stringMatching(`^the same play as "${twin.value.team}" \\(code 4\\)`) }]);
    expect(flagged.notes.some((n) => n.includes('Twin') && n.includes('the same play as') && n.includes('only the first is ranked'))).toBe(true);
  });

  it('shares a rank between equal scores of different plays and says so', () => {
    // A JEDI protest in 2020 changes the state but not that year's score: two plays, one score.
    const late = newCompetition(scenario, { seed: 's1', firstYear: 2019, lastYear: 2020, name: 'Room 4' });
    const lateId = competitionId(late);
    const history = competitionScenario(scenario, late).history.filter((h) => h.year >= 2019);
    const quiet = history.map((h) => ({ year: h.year, actions: h.actions.filter((a) => a.kind !== 'protestJedi') }));
    const result = (team: string, decisions: readonly YearDecisions[]) => {
      const run = scoreTeam(scenario, late, decisions);
      if (typeof run === 'string') throw new Error(run);
      return encodeResult({ competitionId: lateId, engineVersion: late.engineVersion, team, decisions: decisions.map((d) => ({ year: d.year, actions: [...d.actions] })), claimedScore: run.score.total });
    };
    const tied = buildLeaderboard(scenario, late, [{ source: 'a', text: result('Owls', history) }, { source: 'b', text: result('Larks', quiet) }]);
    expect(tied.rejected).toEqual([]);
    expect(tied.rows.map((r) => r.rank)).toEqual([1, 1]);
    expect(tied.rows.every((r) => r.tied)).toBe(true);
    expect(tied.notes.some((n) => n.includes('Larks and Owls tie at rank 1'))).toBe(true);
  });

  it('gives a class debrief: common moves each year and what separated the top teams', () => {
    const debrief = classDebrief(board);
    expect(debrief.commonMoves.length).toBeGreaterThan(0);
    expect(debrief.separators.length).toBeGreaterThan(0);
    for (const s of debrief.separators) expect(s.topShare).not.toBe(s.restShare);
  });

  it('accepts result files as well as codes', () => {
    const honest = decodeResult(codes[4]!);
    if (!honest.ok) throw new Error(honest.error);
    const file = resultFile(honest.value, code);
    const one = buildLeaderboard(scenario, competition, [{ source: 'team.json', text: file }]);
    expect(one.rows).toHaveLength(1);
    expect(JSON.parse(file)).toMatchObject({ format: 'flywheel-result/1', team: honest.value.team, competition: code });
  });

  it('the CLI ranks the 30 teams exactly as the browser code path does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flywheel-board-'));
    const files = codes.slice(0, 10).map((c, i) => {
      const decoded = decodeResult(c);
      if (!decoded.ok) throw new Error(decoded.error);
      const path = join(dir, `team-${i}.json`);
      writeFileSync(path, resultFile(decoded.value, code));
      return path;
    });
    const list = join(dir, 'codes.txt');
    writeFileSync(list, codes.slice(10).join('\n') + '\n');
    const csv = join(dir, 'board.csv');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/leaderboard.ts'), '--competition', code, ...files, list, '--csv', csv], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(csv, 'utf8')).toBe(leaderboardCsv(board));
    expect(run.stdout).toContain('30 verified, 0 rejected');
  });

  it('the competition CLI prints a code that decodes to the same settings', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/competition.ts'), 'create', '--scenario', 'historical', '--seed', 'class-2026',
      '--years', '2004-2014', '--name', 'Strategy 101', '--url', 'https://course.example/flywheel/'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`code: ${code}`);
    expect(run.stdout).toContain(`link: https://course.example/flywheel/#c=${code}`);
    const bad = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/competition.ts'), 'create', '--scenario', 'historical', '--seed', 's', '--years', '1990-2030'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an honest team replays to its own claimed score', () => {
    const team = simulatedTeam(scenario, competition, 'Solo');
    const run = scoreTeam(scenario, competition, team.decisions);
    if (typeof run === 'string') throw new Error(run);
    expect(run.score.total).toBe(team.claimedScore);
  });
});
