/// <reference lib="webworker" />
import { LuckRun, luckSeeds } from '../../app/luck';
import type { LuckReply, LuckRequest, LuckWarmUp } from '../../app/luckMessages';

// Luck or skill, off the page's thread: the player's decisions and history's, each replayed in
// the same set of worlds, with a progress message after every chunk.

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: LuckReply): void {
  scope.postMessage(message);
}

// The engine reaches its full speed only after some hundreds of worlds, when the browser has
// compiled its hot paths. The warm-up plays them while the player reads the scorecard, a slice at
// a time, so a real request that arrives meanwhile stops it and starts at once.
const WARM_UP_WORLDS = 600;
const WARM_UP_SLICE = 20;
let warming = 0; // which warm-up is running; 0 when none

function warmUp(request: LuckWarmUp): void {
  const id = ++warming;
  const run = new LuckRun(request.scenario, request.scenario.history, luckSeeds(`${request.seed}~warm`, WARM_UP_WORLDS));
  const slice = () => {
    if (warming !== id) return;
    if (run.step(WARM_UP_SLICE)) warming = 0;
    else setTimeout(slice, 0);
  };
  slice();
}

scope.onmessage = (event: MessageEvent<LuckRequest | LuckWarmUp>) => {
  if ('warm' in event.data) {
    warmUp(event.data);
    return;
  }
  warming = 0;
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
