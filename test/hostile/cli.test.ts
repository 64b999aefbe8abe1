import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCompetition, newCompetition } from '../../src/app/competition';
import { playDecisions, toReplay } from '../../src/app/replay';
import { loadTestScenario, rawScenario } from '../helpers/scenario';

// The CLIs against the hostile-input corpus, each in a child process with a 200 MB heap: every
// case is refused on one line naming the file and field, with exit code 2, and no stack trace.

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'flywheel-hostile-cli-'));
const scenario = loadTestScenario();
const STARTUP_ALLOWANCE_MS = 3000; // starting node and compiling the CLI, on a busy machine

function cli(name: string, ...args: string[]) {
  const started = performance.now();
  const out = spawnSync(process.execPath, ['--max-old-space-size=200', '--import', 'tsx', join(ROOT, `src/cli/${name}.ts`), ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 2000 + STARTUP_ALLOWANCE_MS });
  return { ...out, ms: performance.now() - started };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function expectOneLineRefusal(out: ReturnType<typeof cli>, pattern: RegExp): void {
  expect(out.error, 'the command must end within its time').toBeUndefined();
  expect(out.status, out.stderr).toBe(2);
  expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(out.stderr.trimEnd()).toMatch(pattern);
  expect(out.stderr).not.toMatch(/\bat \w+ \(|internal error/);
}

describe('finding 1: a huge year in a scenario', () => {
  const tiny = file('tiny.json', '{"series":{"usEcommerce":{}},"lastYear":1e7}');
  const full = rawScenario();
  full.lastYear = 1e7;
  const big = file('full-1e7.json', JSON.stringify(full));
  it('scenario check refuses the 45-byte file at once, exit 2, listing the problems', () => {
    const out = cli('scenario', 'check', tiny);
    expect(out.error).toBeUndefined();
    expect(out.status).toBe(2);
    expect(out.stderr).toContain(`${tiny}: lastYear: 10000000 is outside 2000 to 2030`);
    expect(out.stderr).not.toMatch(/internal error|\bat \w+ \(/);
  });
  it('sim refuses the full scenario with lastYear 1e7 in one line', () => {
    expectOneLineRefusal(cli('sim', '--scenario', big), /^sim: scenario .*full-1e7\.json: lastYear: 10000000 is outside 2000 to 2030 \(and \d+ more\)$/);
  });
});

describe('finding 7: directories, FIFOs and devices as files', () => {
  const folder = join(dir, 'a-folder.json');
  mkdirSync(folder);
  const fifo = join(dir, 'pipe.json');
  spawnSync('mkfifo', [fifo]);
  it.each([
    ['replay', [dir], /^replay: replay .*: is a folder, not a file$/],
    ['sim', ['--scenario', folder], /^sim: scenario .*a-folder\.json: is a folder, not a file$/],
    ['sim', ['--scenario', 'historical', '--decisions', '/dev/zero'], /^sim: decisions \/dev\/zero: is not a regular file/],
    ['sim', ['--scenario', 'historical', '--decisions', fifo], /^sim: decisions .*pipe\.json: is not a regular file/],
    ['scenario', ['check', '/dev/zero'], /^scenario: scenario \/dev\/zero: is not a regular file/],
    ['replay', [fifo], /^replay: replay .*pipe\.json: is not a regular file/],
  ] as const)('%s %j is refused without reading', (name, args, pattern) => {
    const out = cli(name, ...args);
    expectOneLineRefusal(out, pattern);
    expect(out.ms).toBeLessThan(2000 + STARTUP_ALLOWANCE_MS);
  });
  it('leaderboard refuses a folder and /dev/zero as result files', () => {
    const code = encodeCompetition(newCompetition(scenario, { seed: 's', firstYear: 2019, lastYear: 2020, name: 'Room' }));
    expectOneLineRefusal(cli('leaderboard', '--competition', code, dir), /^leaderboard: results .*: is a folder, not a file$/);
    expectOneLineRefusal(cli('leaderboard', '--competition', code, '/dev/zero'), /^leaderboard: results \/dev\/zero: is not a regular file/);
  });
  it('a file over the size limit is refused before it is read', () => {
    const huge = file('huge.json', ' '.repeat(6 * 1024 * 1024));
    expectOneLineRefusal(cli('sim', '--scenario', 'historical', '--decisions', huge), /^sim: decisions .*huge\.json: larger than 5 MB$/);
  });
});

describe('finding 3: competition codes on the leaderboard CLI', () => {
  const base = newCompetition(scenario, { seed: 's', firstYear: 2019, lastYear: 2020, name: 'Room' });
  const results = file('none.txt', 'fwr2_x\n');
  it.each([
    ['first year after last', { firstYear: 2020, lastYear: 2019 }, /the years must lie within 2000 to 2020, first before last$/],
    ['last year 65535', { lastYear: 65535 }, /the years must lie within 2000 to 2020, first before last$/],
    ['a scenario naming a file', { scenario: '/etc/passwd' }, /which this version of Flywheel does not have$/],
    ['another engine', { engineVersion: '0.0.1' }, /^leaderboard: --competition: it was made for engine 0\.0\.1/],
    ['an escape-code name', { name: '\u001b[2J\u001b[HRank 1' }, /its name is empty or has characters a name may not have$/],
  ] as const)('%s: exit 2, one line', (_, change, pattern) => {
    const out = cli('leaderboard', '--competition', encodeCompetition({ ...base, ...change }), results);
    expectOneLineRefusal(out, pattern);
    expect(out.stderr).not.toContain('root:');
    expect(out.stderr).not.toContain('\u001b');
  });
  it('a scenario naming a file in scenarios/ by path is not read either', () => {
    const out = cli('leaderboard', '--competition', encodeCompetition({ ...base, scenario: 'scenarios/historical.json' }), results);
    expectOneLineRefusal(out, /not a scenario id/);
  });
});

describe('finding 6: a replay file with repeated years', () => {
  it('is refused, and a sound replay shows moves by year', () => {
    const played = playDecisions(scenario, scenario.defaultSeed, scenario.history.slice(0, 3));
    if (!played.ok) throw new Error(played.error);
    const replay = toReplay(played.game);
    const repeated = { ...replay, decisions: [replay.decisions[0], { ...replay.decisions[0], actions: [{ kind: 'launchPrime' }] }, replay.decisions[1], replay.decisions[2]].slice(0, 3) };
    expectOneLineRefusal(cli('replay', file('repeated.json', JSON.stringify(repeated))), /^replay: replay .*repeated\.json: replay\.decisions\[1\]\.year: 2000 is listed twice/);
    const sound = cli('replay', file('sound.json', JSON.stringify(replay)), '--format', 'json');
    expect(sound.status).toBe(0);
    const years = (JSON.parse(sound.stdout) as { years: { year: number; onlyYours: string[]; onlyHistory: string[] }[] }).years;
    expect(years.map((y) => y.year)).toEqual([2000, 2001, 2002]);
    // The historical path on its own seed: no year differs from history.
    for (const y of years) expect([...y.onlyYours, ...y.onlyHistory]).toEqual([]);
  });
});

describe('finding 11: a scenario file with a byte-order mark', () => {
  it('is accepted by scenario check and sim', () => {
    const path = file('bom.json', '\uFEFF' + readFileSync(join(ROOT, 'scenarios', 'platform-years.json'), 'utf8'));
    const check = cli('scenario', 'check', path);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('valid');
  });
});

describe('terminal output', () => {
  it('a scenario name with escape codes is shown with its controls made visible', () => {
    const raw = rawScenario('platform-years');
    raw.name = 'Years\u001b[2J\u009b31m';
    const out = cli('scenario', 'check', file('escape.json', JSON.stringify(raw)));
    expect(out.stdout).not.toMatch(/[\u001b\u009b]/);
    expect(out.stdout).toContain('Years\\u001b[2J\\u009b31m');
  });
  it('a seed with escape codes given to sim goes to the terminal escaped', () => {
    const out = cli('sim', '--scenario', 'historical', '--seed', 'a\u001b[2Jb', '--format', 'json');
    expect(out.status).toBe(0);
    expect(out.stdout).not.toContain('\u001b');
  });
});
