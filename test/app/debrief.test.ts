import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { debrief, DEBRIEF_FIGURES } from '../../src/app/debrief';
import { runCampaign, type YearDecisions } from '../../src/engine';
import { loadTestScenario } from '../helpers/scenario';
import { strategies } from '../helpers/strategies';

const ROOT = join(__dirname, '..', '..');
const scenario = loadTestScenario();
const paths = strategies(scenario);

function score(path: readonly YearDecisions[], seed: string): number {
  const run = runCampaign(scenario, seed, path, { reports: false });
  if (!run.ok) throw new Error(run.error);
  return run.state.score.total;
}

describe('the debrief', () => {
  it('finds no gap and no line on history\'s own path', () => {
    const d = debrief(scenario, scenario.defaultSeed, scenario.history, scenario.lastYear);
    expect(d.scoreGap).toBe(0);
    expect(d.lines).toEqual([]);
  });

  for (const name of ['noApis', 'earlyCloud', 'spareCapacity', 'neverCutPrices']) {
    it(`splits the whole gap by year for the ${name} strategy: the lines add up to it, in points and every figure`, () => {
      const seed = 'class-a';
      const d = debrief(scenario, seed, paths[name]!, scenario.lastYear);
      // The gap is the real one: the two runs, each played on its own.
      expect(d.scoreGap).toBeCloseTo(score(paths[name]!, seed) - score(scenario.history, seed), 9);
      expect(Math.abs(d.scoreGap)).toBeGreaterThan(1);
      const sum = d.lines.reduce((s, l) => s + l.points, 0);
      expect(Math.abs(sum - d.scoreGap)).toBeLessThan(0.05);
      for (const f of DEBRIEF_FIGURES) {
        expect(Math.abs(d.lines.reduce((s, l) => s + l.figures[f], 0) - d.figureGaps[f])).toBeLessThan(1e-6 * (1 + Math.abs(d.figureGaps[f])));
      }
      for (const l of d.lines) {
        expect(l.yours.length + l.history.length).toBeGreaterThan(0);
        expect(l.text.startsWith(`${l.year}: `)).toBe(true);
      }
    });
  }
});

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/debrief.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run debrief', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-debrief-'));
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  it('prints a zero gap for history\'s decisions', () => {
    const run = cli(file('history.json', { decisions: scenario.history }));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/a gap of \+0\.0 points/);
    expect(run.stdout).toMatch(/none: you made history.s calls in every year/);
  });

  it('gives one JSON object whose lines add up to the gap, with each line\'s share', () => {
    const run = cli(file('early.json', { decisions: paths.earlyCloud }), '--format', 'json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.scoreGap).toBeCloseTo(score(paths.earlyCloud!, scenario.defaultSeed) - score(scenario.history, scenario.defaultSeed), 9);
    expect(out.lines.length).toBeGreaterThan(0);
    for (const l of out.lines) expect(l).toMatchObject({ year: expect.any(Number), text: expect.any(String), points: expect.any(Number) });
    expect(Math.abs(out.lines.reduce((s: number, l: { points: number }) => s + l.points, 0) - out.scoreGap)).toBeLessThan(0.05);
    expect(out.lines.reduce((s: number, l: { share: number }) => s + l.share, 0)).toBeCloseTo(1, 6);
  });

  const bad: [string, () => string[], RegExp][] = [
    ['no file', () => [], /^debrief: give one replay/],
    ['a missing file', () => [join(dir, 'nowhere.json')], /^debrief: replay .*nowhere\.json: cannot be read/],
    ['a decisions file with a bad year', () => [file('bad.json', { decisions: [{ year: 1890, actions: [] }] })], /^debrief: decisions .*bad\.json: decisions\[0\]\.year: 1890 is outside/],
    ['an illegal move', () => [file('illegal.json', [{ year: 2000, actions: [{ kind: 'launchService', service: 'ec2', team: 'remote' }, { kind: 'launchService', service: 'ec2', team: 'remote' }] }])], /^debrief: decisions .*illegal\.json: 2000: /],
    ['a damaged code', () => ['fw9_notacode'], /^debrief: replay fw9_notacode: /],
    ['a bad format', () => [file('ok.json', { decisions: [] }), '--format', 'xml'], /^debrief: --format must be one of table, json/],
  ];
  for (const [name, args, message] of bad) {
    it(`exits 2 with one line for ${name}`, () => {
      const run = cli(...args());
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr.trim()).toMatch(message);
    });
  }
});
