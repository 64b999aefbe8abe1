import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LuckOutcome, LuckReply, LuckRequest, LuckWarmUp } from '../app/luckMessages';
import type { ScoreSpan } from '../app/result';
import type { Session } from './session';

// Luck or skill for the finished game: its decisions replayed over many worlds in a worker. The
// page only hears progress and the result, so it never stalls while the worlds are played.

export const LUCK_WORLDS = 500;
export const LUCK_CHUNK = 25;

/** The part of a Worker the store uses, so tests can stand in for one. */
export interface LuckPort {
  postMessage(message: LuckRequest | LuckWarmUp): void;
  onmessage: ((event: MessageEvent<LuckReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface LuckData {
  status: 'idle' | 'running' | 'done' | 'failed';
  /** 0..1 */
  progress: number;
  outcome: LuckOutcome | null;
  error: string | null;
  /** which game the outcome belongs to (scenario, seed and final hash) */
  gameKey: string;
}

export interface Luck {
  store: StoreApi<LuckData>;
  get(): LuckData;
  /** Starts a worker on the finished game's worlds ahead of time, so a later run() answers at once; the page is never held up. */
  prepare(): void;
  /** Starts the worlds for the finished game, unless they are running or done for it already. */
  run(): void;
  cancel(): void;
}

/** The worlds to play for a finished game: its own decisions and history's. */
function luckRequest(game: NonNullable<ReturnType<Session['get']>['game']>, scoreSpan: ScoreSpan | undefined): LuckRequest {
  return {
    ...(scoreSpan ? { scoreSpan } : {}),
    scenario: game.scenario,
    seed: game.seed,
    yours: game.decisions.map((d) => ({ year: d.year, actions: d.actions.map((a) => ({ ...a })) })),
    worlds: LUCK_WORLDS,
    chunk: LUCK_CHUNK,
  };
}

/** Which finished game a run belongs to: scenario, seed and final hash. */
function gameKeyOf(game: NonNullable<ReturnType<Session['get']>['game']>): string {
  return `${game.scenario.id}|${game.seed}|${game.hashes[game.hashes.length - 1] ?? ''}`;
}

export function createLuck(session: Session, spawn: () => LuckPort): Luck {
  const store = createStore<LuckData>()(() => ({ status: 'idle', progress: 0, outcome: null, error: null, gameKey: '' }));
  const get = () => store.getState();
  let port: LuckPort | null = null;
  // A worker already playing a finished game's worlds ahead, and which game they are.
  let spare: LuckPort | null = null;
  let spareKey = '';

  function stop(): void {
    port?.terminate();
    port = null;
  }

  return {
    store,
    get,

    prepare() {
      const game = session.get().game;
      if (port || !game || !game.state.finished) return;
      const key = gameKeyOf(game);
      const now = get();
      // Nothing to play ahead if this game's worlds are done already, or already being played.
      if (now.gameKey === key && now.status === 'done') return;
      if (spare && spareKey === key) return;
      // A worker left playing ahead for an earlier game is of no use for this one.
      spare?.terminate();
      spare = spawn();
      spareKey = key;
      spare.postMessage({ ...luckRequest(game, game.rules.scoreSpan), warm: true });
    },

    run() {
      const game = session.get().game;
      if (!game || !game.state.finished) return;
      const key = gameKeyOf(game);
      const now = get();
      if (now.gameKey === key && (now.status === 'running' || now.status === 'done')) return;
      stop();
      store.setState({ status: 'running', progress: 0, outcome: null, error: null, gameKey: key });
      // The worker playing this game's worlds ahead carries on; one for another game is let go.
      if (spare && spareKey !== key) spare.terminate();
      const worker = spare && spareKey === key ? spare : spawn();
      spare = null;
      spareKey = '';
      port = worker;
      worker.onmessage = (event) => {
        if (port !== worker) return;
        const reply = event.data;
        if (reply.type === 'progress') store.setState({ progress: reply.total > 0 ? reply.done / reply.total : 0 });
        else if (reply.type === 'done') { store.setState({ status: 'done', progress: 1, outcome: reply.outcome }); stop(); }
        else { store.setState({ status: 'failed', error: reply.message }); stop(); }
      };
      worker.onerror = (event) => {
        if (port !== worker) return;
        store.setState({ status: 'failed', error: event.message || 'the worker stopped' });
        stop();
      };
      worker.postMessage(luckRequest(game, game.rules.scoreSpan));
    },

    cancel() {
      if (get().status !== 'running') return;
      stop();
      store.setState({ status: 'idle', progress: 0, gameKey: '' });
    },
  };
}
