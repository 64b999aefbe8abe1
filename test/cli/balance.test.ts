import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

function balance(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/balance.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run balance', () => {
  it('prints a JSON report whose exit code says whether every target passed', () => {
    const run = balance('--scenario', 'historical', '--seeds', '2', '--budget', '0.3', '--format', 'json');
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ scenario: 'historical', world: 'history', seeds: expect.any(Array) });
    expect(out.budget.campaigns).toBe(Math.round(0.3 * out.nominalCampaignsPerSecond));
    expect(out.lessons.length).toBeGreaterThan(10);
    expect(out.best.path[0].year).toBe(2000);
    expect(run.code).toBe(out.failures > 0 ? 1 : 0);
  });

  it('gives the same report for the same command', () => {
    const strip = (text: string) => { const o = JSON.parse(text); delete o.wallSeconds; return o; };
    const a = balance('--scenario', 'historical', '--seeds', '1', '--budget', '0.2', '--format', 'json');
    const b = balance('--scenario', 'historical', '--seeds', '1', '--budget', '0.2', '--format', 'json');
    expect(strip(a.stdout)).toEqual(strip(b.stdout));
  });

  const bad: [string, string[], RegExp][] = [
    ['no scenario', [], /^balance: --scenario is required/],
    ['an unknown scenario', ['--scenario', 'atlantis'], /^balance: --scenario atlantis: no such scenario/],
    ['an unknown flag', ['--scenario', 'historical', '--speed', '2'], /^balance: unknown flag --speed/],
    ['a bad seed count', ['--scenario', 'historical', '--seeds', '0'], /^balance: --seeds must be a whole number from 1 to 1000, not "0"$/],
    ['a fractional seed count', ['--scenario', 'historical', '--seeds', '2.5'], /^balance: --seeds must be a whole number/],
    ['a bad budget', ['--scenario', 'historical', '--budget', 'soon'], /^balance: --budget must be a number of seconds above 0/],
    ['a zero budget', ['--scenario', 'historical', '--budget', '0'], /^balance: --budget must be a number of seconds above 0/],
    ['a bad world', ['--scenario', 'historical', '--world', 'mars'], /^balance: --world must be one of history, varied, not "mars"$/],
    ['a bad format', ['--scenario', 'historical', '--format', 'xml'], /^balance: --format must be one of table, json, not "xml"$/],
    ['a flag without its value', ['--scenario', 'historical', '--seeds'], /^balance: --seeds needs a value$/],
    ['a stray argument', ['--scenario', 'historical', 'now'], /^balance: unexpected argument "now"$/],
  ];
  for (const [name, args, message] of bad) {
    it(`exits 2 with one line for ${name}`, () => {
      const run = balance(...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
    });
  }

  it('says so in one line when the scenario declares no varied world', async () => {
    const { worldScenario } = await import('../../src/engine');
    const { loadTestScenario } = await import('../helpers/scenario');
    let declares = true;
    try { worldScenario(loadTestScenario(), 'varied'); } catch { declares = false; }
    const run = balance('--scenario', 'historical', '--world', 'varied', '--seeds', '1', '--budget', '0.1');
    if (declares) {
      expect([0, 1]).toContain(run.code);
    } else {
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr.trim()).toMatch(/^balance: --world varied: scenario historical: this scenario declares no varied world$/);
    }
  });
});
