import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { targetsWithin } from '../../src/app/calibrationTargets';

const ROOT = join(__dirname, '..', '..');

function calibrate(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/calibrate.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run calibrate', () => {
  it('passes every target on the historical path', () => {
    const run = calibrate();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/JEDI outcome in the historical seed\s+2019 .* lost\s+pass/);
    // every target of 2000-2020 (targets.md and the years between), and the JEDI row
    expect(run.stdout).toContain(`All ${targetsWithin(2000, 2020).targets.length + 1} targets pass.`);
  });

  it('checks the epilogue in the extended scenario, and judges JEDI by its award, not its later cancellation', () => {
    const run = calibrate('--scenario', 'extended');
    expect(run.code).toBe(0);
    for (const label of ['AWS revenue passes $100B a year', 'AWS regions', 'AWS availability zones', 'AWS services offered']) {
      expect(run.stdout).toMatch(new RegExp(`${label.replace('$', '\\$')}\\s+202[45] .*pass`));
    }
    expect(run.stdout).toContain(`All ${targetsWithin(2000, 2025).targets.length + 1} targets pass.`);
  });

  it('checks only the targets within a shorter scenario\u2019s years, and says how many it left out', () => {
    const run = calibrate('--scenario', 'platform-years');
    expect(run.code).toBe(0);
    const { firstYear, lastYear } = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'platform-years.json'), 'utf8'));
    const { targets, outside } = targetsWithin(firstYear, lastYear);
    expect(outside).toBeGreaterThan(0);
    expect(run.stdout).toContain(`${outside} of the 2000-2020 targets fall outside this scenario's years`);
    expect(run.stdout).toContain(`All ${targets.length} targets pass.`);
    expect(run.stderr).toBe('');
  });

  it('reports the misses of a scenario whose world differs from history, with a non-zero exit', () => {
    const run = calibrate('--scenario', 'cloud-wars');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/AWS share of cloud infrastructure\s+2020 .*MISS not the largest/);
    expect(run.stdout).toContain('not expected to meet them');
  });

  it('exits 2 with one line for an unknown scenario', () => {
    const run = calibrate('--scenario', 'atlantis');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('atlantis');
  });
});
