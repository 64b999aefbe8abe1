/// <reference lib="webworker" />
import { LuckRun, luckSeeds } from '../../app/luck';
import type { LuckReply, LuckRequest, LuckWarmUp } from '../../app/luckMessages';
import { WarmUp } from '../../app/luckWarmUp';

// Luck or skill, off the page's thread: the player's decisions and history's, each replayed in
// the same set of worlds, with a progress message after every chunk.

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: LuckReply): void {
  scope.postMessage(message);
}

// While the player reads the scorecard, throwaway worlds compile the engine's hot paths.
const WARM_UP_WORLDS = 600;
const WARM_UP_SLICE = 20;
const warmUp = new WarmUp((next) => setTimeout(next, 0));

scope.onmessage = (event: MessageEvent<LuckRequest | LuckWarmUp>) => {
  if ('warm' in event.data) {
    const { scenario, seed } = event.data;
    warmUp.start(new LuckRun(scenario, scenario.history, luckSeeds(`${seed}~warm`, WARM_UP_WORLDS)), WARM_UP_SLICE);
    return;
  }
  warmUp.stop();
  try {
    const { scenario, seed, yours, worlds, chunk } = event.data as LuckRequest;
    const seeds = luckSeeds(seed, worlds);
    const total = worlds * 2;
    const play = (path: LuckRequest['yours'], offset: number) => {
      const started = performance.now();
      const run = new LuckRun(scenario, path, seeds);
      let done = false;
      while (!done) {
        done = run.step(chunk);
        reply({ type: 'progress', done: offset + Math.round(run.progress * worlds), total });
      }
      return { spread: run.result(), ms: performance.now() - started };
    };
    const mine = play(yours, 0);
    const theirs = play(scenario.history, worlds);
    reply({ type: 'done', outcome: { yours: mine.spread, history: theirs.spread, yoursMs: mine.ms, historyMs: theirs.ms } });
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
