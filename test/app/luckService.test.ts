import { describe, expect, it } from 'vitest';
import type { YearDecisions } from '../../src/engine';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { LuckRun, luckSeeds } from '../../src/app/luck';
import type { LuckOutcome, LuckReply, LuckRequest } from '../../src/app/luckMessages';
import { LuckService } from '../../src/app/luckService';

const scenario = loadBundledScenarios().scenarios[0]!.scenario;
const WORLDS = 30;
const yours: YearDecisions[] = [{ year: 2000, actions: [{ kind: 'retailInvestment', level: 'lean' }] }];

function spreadOf(path: readonly YearDecisions[], seed: string) {
  const run = new LuckRun(scenario, path, luckSeeds(seed, WORLDS));
  while (!run.step(7));
  return run.result();
}

function harness() {
  const queue: (() => void)[] = [];
  const replies: LuckReply[] = [];
  let time = 0;
  const service = new LuckService((next) => { queue.push(next); }, (m) => { replies.push(m); }, () => (time += 1));
  return {
    service,
    replies,
    /** Runs up to n slices the service handed back to the event loop. */
    tick: (n = Infinity) => { for (let i = 0; i < n && queue.length > 0; i++) queue.shift()!(); },
    outcome: (): LuckOutcome => {
      const done = replies.find((r) => r.type === 'done');
      if (!done || done.type !== 'done') throw new Error(`no result: ${JSON.stringify(replies.at(-1))}`);
      return done.outcome;
    },
    progress: () => replies.flatMap((r) => (r.type === 'progress' ? [r.done] : [])),
  };
}

const request = (seed: string, path = yours): LuckRequest => ({ scenario, seed, yours: path, worlds: WORLDS, chunk: 10 });

describe('the luck service behind the worker', () => {
  it('asked cold, plays both paths over the same worlds with progress up to the whole', () => {
    const h = harness();
    h.service.run(request('lucky'));
    const outcome = h.outcome();
    expect(outcome.yours).toEqual(spreadOf(yours, 'lucky'));
    expect(outcome.history).toEqual(spreadOf(scenario.history, 'lucky'));
    expect(outcome.aheadWorlds).toBe(0);
    const done = h.progress();
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(WORLDS * 2);
  });

  it('played ahead, answers at once with the same spreads', () => {
    const h = harness();
    h.service.prepare({ ...request('lucky'), warm: true });
    h.tick();
    h.service.run(request('lucky'));
    const outcome = h.outcome();
    expect(outcome.yours).toEqual(spreadOf(yours, 'lucky'));
    expect(outcome.history).toEqual(spreadOf(scenario.history, 'lucky'));
    expect(outcome.aheadWorlds).toBe(WORLDS * 2);
    expect(h.progress()).toEqual([]);
    expect(outcome.yoursMs).toBeGreaterThan(0);
  });

  it('a request part-way stops the background slices and plays the rest itself', () => {
    const h = harness();
    h.service.prepare({ ...request('lucky'), warm: true });
    h.tick(1);
    h.service.run(request('lucky'));
    h.tick();
    const outcome = h.outcome();
    expect(outcome.aheadWorlds).toBe(30);
    expect(outcome.history).toEqual(spreadOf(scenario.history, 'lucky'));
    expect(outcome.yours).toEqual(spreadOf(yours, 'lucky'));
    expect(h.progress()[0]).toBe(40);
    expect(h.replies.filter((r) => r.type === 'done')).toHaveLength(1);
  });

  it('work played ahead for other decisions or another world is not used', () => {
    for (const other of [request('other'), request('lucky', [])]) {
      const h = harness();
      h.service.prepare({ ...other, warm: true });
      h.tick();
      h.service.run(request('lucky'));
      expect(h.outcome().aheadWorlds).toBe(0);
      expect(h.outcome().yours).toEqual(spreadOf(yours, 'lucky'));
      expect(h.outcome().history).toEqual(spreadOf(scenario.history, 'lucky'));
    }
  });
});
