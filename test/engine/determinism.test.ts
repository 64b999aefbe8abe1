import { describe, expect, it } from 'vitest';
import { applyTurn, newGame, runCampaign, stateHash } from '../../src/engine';
import { randomPlaythrough } from '../helpers/randomPlayer';
import { loadTestScenario } from '../helpers/scenario';

const scenario = loadTestScenario();

describe('determinism', () => {
  it('the same scenario, seed and decisions give the same hash, run twice', () => {
    const a = runCampaign(scenario, scenario.defaultSeed, scenario.history);
    const b = runCampaign(scenario, scenario.defaultSeed, scenario.history);
    if (!a.ok || !b.ok) throw new Error('history must replay');
    expect(a.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(b.hash).toBe(a.hash);
    expect(b.hashes).toEqual(a.hashes);
    expect(JSON.stringify(b.years)).toBe(JSON.stringify(a.years));
  });

  it('a different seed gives a different world and a different hash', () => {
    const a = runCampaign(scenario, scenario.defaultSeed, scenario.history);
    const b = runCampaign(scenario, 'another-seed', scenario.history);
    if (!a.ok || !b.ok) throw new Error('history must replay');
    expect(b.hash).not.toBe(a.hash);
  });

  it('applyTurn leaves the state it was given untouched', () => {
    const state = newGame(scenario);
    const before = JSON.stringify(state);
    const result = applyTurn(scenario, state, scenario.history[0]!);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(state)).toBe(before);
  });

  it('step-by-step play and the bulk replay agree bit for bit', () => {
    let state = newGame(scenario);
    const hashes: string[] = [];
    for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
      const result = applyTurn(scenario, state, scenario.history.find((h) => h.year === year) ?? { year, actions: [] });
      if (!result.ok) throw new Error(result.error);
      state = result.state;
      hashes.push(stateHash(state));
    }
    const bulk = runCampaign(scenario, scenario.defaultSeed, scenario.history, { reports: false });
    if (!bulk.ok) throw new Error(bulk.error);
    expect(hashes).toEqual(bulk.hashes);
    expect(stateHash(state)).toBe(bulk.hash);
  });

  it('200 random legal playthroughs each replay to the same hash', () => {
    for (let i = 0; i < 200; i++) {
      const seed = `world-${i % 7}`;
      const play = randomPlaythrough(scenario, seed, `player-${i}`);
      const replay = runCampaign(scenario, seed, play.path, { reports: false, figures: false });
      if (!replay.ok) throw new Error(replay.error);
      expect(replay.hash).toBe(stateHash(play.final));
    }
  });

  it('the same seed gives every player the same world events whatever they choose', () => {
    const seed = 'shared-world';
    const plays = [0, 1, 2, 3, 4].map((i) => randomPlaythrough(scenario, seed, `team-${i}`));
    const first = plays[0]!;
    for (const play of plays.slice(1)) {
      // The draws behind every event are identical...
      expect(play.final.draws).toEqual(first.final.draws);
      // ...and so are the scenario's shocks in every year's news.
      for (let y = 0; y < play.reports.length; y++) {
        const shocks = (r: typeof first.reports[number]) => r.events.filter((e) => scenario.events.some((ev) => ev.headline === e));
        expect(shocks(play.reports[y]!)).toEqual(shocks(first.reports[y]!));
      }
    }
    // ...while the teams' own outcomes differ.
    expect(new Set(plays.map((p) => stateHash(p.final))).size).toBe(plays.length);
  });
});
