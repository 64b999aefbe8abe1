import { describe, expect, it } from 'vitest';
import { decisionsFor, planDraft, playPlan, runCampaign, stateHash, newGame, type Action } from '../../src/engine';
import { loadTestScenario } from '../helpers/scenario';

const scenario = loadTestScenario();

describe('playPlan', () => {
  it('plays history\'s picks to the same state as runCampaign', () => {
    const played = playPlan(scenario, 'plan-seed', (state) => decisionsFor(scenario.history, state.year).actions);
    const campaign = runCampaign(scenario, 'plan-seed', scenario.history, { reports: false });
    if (!campaign.ok) throw new Error(campaign.error);
    expect(stateHash(played.state)).toBe(campaign.hash);
    expect(played.path).toHaveLength(scenario.lastYear - scenario.firstYear + 1);
  });

  it('drops the picks the draft drops, and the path it returns replays to the same state', () => {
    const wished = (year: number): Action[] => (year === 2000
      ? [{ kind: 'launchService', service: 'ec2', team: 'remote' }, { kind: 'openMarketplace' }]
      : year === 2003 ? [{ kind: 'rentSpareCapacity' }, { kind: 'launchService', service: 'ec2', team: 'core' }, { kind: 'apiMandate' }] : []);
    const seen: number[] = [];
    const played = playPlan(scenario, 'x', (state) => wished(state.year), (figures) => seen.push(figures.year));
    expect(seen[0]).toBe(scenario.firstYear);
    expect(seen).toHaveLength(played.path.length);
    expect(played.path[0]!.actions).toEqual(planDraft(newGame(scenario, 'x'), scenario, wished(2000)).actions);
    expect(played.path[0]!.actions).toEqual([{ kind: 'openMarketplace' }]);
    const y2003 = played.path.find((d) => d.year === 2003)!.actions.map((a) => a.kind);
    expect(y2003).toContain('launchService');
    expect(y2003).not.toContain('rentSpareCapacity');
    const replay = runCampaign(scenario, 'x', played.path, { reports: false });
    if (!replay.ok) throw new Error(replay.error);
    expect(replay.hash).toBe(stateHash(played.state));
  });

  it('plays one seed many times over without one game leaking into the next', () => {
    const history = (state: { year: number }) => decisionsFor(scenario.history, state.year).actions;
    const other = (state: { year: number }): Action[] => (state.year === 2001 ? [{ kind: 'apiMandate' }, { kind: 'capex', level: 'aggressive' }] : []);
    const first = stateHash(playPlan(scenario, 'again', history).state);
    const between = stateHash(playPlan(scenario, 'again', other).state);
    expect(stateHash(playPlan(scenario, 'again', history).state)).toBe(first);
    expect(between).not.toBe(first);
    const fresh = runCampaign(scenario, 'again', scenario.history, { reports: false });
    expect(fresh.ok && fresh.hash).toBe(first);
  });
});
