import { describe, expect, it } from 'vitest';
import { LuckRun, luckSeeds } from '../../src/app/luck';
import type { LuckReply, LuckRequest, LuckWarmUp } from '../../src/app/luckMessages';
import { loadBundledScenarios } from '../../src/app/scenarios';
import { memoryStorage } from '../../src/app/storage';
import { createLuck, LUCK_CHUNK, LUCK_WORLDS, type LuckPort } from '../../src/store/luck';
import { createReplays, historyPath } from '../../src/store/replays';
import { createSession } from '../../src/store/session';

const { scenarios } = loadBundledScenarios();
const scenario = scenarios[0]!.scenario;

/** A stand-in worker: records what it was asked and lets the test answer. */
function fakePort() {
  const sent: LuckRequest[] = [];
  const warmUps: LuckWarmUp[] = [];
  let terminated = 0;
  const port: LuckPort = {
    postMessage: (m) => { if ('warm' in m) warmUps.push(m); else sent.push(m); },
    onmessage: null,
    onerror: null,
    terminate: () => { terminated++; },
  };
  const reply = (message: LuckReply) => port.onmessage?.({ data: message } as MessageEvent<LuckReply>);
  return { port, sent, warmUps, reply, terminated: () => terminated };
}

function finishedSession() {
  const session = createSession({ scenarios, storage: memoryStorage(), now: () => 1 });
  session.init();
  // A finished game by forking history's run at its second-last year and ending the last.
  const replays = createReplays(session);
  replays.openHistory();
  replays.jump(scenario.lastYear - scenario.firstYear - 1);
  replays.fork();
  session.endYear();
  session.continueFromReport();
  return session;
}

describe('luck store', () => {
  it('warms a worker ahead of time and runs the worlds on that same worker', () => {
    const session = finishedSession();
    const fake = fakePort();
    let spawned = 0;
    const luck = createLuck(session, () => { spawned++; return fake.port; });
    luck.prepare();
    luck.prepare();
    expect(spawned).toBe(1);
    expect(fake.warmUps).toHaveLength(1);
    expect(fake.warmUps[0]).toMatchObject({ warm: true, seed: session.get().game!.seed });
    expect(luck.get().status).toBe('idle');
    luck.run();
    expect(spawned).toBe(1);
    expect(fake.sent).toHaveLength(1);
    expect(luck.get().status).toBe('running');
  });

  it('plays ahead for the game that finished last, letting a worker for an earlier game go', () => {
    const session = finishedSession();
    const workers: ReturnType<typeof fakePort>[] = [];
    const luck = createLuck(session, () => { const w = fakePort(); workers.push(w); return w.port; });
    luck.prepare();
    expect(session.startFromReplay(scenario.id, 'another-world', historyPath(scenario))).toBe(true);
    luck.prepare();
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated()).toBe(1);
    expect(workers[1]!.warmUps[0]).toMatchObject({ seed: 'another-world' });
    luck.run();
    expect(workers).toHaveLength(2);
    expect(workers[1]!.sent[0]).toMatchObject({ seed: 'another-world' });
  });

  it('does not play a finished game\'s worlds again once they are done', () => {
    const session = finishedSession();
    let spawned = 0;
    const fake = fakePort();
    const luck = createLuck(session, () => { spawned++; return fake.port; });
    luck.run();
    const spread = new LuckRun(scenario, scenario.history, luckSeeds('s', 2));
    while (!spread.step(1));
    fake.reply({ type: 'done', outcome: { yours: spread.result(), history: spread.result(), yoursMs: 1, historyMs: 1, aheadWorlds: 0, waitMs: 2 } });
    expect(luck.get().status).toBe('done');
    luck.prepare();
    expect(spawned).toBe(1);
  });

  it('does nothing until the game is finished', () => {
    const session = createSession({ scenarios, storage: memoryStorage() });
    const fake = fakePort();
    const luck = createLuck(session, () => fake.port);
    session.newGame(scenario.id, 'x');
    luck.run();
    expect(fake.sent).toHaveLength(0);
    expect(luck.get().status).toBe('idle');
  });

  it('asks the worker for the finished game\'s worlds and follows its progress to the result', () => {
    const session = finishedSession();
    expect(session.get().game!.state.finished).toBe(true);
    const fake = fakePort();
    const luck = createLuck(session, () => fake.port);
    luck.run();
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({ seed: session.get().game!.seed, worlds: LUCK_WORLDS, chunk: LUCK_CHUNK });
    expect(fake.sent[0]!.yours).toEqual([...historyPath(scenario).slice(0, -1), { year: scenario.lastYear, actions: [] }]);
    expect(luck.get().status).toBe('running');
    fake.reply({ type: 'progress', done: 250, total: 1000 });
    expect(luck.get().progress).toBe(0.25);
    luck.run();
    expect(fake.sent, 'a second request while running is ignored').toHaveLength(1);
    const spread = new LuckRun(scenario, scenario.history, luckSeeds('s', 3));
    spread.step(3);
    const outcome = { yours: spread.result(), history: spread.result(), yoursMs: 50, historyMs: 60, aheadWorlds: 0, waitMs: 110 };
    fake.reply({ type: 'done', outcome });
    expect(luck.get()).toMatchObject({ status: 'done', progress: 1, outcome });
    expect(fake.terminated()).toBe(1);
    luck.run();
    expect(fake.sent, 'the result is kept for the same game').toHaveLength(1);
  });

  it('reports a worker failure', () => {
    const session = finishedSession();
    const fake = fakePort();
    const luck = createLuck(session, () => fake.port);
    luck.run();
    fake.reply({ type: 'error', message: 'boom' });
    expect(luck.get()).toMatchObject({ status: 'failed', error: 'boom' });
  });

  it('can be cancelled while running', () => {
    const session = finishedSession();
    const fake = fakePort();
    const luck = createLuck(session, () => fake.port);
    luck.run();
    luck.cancel();
    expect(luck.get().status).toBe('idle');
    expect(fake.terminated()).toBe(1);
    fake.reply({ type: 'progress', done: 10, total: 1000 });
    expect(luck.get().progress).toBe(0);
  });
});
