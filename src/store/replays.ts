import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ScoreSpan } from '../app/result';
import { decisionsFor, type Scenario, type YearDecisions } from '../engine';
import { playDecisions, type PlayedGame } from '../app/replay';
import { decodeReplay } from '../app/replayCode';
import { verifyReplay } from '../app/replayVerify';
import { codeFromFragment } from '../app/shareLink';
import type { Screen, Session } from './session';
import { lastClassGame } from '../app/competitionSave';
import { decodeCompetition } from '../app/competition';

/**
 * Whether a class game that hides history is under way in this browser: the one in play, or, when
 * none is, the class game saved last (after a reload or a closed tab). History's own views stay
 * shut till it ends.
 */
export function classHidesHistory(session: Session): boolean {
  const game = session.get().game;
  if (game && !game.rules.history) return !game.state.finished;
  if (game?.rules.competition) return false;
  const save = lastClassGame(session.storage);
  if (!save) return false;
  const c = decodeCompetition(save.code);
  if (!c.ok || c.value.ghost) return false;
  return !save.decisions.some((d) => d.year === c.value.lastYear);
}

const HIDDEN_TEXT = 'History stays hidden until your class game is over: your instructor chose so.';

// Replays being watched: history's path, the player's own run, or one opened from a share link.
// The watch screen steps through one of them a year at a time, and can fork a new game from there.

export type ReplayKind = 'history' | 'own' | 'shared';

export interface WatchedReplay extends PlayedGame {
  kind: ReplayKind;
  /** where closing the watch screen goes back to */
  returnTo: Screen;
  /** a class competition's own game: no share link (results go to the instructor), its settings kept */
  classGame: { ghost: boolean; scoreSpan: ScoreSpan } | null;
}

export interface ReplaysData {
  watching: WatchedReplay | null;
  /** which played year is shown: 0 is the scenario's first year */
  index: number;
  /** a fork would replace a game in progress: the player is asked to keep both, replace it, or not fork */
  askFork: boolean;
}

export interface Replays {
  store: StoreApi<ReplaysData>;
  get(): ReplaysData;
  /** History's own decisions, in the world of the current game (or the scenario's default seed). */
  openHistory(scenarioId?: string): void;
  /** The game being played, as far as it has gone. */
  openOwn(): void;
  /** Opens a "#r=" fragment. 'none' when it holds no code; 'refused' (with a notice) when it is bad. */
  openLink(fragment: string): 'none' | 'opened' | 'refused';
  step(delta: number): void;
  jump(index: number): void;
  /** A new game playing the watched decisions up to the shown year; the player takes over after it. */
  fork(choice?: 'keepBoth' | 'replace'): boolean;
  cancelFork(): void;
  close(): void;
}

/** The full history path of a scenario, one entry a year (years it lists nothing play no moves). */
export function historyPath(scenario: Scenario): YearDecisions[] {
  const path: YearDecisions[] = [];
  for (let year = scenario.firstYear; year <= scenario.lastYear; year++) {
    path.push({ year, actions: decisionsFor(scenario.history, year).actions.map((a) => ({ ...a })) });
  }
  return path;
}

export function createReplays(session: Session): Replays {
  const store = createStore<ReplaysData>()(() => ({ watching: null, index: 0, askFork: false }));
  const get = () => store.getState();

  function show(played: PlayedGame, kind: ReplayKind, index: number): void {
    const screen = session.get().screen;
    const returnTo: Screen = screen === 'watch' ? get().watching?.returnTo ?? 'title' : screen;
    const rules = kind === 'own' ? session.get().game?.rules : undefined;
    const classGame = rules?.mode === 'competition' && rules.scoreSpan ? { ghost: rules.history, scoreSpan: rules.scoreSpan } : null;
    store.setState({ watching: { ...played, kind, returnTo, classGame }, index: clamp(index, played.decisions.length), askFork: false });
    session.go('watch');
  }

  function refuse(reason: string): void {
    session.go('title', { notice: { tone: 'warning', text: `The shared replay could not be opened: ${reason}.` } });
  }

  const replays: Replays = {
    store,
    get,

    openHistory(scenarioId) {
      const { game, scenarios } = session.get();
      const entry = scenarios.find((s) => s.id === (scenarioId ?? game?.scenario.id)) ?? scenarios[0];
      if (!entry) return;
      // While a class game that hides history is being played, history stays hidden everywhere.
      if (classHidesHistory(session)) {
        session.notify({ tone: 'warning', text: HIDDEN_TEXT });
        return;
      }
      // A competition that hides history's figures keeps its own world out of this view too.
      const seed = game && game.rules.history && game.scenario.id === entry.id ? game.seed : entry.scenario.defaultSeed;
      const played = playDecisions(entry.scenario, seed, historyPath(entry.scenario));
      if (!played.ok) return;
      show(played.game, 'history', 0);
    },

    openOwn() {
      const game = session.get().game;
      if (!game || game.decisions.length === 0) return;
      show(game, 'own', game.decisions.length - 1);
    },

    openLink(fragment) {
      const code = codeFromFragment(fragment);
      if (code === null) return 'none';
      // A shared run is drawn beside history: not while a class game that hides it is under way.
      if (classHidesHistory(session)) { refuse('history stays hidden until your class game is over, as your instructor chose'); return 'refused'; }
      const decoded = decodeReplay(code);
      if (!decoded.ok) { refuse(decoded.error); return 'refused'; }
      const scenarios = session.get().scenarios;
      const verified = verifyReplay(decoded.value, (id) => scenarios.find((s) => s.id === id)?.scenario);
      if (!verified.ok) { refuse(verified.error); return 'refused'; }
      const played = playDecisions(verified.scenario, verified.replay.seed, verified.replay.decisions);
      if (!played.ok) { refuse(played.error); return 'refused'; }
      show(played.game, 'shared', 0);
      return 'opened';
    },

    step(delta) {
      const { watching, index } = get();
      if (!watching) return;
      const next = clamp(index + delta, watching.decisions.length);
      if (next !== index) store.setState({ index: next });
    },

    jump(index) {
      const { watching } = get();
      if (!watching) return;
      const next = clamp(index, watching.decisions.length);
      if (next !== get().index) store.setState({ index: next });
    },

    fork(choice) {
      const { watching, index } = get();
      if (!watching || !canFork(watching, index)) return false;
      // A fork starts a new game in the save slot: a game in progress there is never replaced unasked.
      const saved = session.get().saved;
      const inProgress = saved !== null && !saved.finished;
      if (inProgress && !choice) {
        store.setState({ askFork: true });
        return false;
      }
      store.setState({ askFork: false });
      if (inProgress && choice === 'keepBoth' && !session.keepCurrentGame()) return false;
      const ok = session.startFromReplay(watching.scenario.id, watching.seed, watching.decisions.slice(0, index + 1));
      if (ok) store.setState({ watching: null, index: 0 });
      return ok;
    },

    cancelFork() {
      store.setState({ askFork: false });
    },

    close() {
      const { watching } = get();
      if (!watching) return;
      const back = watching.returnTo;
      const target: Screen = back === 'title' || session.get().game ? back : 'title';
      store.setState({ watching: null, index: 0 });
      session.go(target === 'watch' ? 'title' : target);
    },
  };
  return replays;
}

/** A fork needs a year left to play after the one shown. */
export function canFork(watching: Pick<PlayedGame, 'scenario' | 'decisions'>, index: number): boolean {
  const year = watching.decisions[index]?.year;
  return year !== undefined && year < watching.scenario.lastYear;
}

function clamp(index: number, count: number): number {
  return Math.max(0, Math.min(count - 1, Math.round(index)));
}
