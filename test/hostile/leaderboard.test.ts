import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksum, Writer } from '../../src/app/binaryCodec';
import { competitionId, encodeCompetition, newCompetition, type Competition } from '../../src/app/competition';
import { buildLeaderboard, leaderboardCsv } from '../../src/app/leaderboard';
import { decodeResult, encodeResult, type TeamResult } from '../../src/app/result';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { createClassroom } from '../../src/store/classroom';
import { simulatedTeam } from '../helpers/teams';

// The leaderboard against hostile results: a NaN claim, ids that collided under format 1, a copy
// under another name, a look-alike name, and names carrying terminal escape codes.

const ROOT = join(__dirname, '..', '..');
const loaded = loadBundledScenarios().scenarios;
const scenario = loaded[0]!.scenario;
const settings = { firstYear: 2004, lastYear: 2014, name: 'Strategy 101' };
const competition = newCompetition(scenario, { seed: 'class-2026', ...settings });
const owls = simulatedTeam(scenario, competition, 'Night Owls');
const larks = simulatedTeam(scenario, competition, 'Larks');
const submit = (...results: TeamResult[]) => results.map((r, i) => ({ source: `code ${i + 1}`, text: encodeResult(r) }));

/** How format 1 named a competition: a 32-bit checksum of its code's bytes. */
function formatOneId(c: Competition): string {
  const w = new Writer();
  for (const b of [0x46, 0x43, 1]) w.byte(b);
  // Format-1 codes were made by engine 1.0.0, so that is the version their ids were taken over.
  for (const t of ['1.0.0', c.scenario, c.seed, c.name]) w.text(t);
  w.uint16(c.firstYear);
  w.uint16(c.lastYear);
  w.byte((c.events === 'random' ? 1 : 0) | (c.ghost ? 2 : 0));
  const bytes = w.finish();
  return checksum(bytes, bytes.length).toString(16).padStart(8, '0');
}

