import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, runCampaign, stateHash } from '../../src/engine';
import { parseReplay, playDecisions, REPLAY_FORMAT, toReplay } from '../../src/app/replay';
import { loadBundledScenarios } from '../../src/app/scenarios';

const { scenarios } = loadBundledScenarios();
const scenario = scenarios[0]!.scenario;
const history = scenario.history.map((h) => ({ year: h.year, actions: h.actions }));
const fullPath = () => {
  const path = [];
  for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
    path.push(history.find((h) => h.year === year) ?? { year, actions: [] });
  }
  return path;
};

describe('playDecisions', () => {
  it('plays the real path to the same state as a campaign', () => {
    const played = playDecisions(scenario, scenario.defaultSeed, fullPath());
    const campaign = runCampaign(scenario, scenario.defaultSeed, scenario.history);
    expect(played.ok && campaign.ok).toBe(true);
    if (!played.ok || !campaign.ok) return;
    expect(stateHash(played.game.state)).toBe(campaign.hash);
    expect(played.game.hashes).toEqual(campaign.hashes);
    expect(played.game.reports).toHaveLength(campaign.reports.length);
  });

  it('stops at the first illegal year', () => {
    const played = playDecisions(scenario, 'x', [{ year: scenario.firstYear, actions: [{ kind: 'discloseAws' }] }]);
    expect(played.ok).toBe(false);
    if (!played.ok) expect(played.year).toBe(scenario.firstYear);
  });
});

describe('parseReplay', () => {
  const played = playDecisions(scenario, 'seed-a', fullPath().slice(0, 6));
  if (!played.ok) throw new Error(played.error);
  const replay = toReplay(played.game);

  it('round-trips a replay through JSON to the same state', () => {
    const parsed = parseReplay(JSON.parse(JSON.stringify(replay)), scenarios);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(stateHash(parsed.value.game.state)).toBe(stateHash(played.game.state));
    expect(parsed.value.recomputed).toBe(false);
    expect(parsed.value.replay.engineVersion).toBe(ENGINE_VERSION);
  });

  it.each([
    ['a number', 42],
    ['a list', []],
    ['a foreign format', { ...replay, format: 'something-else/1' }],
    ['an unknown scenario', { ...replay, scenario: 'atlantis' }],
    ['an empty seed', { ...replay, seed: '' }],
    ['a seed too long', { ...replay, seed: 'x'.repeat(65) }],
    ['decisions that are not a list', { ...replay, decisions: 'all of them' }],
    ['years out of order', { ...replay, decisions: [...replay.decisions].reverse() }],
    ['an illegal move', { ...replay, decisions: [{ year: scenario.firstYear, actions: [{ kind: 'bidJedi' }] }] }],
    ['an unknown move', { ...replay, decisions: [{ year: scenario.firstYear, actions: [{ kind: 'buyTwitter' }] }] }],
    ['too many years', { ...replay, decisions: Array.from({ length: 60 }, (_, i) => ({ year: scenario.firstYear + i, actions: [] })) }],
  ])('rejects %s with a reason', (_name, input) => {
    const parsed = parseReplay(input, scenarios);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.length).toBeGreaterThan(5);
  });

  it('notices when the saved hashes no longer match', () => {
    const parsed = parseReplay({ ...replay, hashes: replay.hashes.map(() => '0000000000000000') }, scenarios);
    expect(parsed.ok && parsed.value.recomputed).toBe(true);
  });

  it('keeps a legal draft and drops an illegal one', () => {
    const year = played.game.state.year;
    const legal = parseReplay({ ...replay, draft: { year, actions: [{ kind: 'capex', level: 'aggressive' }] } }, scenarios);
    expect(legal.ok && legal.value.draft).toEqual([{ kind: 'capex', level: 'aggressive' }]);
    const illegal = parseReplay({ ...replay, draft: { year, actions: [{ kind: 'bidJedi' }] } }, scenarios);
    expect(illegal.ok && illegal.value.draft).toEqual([]);
    const wrongYear = parseReplay({ ...replay, draft: { year: year + 3, actions: [] } }, scenarios);
    expect(wrongYear.ok && wrongYear.value.draft).toEqual([]);
  });

  it.each(scenarios.map((e) => [e.id, e] as const))('round-trips the whole %s history, every kind of move included', (_id, entry) => {
    const s = entry.scenario;
    const path = [];
    for (let year = s.firstYear; year <= s.lastYear; year++) path.push(s.history.find((h) => h.year === year) ?? { year, actions: [] });
    const full = playDecisions(s, s.defaultSeed, path);
    if (!full.ok) throw new Error(full.error);
    const parsed = parseReplay(JSON.parse(JSON.stringify(toReplay(full.game))), scenarios);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(stateHash(parsed.value.game.state)).toBe(stateHash(full.game.state));
      expect(parsed.value.recomputed).toBe(false);
    }
  });

  it('copies only the fields an action has', () => {
    const first = { year: scenario.firstYear, actions: [{ kind: 'openMarketplace', sneaky: 'value' }] };
    const parsed = parseReplay({ format: REPLAY_FORMAT, engineVersion: ENGINE_VERSION, scenario: scenario.id, seed: 's', decisions: [first], hashes: [] }, scenarios);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.game.decisions[0]!.actions[0]).toEqual({ kind: 'openMarketplace' });
  });
});
