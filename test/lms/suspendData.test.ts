import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, ENGINE_VERSION, LEVELS, runCampaign, SERVICES, type Action, type YearDecisions } from '../../src/engine';
import { COMPETITION_ID_BYTES } from '../../src/app/competition';
import { TEAM_NAME_MAX } from '../../src/app/result';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { competitionSuspend, practiceSuspend, readSuspendData, SUSPEND_DATA_MAX } from '../../src/lms/suspendData';

const { scenarios } = loadBundledScenarios();
const historical = scenarios[0]!.scenario;

/** One action of every kind (every service, the price cut at a depth that needs 8 bytes): no year holds more. */
function everyMove(): Action[] {
  const actions: Action[] = [];
  for (const kind of ACTION_KINDS) {
    if (kind === 'launchService') for (const service of SERVICES) actions.push({ kind, service, team: 'core' });
    else if (kind === 'priceCuts') actions.push({ kind, count: 255, depthPercent: 12.345678 });
    else if (kind === 'capex' || kind === 'retailInvestment') actions.push({ kind, level: LEVELS[LEVELS.length - 1]! });
    else if (kind === 'outageResponse') actions.push({ kind, plan: 'resilience' });
    else actions.push({ kind } as Action);
  }
  return actions;
}

describe('the suspend data', () => {
  const played = runCampaign(historical, historical.defaultSeed, historical.history);
  if (!played.ok) throw new Error(played.error);
  const replay = { engineVersion: ENGINE_VERSION, scenario: historical.id, seed: historical.defaultSeed, decisions: historical.history.map((h) => ({ year: h.year, actions: [...h.actions] })), hashes: played.hashes };

  it('keeps a practice game and the year in progress, and gives them back exactly', () => {
    const draft = { year: 2021, actions: [{ kind: 'capex', level: 'aggressive' }, { kind: 'priceCuts', count: 2, depthPercent: 15 }] as Action[] };
    const text = practiceSuspend(replay, draft);
    expect(text).toMatch(/^fw1_[A-Za-z0-9_-]+~fwd1_[A-Za-z0-9_-]+$/);
    const read = readSuspendData(text);
    expect(read).toEqual({ ok: true, value: { kind: 'practice', replay, draft: draft.actions } });
    // No year in progress (or the game over): the code alone, the one `npm run replay` checks.
    expect(practiceSuspend(replay, null)).toBe(text.split('~')[0]);
  });

  it('keeps a team\u2019s competition game as its result code', () => {
    const result = { competitionId: 'ab'.repeat(COMPETITION_ID_BYTES), engineVersion: ENGINE_VERSION, team: 'Team A', decisions: replay.decisions.slice(-2), claimedScore: 612.5 };
    const text = competitionSuspend(result, null);
    expect(text).toMatch(/^fwr2_/);
    expect(readSuspendData(text)).toEqual({ ok: true, value: { kind: 'competition', result, draft: [] } });
  });

  it('fits SCORM\u2019s 4,096 characters for the longest bundled scenario with every move every year', () => {
    const longest = Math.max(...scenarios.map((s) => s.scenario.lastYear - s.scenario.firstYear + 1));
    expect(longest).toBeGreaterThanOrEqual(21);
    const decisions: YearDecisions[] = Array.from({ length: longest }, (_, i) => ({ year: 2000 + i, actions: everyMove() }));
    // The longest seed and team name a game accepts, in four-byte characters.
    const seed = '\u{1F680}'.repeat(63);
    const worst = practiceSuspend({ engineVersion: ENGINE_VERSION, scenario: 'platform-years', seed, decisions, hashes: decisions.map(() => 'f'.repeat(16)) }, { year: 2000 + longest, actions: everyMove() });
    expect(worst).toContain('~fwd1_');
    expect(worst.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
    const team = '\u{1F680}'.repeat(TEAM_NAME_MAX);
    const worstTeam = competitionSuspend({ competitionId: 'ab'.repeat(COMPETITION_ID_BYTES), engineVersion: ENGINE_VERSION, team, decisions, claimedScore: 1 / 3 }, { year: 2030, actions: everyMove() });
    expect(worstTeam.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
    // History's own 21 years take far less.
    expect(practiceSuspend(replay, null).length).toBeLessThan(1000);
  });

  it('refuses damaged, tampered, foreign or oversized data with a reason, and never throws', () => {
    const text = practiceSuspend(replay, { year: 2021, actions: [{ kind: 'capex', level: 'aggressive' }] });
    const [code, draft] = text.split('~') as [string, string];
    const flipped = (s: string, at: number) => s.slice(0, at) + (s[at] === 'A' ? 'B' : 'A') + s.slice(at + 1);
    const bad: unknown[] = [
      '', 'hello', 42, null, `${code}~${draft}~${draft}`, flipped(code, 20), `${code}~${flipped(draft, 8)}`,
      code.slice(0, -5), `${code}~fwd1_`, `${code}~${code}`, 'x'.repeat(SUSPEND_DATA_MAX + 1), 'fwr2_AAAA',
    ];
    for (const input of bad) {
      const read = readSuspendData(input);
      expect(read.ok, String(input).slice(0, 40)).toBe(false);
      if (!read.ok) expect(read.error.length).toBeGreaterThan(5);
    }
  });
});
