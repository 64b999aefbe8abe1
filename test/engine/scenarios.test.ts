import Ajv2020 from 'ajv/dist/2020';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCalibration, checkJediAward, EPILOGUE_TARGETS } from '../../src/app/calibrationTargets';
import { parseScenario, runCampaign, type Scenario } from '../../src/engine';

const ROOT = join(__dirname, '..', '..');
const DIR = join(ROOT, 'scenarios');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
const raw = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, any>;
const schema = JSON.parse(readFileSync(join(DIR, 'scenario.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function parsed(file: string): Scenario {
  const result = parseScenario(raw(file));
  if (!result.ok) throw new Error(`${file}: ${result.errors.join('; ')}`);
  return result.value;
}

describe('the scenario library', () => {
  it('has the five scenarios', () => {
    expect(files.sort()).toEqual(['cloud-wars.json', 'extended.json', 'historical.json', 'platform-years.json', 'rival-2005.json']);
  });

  for (const file of files) {
    it(`${file} validates, matches the JSON Schema, and its historical path replays to its stored hash`, () => {
      const scenario = parsed(file);
      expect(validate(raw(file)), JSON.stringify(validate.errors)).toBe(true);
      expect(scenario.id).toBe(file.replace(/\.json$/, ''));
      const campaign = runCampaign(scenario, scenario.defaultSeed, scenario.history, { reports: false });
      if (!campaign.ok) throw new Error(campaign.error);
      expect(scenario.check).not.toBeNull();
      expect(campaign.hash).toBe(scenario.check!.historyHash);
      expect(campaign.years[0]!.year).toBe(scenario.firstYear);
      expect(campaign.years.at(-1)!.year).toBe(scenario.lastYear);
    });
  }

  it('a later start opens from the position history reached, not from scratch', () => {
    const wars = parsed('cloud-wars.json');
    const history = parsed('historical.json');
    const game = runCampaign(wars, wars.defaultSeed, wars.history, { reports: false });
    const full = runCampaign(history, history.defaultSeed, history.history, { reports: false });
    if (!game.ok || !full.ok) throw new Error('must replay');
    // Same world up to 2009: the 2010 starting point carries AWS's 2009 business.
    expect(game.state.ec2Year).toBe(2006);
    // AWS earned about $0.3-1.2B in 2010 (analyst estimates): the start carries that business, not zero.
    expect(game.years[0]!.awsRevenue).toBeGreaterThan(0.3);
    // Rivals pressing harder on price leave history's path worse off than in history.
    expect(game.years.at(-1)!.cloudShare).toBeLessThan(full.years.at(-1)!.cloudShare);
  });

  it('an early rival makes history\'s timetable lose ground', () => {
    const rival = parsed('rival-2005.json');
    const history = parsed('historical.json');
    const a = runCampaign(rival, rival.defaultSeed, rival.history, { reports: false });
    const b = runCampaign(history, history.defaultSeed, history.history, { reports: false });
    if (!a.ok || !b.ok) throw new Error('must replay');
    expect(a.years.at(-1)!.cloudShare).toBeLessThan(b.years.at(-1)!.cloudShare - 0.05);
    expect(a.state.score.total).toBeLessThan(b.state.score.total);
  });
});

describe('the extended scenario hits the epilogue targets', () => {
  const scenario = parsed('extended.json');
  const campaign = runCampaign(scenario, scenario.defaultSeed, scenario.history);
  if (!campaign.ok) throw new Error(campaign.error);
  const y = (year: number) => campaign.years.find((f) => f.year === year)!;

  it('keeps every 2000-2020 target', () => {
    const rows = checkCalibration(campaign.years.filter((f) => f.year <= 2020));
    for (const row of rows) expect(row.pass, `${row.label} ${row.year}: ${row.value}`).toBe(true);
  });
  it('hits every epilogue target: AWS past $100B a year (107.6 in 2024); 30+ regions, 100+ zones, 200+ services by 2025', () => {
    const rows = checkCalibration(campaign.years, EPILOGUE_TARGETS);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.pass, `${row.label} ${row.year}: ${row.value}`).toBe(true);
    expect(y(2025).awsRevenue).toBeGreaterThan(100);
  });
  it('JEDI is cancelled in 2021 and a multi-vendor successor awarded in 2022', () => {
    expect(y(2021).events.some((e) => e.includes('cancels JEDI'))).toBe(true);
    expect(y(2022).events.some((e) => e.includes('multi-vendor successor'))).toBe(true);
    expect(y(2023).governmentRevenue).toBeGreaterThan(0);
    expect(campaign.state.jedi).toBe('cancelled');
    // The award itself was still lost, as targets.md has it.
    expect(checkJediAward(scenario, scenario.defaultSeed)?.pass).toBe(true);
  });
  it('a generative-AI platform launches in 2023 and the October 2025 outage is handled as the player chose', () => {
    expect(campaign.state.genAiYear).toBe(2023);
    expect(y(2025).events.some((e) => e.includes('major outage'))).toBe(true);
  });
  it('handling the outage openly costs less trust than keeping quiet', () => {
    const quiet = scenario.history.map((h) => (h.year === 2025 ? { year: 2025, actions: [{ kind: 'outageResponse' as const, plan: 'quiet' as const }] } : h));
    const other = runCampaign(scenario, scenario.defaultSeed, quiet, { reports: false });
    if (!other.ok) throw new Error(other.error);
    expect(other.years.at(-1)!.trust).toBeLessThan(y(2025).trust);
  });
  it('skipping the AI platform loses share in the AI years', () => {
    const noAi = scenario.history.map((h) => ({ year: h.year, actions: h.actions.filter((a) => a.kind !== 'launchGenAi') }));
    const other = runCampaign(scenario, scenario.defaultSeed, noAi, { reports: false });
    if (!other.ok) throw new Error(other.error);
    expect(other.years.at(-1)!.cloudShare).toBeLessThan(y(2025).cloudShare);
  });
});

describe('bad scenarios are refused with every problem and its path', () => {
  function errors(change: (r: Record<string, any>) => void, file = 'extended.json'): string[] {
    const r = raw(file);
    change(r);
    const result = parseScenario(r);
    return result.ok ? [] : result.errors;
  }
  it('a misspelt field', () => {
    expect(errors((r) => { r.evnts = []; })).toEqual(['evnts: is not a field of a scenario here (misspelt?)']);
  });
  it('a prelude after the start', () => {
    expect(errors((r) => { r.preludeFrom = 2010; }, 'platform-years.json')).toContain('preludeFrom: 2010 is after firstYear 2002');
  });
  it('an event after the last year', () => {
    expect(errors((r) => { r.events[3].year = 2031; }, 'historical.json')).toEqual(["events[3].year: 2031 is after the scenario's last year 2020"]);
  });
  it('a bad outage flag and a bad AI series value', () => {
    expect(errors((r) => { r.events.at(-1).majorOutage = 'yes'; r.series.aiDemand['2024'] = 'lots'; })).toEqual([
      'series.aiDemand.2024: must be a number, not "lots"',
      `events[${raw('extended.json').events.length - 1}].majorOutage: must be true or false, not "yes"`,
    ]);
  });
  it('a successor contract missing a field', () => {
    expect(errors((r) => { delete r.jedi.successor.minCredentials; })).toEqual(['jedi.successor.minCredentials: must be a number, not undefined']);
  });
  it('a historical move that the rules forbid', () => {
    expect(errors((r) => { r.history[22].actions.push({ kind: 'launchGenAi' }); })).toEqual([
      'history[22].actions: 2022 action 3: launchGenAi is locked in 2022: not before 2023',
    ]);
  });
});

describe('npm run scenario -- check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-scn-'));
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/scenario.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  it('passes a good file and replays it', () => {
    const out = run('check', join(DIR, 'platform-years.json'));
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('valid');
    expect(out.stdout).toContain('stored hash matches');
  });
  it('lists every problem of a bad file with its path, and exits 2', () => {
    const r = raw('historical.json');
    r.events[3].year = 2031;
    r.start.cash = 'lots';
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify(r));
    const out = run('check', path);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain(`${path}: start.cash: must be a number, not "lots"`);
    expect(out.stderr).toContain(`${path}: events[3].year: 2031 is after the scenario's last year 2020`);
    expect(out.stderr).not.toMatch(/\bat \w+ \(/);
  });
  it('catches a stored hash the path no longer reaches', () => {
    const r = raw('platform-years.json');
    r.check.historyHash = '0000000000000000';
    const path = join(dir, 'drift.json');
    writeFileSync(path, JSON.stringify(r));
    const out = run('check', path);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/check\.historyHash: the historical path now reaches [0-9a-f]{16}, not the stored 0000000000000000/);
  });
});
