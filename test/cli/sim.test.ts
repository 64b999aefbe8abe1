import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCalibration } from '../../src/app/calibrationTargets';

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'flywheel-sim-'));

function sim(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/sim.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run sim', () => {
  it('prints the JSON contract for the historical path', () => {
    const run = sim('--scenario', 'historical', '--format', 'json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ scenario: 'historical', seed: expect.any(String), engineVersion: expect.any(String) });
    expect(out.stateHash).toMatch(/^[0-9a-f]{16}$/);
    expect(out.score).toBeGreaterThan(0);
    expect(out.years).toHaveLength(21);
    for (const key of ['year', 'netSales', 'operatingIncome', 'awsRevenue', 'awsOperatingIncome', 'cloudShare', 'thirdPartyShare',
      'primeMembersMillions', 'cumulativePriceCuts', 'sharePriceChange']) {
      expect(typeof out.years[20][key], key).toBe('number');
    }
    expect(Array.isArray(out.years[0].events)).toBe(true);
    expect(checkCalibration(out.years).every((r) => r.pass)).toBe(true);
  });

  it('refuses renting spare capacity and launching compute in one year, in either order, in one line', () => {
    const rent = { kind: 'rentSpareCapacity' };
    const ec2 = { kind: 'launchService', service: 'ec2', team: 'remote' };
    for (const [name, actions] of [['rent-first.json', [rent, ec2]], ['ec2-first.json', [ec2, rent]]] as const) {
      const path = file(name, JSON.stringify({ decisions: [{ year: 2002, actions }] }));
      const run = sim('--scenario', 'historical', '--decisions', path);
      expect(run.code, name).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(run.stderr, name).toMatch(/2002 action \d: rentSpareCapacity is locked in 2002: not in the year compute \(EC2\) is launched/);
    }
  });

  it('is deterministic and takes a seed and a decisions file', () => {
    const decisions = file('d.json', JSON.stringify({ decisions: [{ year: 2001, actions: [{ kind: 'apiMandate' }] }] }));
    const a = JSON.parse(sim('--scenario', 'historical', '--seed', 'abc', '--decisions', decisions, '--format', 'json').stdout);
    const b = JSON.parse(sim('--scenario', 'historical', '--seed', 'abc', '--decisions', decisions, '--format', 'json').stdout);
    expect(a.stateHash).toBe(b.stateHash);
    expect(a.seed).toBe('abc');
    const history = JSON.parse(sim('--scenario', 'historical', '--format', 'json').stdout);
    expect(a.stateHash).not.toBe(history.stateHash);
  });

  it('prints a table and a CSV', () => {
    const table = sim('--scenario', 'historical');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('2020');
    expect(table.stdout).toContain('state hash');
    const csv = sim('--scenario', 'historical', '--format', 'csv');
    expect(csv.stdout.split('\n')[0]).toMatch(/^year,netSales,/);
    expect(csv.stdout.trim().split('\n')).toHaveLength(22);
  });

  const bad: [string, () => string[], RegExp][] = [
    ['an unknown scenario', () => ['--scenario', 'atlantis'], /^sim: --scenario atlantis: no such scenario/],
    ['an unreadable scenario file', () => ['--scenario', join(dir, 'missing.json')], /^sim: scenario .*missing\.json: cannot be read \(no such file\)$/],
    ['a malformed scenario file', () => ['--scenario', file('bad.json', '{"format": "flywheel-scenario/1",')], /^sim: scenario .*bad\.json: not valid JSON/],
    ['a scenario with a bad field', () => ['--scenario', file('s.json', JSON.stringify({ format: 'x' }))], /^sim: scenario .*s\.json: format: must be "flywheel-scenario\/1", not "x" \(and \d+ more\)$/],
    ['a malformed decisions file', () => ['--scenario', 'historical', '--decisions', file('d1.json', '[{"year": 2000,')], /^sim: decisions .*d1\.json: not valid JSON/],
    ['a decisions file of the wrong shape', () => ['--scenario', 'historical', '--decisions', file('d2.json', '{"decisions": [{"year": "2000"}]}')], /^sim: decisions .*d2\.json: decisions\[0\]\.year: must be a whole number, not "2000"$/],
    ['an illegal decision', () => ['--scenario', 'historical', '--decisions', file('d3.json', '[{"year": 2000, "actions": [{"kind": "launchService", "service": "ec2"}]}]')], /^sim: decisions .*d3\.json: 2000 action 1: launchService:ec2 is locked in 2000: not before 2002$/],
    ['an unknown flag', () => ['--scenario', 'historical', '--colour', 'red'], /^sim: unknown flag --colour/],
    ['a bad format', () => ['--scenario', 'historical', '--format', 'xml'], /^sim: --format must be one of table, json, csv, not "xml"$/],
    ['a flag without its value', () => ['--scenario'], /^sim: --scenario needs a value$/],
    ['no scenario', () => [], /^sim: --scenario is required/],
  ];
  for (const [name, args, message] of bad) {
    it(`exits 2 with one line for ${name}`, () => {
      const run = sim(...args());
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(run.stderr).not.toMatch(/\bat \w+ \(|node:internal/);
    });
  }
});
