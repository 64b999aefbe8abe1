/// <reference lib="webworker" />
import type { LuckReply, LuckRequest, LuckWarmUp } from '../../app/luckMessages';
import { LuckService } from '../../app/luckService';

// Luck or skill, off the page's thread: the player's decisions and history's, each replayed in
// the same set of worlds, with a progress message after every chunk. History's worlds are played
// ahead, while the scorecard shows.

const scope = self as unknown as DedicatedWorkerGlobalScope;
const service = new LuckService(
  (next) => setTimeout(next, 0),
  (message: LuckReply) => scope.postMessage(message),
  () => performance.now(),
);

scope.onmessage = (event: MessageEvent<LuckRequest | LuckWarmUp>) => {
  if ('warm' in event.data) service.prepare(event.data);
  else service.run(event.data);
};