describe('hostile results on the leaderboard', () => {
  it('a claimed score of NaN never passes (abs(NaN - x) > tolerance was false)', () => {
    // A result code carrying NaN is refused as it is decoded; the board refuses it too.
    const board = buildLeaderboard(scenario, competition, submit(owls, { ...larks, claimedScore: Number.NaN }));
    expect(board.rows.map((r) => r.team)).toEqual(['Night Owls']);
    expect(board.rejected).toEqual([{ source: 'code 2', team: '', reason: 'its claimed score is not a number (NaN)' }]);
  });

  it('two seeds that shared a format-1 id now have different ids, and one\'s result is refused on the other\'s board', () => {
    const a = newCompetition(scenario, { seed: 'class-2281', ...settings });
    const b = newCompetition(scenario, { seed: 'class-5142', ...settings });
    expect(formatOneId(a)).toBe(formatOneId(b));
    expect(competitionId(a)).not.toBe(competitionId(b));
    const forA = simulatedTeam(scenario, a, 'Owls');
    const board = buildLeaderboard(scenario, b, submit(forA));
    expect(board.rows).toEqual([]);
    expect(board.rejected[0]!.reason).toBe(`belongs to another competition (${competitionId(a)}, not ${competitionId(b)})`);
  });

  it('a copy of another team\'s result under a new name is flagged as one result', () => {
    const board = buildLeaderboard(scenario, competition, submit(owls, larks, { ...owls, team: 'Early Birds' }));
    expect(board.rows.map((r) => r.team).sort()).toEqual(['Larks', 'Night Owls']);
    expect(board.rejected).toEqual([{ source: 'code 3', team: 'Early Birds', reason: expect.stringMatching(/^the same play as "Night Owls" \(code 1\)/) }]);
    // Moves listed in another order are still the same play.
    const reordered = { ...owls, team: 'Copycats', decisions: owls.decisions.map((d) => ({ year: d.year, actions: [...d.actions].reverse() })) };
    expect(buildLeaderboard(scenario, competition, submit(owls, reordered)).rejected[0]?.reason).toMatch(/^the same play as "Night Owls"/);
  });

  it('a look-alike name (Cyrillic letters, U+2060, full-width) is the same name: a different result under it is ranked and flagged, never put in place of the first', () => {
    const alike = 'Night \u041Ewls';
    const board = buildLeaderboard(scenario, competition, submit(owls, { ...larks, team: alike }));
    expect(board.rows.map((r) => r.team).sort()).toEqual(['Night Owls', alike].sort());
    expect(board.rows.every((r) => r.sameName)).toBe(true);
    expect(board.notes.some((n) => n.includes('or a name that looks the same') && n.includes('code 1, code 2'))).toBe(true);
    for (const team of ['Night\u2060 Owls', '\uFF2E\uFF49\uFF47\uFF48\uFF54 Owls']) {
      const other = buildLeaderboard(scenario, competition, submit(owls, { ...larks, team }));
      expect(other.rows.every((r) => r.sameName), team).toBe(true);
    }
  });

  it('the CSV: a byte-order mark, units in the headers, one row per team with its calls, quoted by RFC 4180', () => {
    const board = buildLeaderboard(scenario, competition, submit(owls, { ...larks, team: 'Larks, "the early" \uD83E\uDD89' }));
    const csv = leaderboardCsv(board);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!).slice(0, -1)
      .map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));
    const head = cells(lines[0]!);
    expect(head).toContain('score (of 1000)');
    expect(head).toContain('AWS cloud share (%)');
    expect(head).toContain('decisions');
    expect(lines.length - 2).toBe(board.rows.length);
    for (const [i, row] of board.rows.entries()) {
      const line = cells(lines[i + 1]!);
      expect(line).toHaveLength(head.length);
      expect(line[head.indexOf('team')]).toBe(row.team);
      expect(line[head.indexOf('score (of 1000)')]).toBe(row.score.total.toFixed(1));
      expect(line[head.indexOf('AWS cloud share (%)')]).toBe((row.final.cloudShare * 100).toFixed(1));
      const decisions = line[head.indexOf('decisions')]!;
      for (const d of row.result.decisions.filter((x) => x.actions.length > 0)) expect(decisions).toContain(`${d.year}: `);
    }
  });

  it('two different teams that chose one name are both counted and flagged; the same result twice is one entry', () => {
    const board = buildLeaderboard(scenario, competition, submit(owls, { ...larks, team: 'Night Owls' }, owls));
    expect(board.rows.map((r) => r.team)).toEqual(['Night Owls', 'Night Owls']);
    expect(board.rows.map((r) => r.sameName)).toEqual([true, true]);
    expect(board.rejected).toEqual([]);
    expect(board.notes.some((n) => /handed in the same result twice \(code 1 and code 3\)/.test(n))).toBe(true);
    expect(board.notes.some((n) => /Two different results carry the name "Night Owls"/.test(n))).toBe(true);
  });

  it('a team name with escape codes is cleaned; a competition name with them is refused; CSV is defused', () => {
    const escaped = { ...larks, team: '\u001b[2J\u001b[H=cmd|calc' };
    const decoded = decodeResult(encodeResult(escaped));
    expect(decoded.ok && decoded.value.team).toBe('[2J[H=cmd|calc');
    const board = buildLeaderboard(scenario, competition, submit(owls, { ...larks, team: '\uFF1Dcmd' }));
    expect(leaderboardCsv(board)).toContain('"\'\uFF1Dcmd"');
    const hostile = { ...competition, name: '\u001b[2J\u001b[HFake row' };
    const refused = buildLeaderboard(scenario, hostile, submit(owls));
    expect(refused.rows).toEqual([]);
    expect(refused.notes[0]).toMatch(/^No result can be ranked for this competition: its name/);
  });

  it('the CLI prints no escape character and refuses the escape-named competition in one line, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flywheel-hostile-board-'));
    const list = join(dir, 'codes.txt');
    writeFileSync(list, [encodeResult(owls), encodeResult({ ...larks, team: 'Larks\u001b[31m' }), 'fwr2_\u001b[2Jjunk'].join('\n'));
    const run = (code: string) => spawnSync(process.execPath, ['--max-old-space-size=200', '--import', 'tsx', join(ROOT, 'src/cli/leaderboard.ts'), '--competition', code, list], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    const good = run(encodeCompetition(competition));
    expect(good.status).toBe(0);
    expect(good.stdout).not.toContain('\u001b');
    expect(good.stdout).toContain('Larks[31m');
    expect(good.stdout).toMatch(/Rejected:\n {2}.*codes\.txt:3: /);
    const bad = run(encodeCompetition({ ...competition, name: '\u001b[2J\u001b[HFake row' }));
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('leaderboard: --competition: its name is empty or has characters a name may not have\n');
  });
});

describe('finding 3: the Classroom\'s code field checks codes as the Join screen does', () => {
  const open = (c: Competition) => {
    const classroom = createClassroom(() => loaded);
    const ok = classroom.useCode(encodeCompetition(c));
    return { ok, message: classroom.get().message?.text ?? '', created: classroom.get().created };
  };
  it.each([
    ['first year after the last', { firstYear: 2014, lastYear: 2004 }, 'the years must lie within 2000 to 2020, first before last'],
    ['last year 65535', { lastYear: 65535 }, 'the years must lie within 2000 to 2020, first before last'],
    ['a scenario naming a file', { scenario: '/etc/hostname' }, 'not a scenario id'],
    ['another engine', { engineVersion: '9.9.9' }, 'it was made for engine 9.9.9'],
  ])('%s is refused with a message, and nothing is opened', (_, change, reason) => {
    const opened = open({ ...competition, ...change });
    expect(opened.ok).toBe(false);
    expect(opened.created).toBeNull();
    expect(opened.message).toMatch(/^That competition code cannot be used: /);
    expect(opened.message).toContain(reason);
  });
  it('a sound code opens', () => {
    expect(open(competition).ok).toBe(true);
  });
});
