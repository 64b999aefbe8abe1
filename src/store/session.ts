import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyTurn, LEVELS, stateHash, type Action, type Level, type OutagePlan, type Team, type YearDecisions } from '../engine';
import { playDecisions, toReplay, type PlayedGame } from '../app/replay';
import { writeCompetitionSave } from '../app/competitionSave';
import { AUTOSAVE_KEY, readAutosave, writeAutosave, type SaveRead } from '../app/saves';
import { competitionSaveKey } from '../app/competitionSave';
import type { ScenarioEntry } from '../app/scenarios';
import type { KeyValueStorage } from '../app/storage';
import { keepAutosave, keptGames, swapKept, type KeptSummary } from '../app/keptGames';
import type { SaveGuard } from '../app/tabSync';
import { PRACTICE_RULES, type CompetitionPlay, type GameRules } from './gameRules';
import {
  carriedPriceCuts, leverLevel, normalise, priceCuts, setLever as setLeverIn, setOutagePlan as setOutagePlanIn,
  setPriceCuts as setPriceCutsIn, setTeam as setTeamIn, toggleMove as toggleMoveIn,
  type LeverKind, type CardKey, type PriceCuts,
} from './selection';

// The session: which game is being played (as a replay and what it derives to), the draft of the
// year in progress, and what the screen shows. Scenes read it and call the intents below; only
// the intents ask the engine to change anything.

export type Screen = 'title' | 'year' | 'report' | 'ending' | 'howto' | 'model' | 'watch' | 'classroom' | 'join';

export interface Notice {
  tone: 'info' | 'warning';
  text: string;
}

export interface GameSession extends PlayedGame {
  /** the draft of the year in progress, in canonical order */
  selection: Action[];
  /** what this game allows and counts: practice, or a class competition's stricter rules */
  rules: GameRules;
}

/** A class competition being joined on the Join screen, and the team game this browser saved for it. */
export interface Joining {
  play: CompetitionPlay;
  savedTeam: SavedTeam | null;
  /** the team name the field starts with (the learner's name, in an LMS) */
  suggestedTeam?: string;
}

export interface SavedSummary {
  scenarioName: string;
  nextYear: number;
  finished: boolean;
  score: number;
}

export interface SessionData {
  scenarios: readonly ScenarioEntry[];
  screen: Screen;
  /** where How to play and The model go back to */
  returnTo: Screen;
  menuOpen: boolean;
  notice: Notice | null;
  saved: SavedSummary | null;
  game: GameSession | null;
  /** id of the control with the keyboard focus on the current screen */
  focus: string;
  /** the last year whose major-outage question was put to the player, so it is asked once */
  outagePromptYear: number;
  /** the class competition being joined (the game being played carries its own rules) */
  joining: Joining | null;
  /** games kept beside the one in play, newest first */
  kept: (KeptSummary | { damaged: string })[];
}

/** What may change with the screen: the rest of the session moves only through the intents. */
export type ScreenChange = Partial<Pick<SessionData, 'notice' | 'joining' | 'game'>>;

export interface SavedTeam {
  team: string;
  nextYear: number;
  finished: boolean;
}

export interface SessionDeps {
  scenarios: readonly ScenarioEntry[];
  storage: KeyValueStorage;
  now?: () => number;
  randomSeed?: () => string;
  /** keeps two tabs on one game from overwriting each other's save */
  saveGuard?: SaveGuard;
}

export interface Session {
  store: StoreApi<SessionData>;
  get(): SessionData;
  /** where games are saved, for the competition saves kept beside the autosave */
  readonly storage: KeyValueStorage;
  now(): number;
  /** Reads the autosave once at start: a bad save is set aside and reported. */
  init(): void;
  newGame(scenarioId?: string, seed?: string): void;
  /** A new game whose first years are the given decisions (a fork of a replay); saved at once. */
  startFromReplay(scenarioId: string, seed: string, decisions: readonly YearDecisions[]): boolean;
  continueSaved(): boolean;
  /** Moves the saved game in play into the kept list, so a new one can start; false (told) if it cannot. */
  keepCurrentGame(): boolean;
  /** Continues kept game `index`; the game that was saved joins the kept list in its place. */
  continueKept(index: number): boolean;
  /** Saves the game in play now (the autosave, or its competition's save). */
  saveNow(): void;
  /** Shows a screen (the menu closed, focus reset), with whatever changes with it. */
  go(screen: Screen, change?: ScreenChange): void;
  /** Starts playing a game: its year, or its ending if it is over; saved at once. */
  play(game: GameSession): void;
  /** Shows a message over the current screen. */
  notify(notice: Notice | null): void;
  /** Changes what the Join screen offers without leaving it. */
  setJoining(joining: Joining | null): void;
  toggleMove(key: CardKey): void;
  setTeam(team: Team): void;
  setLever(kind: LeverKind, level: Level): void;
  cycleLever(kind: LeverKind, step?: number): void;
  setPriceCuts(cuts: PriceCuts): void;
  setOutagePlan(plan: OutagePlan | null): void;
  endYear(): void;
  continueFromReport(): void;
  open(screen: 'howto' | 'model'): void;
  back(): void;
  openMenu(): void;
  closeMenu(): void;
  quitToTitle(): void;
  setFocus(id: string): void;
  noteOutagePrompt(year: number): void;
  dismissNotice(): void;
  randomSeed(): string;
}

function defaultRandomSeed(): string {
  // Seeds only pick which world a game is played in; they need not be unpredictable.
  return `seed-${Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

function summarise(game: PlayedGame): SavedSummary {
  return {
    scenarioName: game.scenario.name,
    nextYear: game.state.year,
    finished: game.state.finished,
    score: game.state.score.total,
  };
}

export function createSession(deps: SessionDeps): Session {
  const now = deps.now ?? (() => Date.now());
  const randomSeed = deps.randomSeed ?? defaultRandomSeed;
  const store = createStore<SessionData>()(() => ({
    scenarios: deps.scenarios,
    screen: 'title',
    returnTo: 'title',
    menuOpen: false,
    notice: null,
    saved: null,
    game: null,
    focus: '',
    outagePromptYear: 0,
    joining: null,
    kept: keptGames(deps.storage, deps.scenarios),
  }));
  const get = () => store.getState();
  // A save that could not be used nor moved aside (storage full) stays in its slot; no game is
  // written over it until the slot is emptied (by exporting it, see src/store/gameExport.ts).
  let heldAutosave = false;

  function rejectedText(read: Extract<SaveRead, { kind: 'rejected' }>): string {
    if (read.keptAt !== AUTOSAVE_KEY) return `Your saved game could not be used: ${read.reason}. It has been kept aside (${read.keptAt}) and a fresh game can be started.`;
    heldAutosave = true;
    return `Your saved game could not be used: ${read.reason}. Storage is full, so it could not be moved aside: it stays in place and new games are not saved over it. Export it as a file (E) to keep it.`;
  }

  function save(game: GameSession): void {
    // A competition game has a save of its own, per competition; one in a scenario loaded from a
    // file is not saved, as the next visit could not rebuild its world from the bundled scenarios.
    const competition = game.rules.competition;
    if (deps.saveGuard && !deps.saveGuard.mayWrite()) return;
    let ok: boolean;
    let slot: string;
    if (competition) {
      if (!competition.team) return;
      slot = competitionSaveKey(competition.id);
      const first = competition.competition.firstYear;
      ok = writeCompetitionSave(deps.storage, competition.id, {
        code: competition.code,
        team: competition.team,
        decisions: game.decisions.filter((d) => d.year >= first),
        draft: game.state.finished ? [] : game.selection,
      });
    } else {
      if (!deps.scenarios.some((s) => s.scenario === game.scenario)) return;
      if (heldAutosave && deps.storage.getItem(AUTOSAVE_KEY) !== null) return;
      heldAutosave = false;
      slot = AUTOSAVE_KEY;
      ok = writeAutosave(deps.storage, toReplay(game, game.selection));
      store.setState({ saved: summarise(game) });
    }
    if (ok) deps.saveGuard?.claim(slot);
    if (!ok && !get().notice) {
      store.setState({ notice: { tone: 'warning', text: 'This browser will not keep a save, so the game cannot be continued after a reload.' } });
    }
  }

  function updateSelection(change: (game: GameSession) => Action[]): void {
    const game = get().game;
    if (!game || game.state.finished || get().screen !== 'year') return;
    const selection = change(game);
    if (sameActions(selection, game.selection)) return;
    const next = { ...game, selection };
    store.setState({ game: next });
    save(next);
  }

  const session: Session = {
    store,
    get,
    storage: deps.storage,
    now,

    init() {
      const read = readAutosave(deps.storage, deps.scenarios, now);
      if (read.kind === 'ok') {
        store.setState({ saved: summarise(read.loaded.game) });
        if (read.loaded.recomputed) {
          store.setState({ notice: { tone: 'info', text: 'The model has changed since your last save: its figures will be worked out again from your decisions.' } });
        }
      } else if (read.kind === 'rejected') {
        store.setState({ saved: null, notice: { tone: 'warning', text: rejectedText(read) } });
      }
    },

    newGame(scenarioId, seed) {
      const entry = get().scenarios.find((s) => s.id === scenarioId) ?? get().scenarios[0];
      if (!entry) return;
      const chosenSeed = (seed ?? '').trim().slice(0, 64) || entry.scenario.defaultSeed;
      const played = playDecisions(entry.scenario, chosenSeed, []);
      if (!played.ok) return;
      session.play({ ...played.game, selection: [], rules: PRACTICE_RULES });
    },

    startFromReplay(scenarioId, seed, decisions) {
      const entry = get().scenarios.find((s) => s.id === scenarioId);
      if (!entry) return false;
      const played = playDecisions(entry.scenario, seed, decisions);
      if (!played.ok) return false;
      session.play({ ...played.game, selection: [], rules: PRACTICE_RULES });
      return true;
    },

    continueSaved() {
      const read = readAutosave(deps.storage, deps.scenarios, now);
      if (read.kind !== 'ok') {
        store.setState({
          saved: null,
          notice: read.kind === 'empty'
            ? { tone: 'info', text: 'There is no saved game to continue.' }
            : { tone: 'warning', text: rejectedText(read) },
        });
        return false;
      }
      const loaded = read.loaded;
      const game: GameSession = { ...loaded.game, selection: normalise(loaded.game.scenario, loaded.game.state, loaded.draft), rules: PRACTICE_RULES };
      session.go(game.state.finished ? 'ending' : 'year', {
        game,
        joining: null,
        notice: loaded.recomputed
          ? { tone: 'info', text: 'The model has changed since this game was saved: its figures were worked out again from your decisions.' }
          : null,
      });
      store.setState({ saved: summarise(game) });
      deps.saveGuard?.claim(AUTOSAVE_KEY);
      return true;
    },

    keepCurrentGame() {
      const kept = keepAutosave(deps.storage, now);
      if (!kept.ok) {
        store.setState({ notice: { tone: 'warning', text: `Your game in progress could not be kept: ${kept.reason}.` } });
        return false;
      }
      store.setState({ saved: null, game: null, kept: keptGames(deps.storage, deps.scenarios) });
      return true;
    },

    continueKept(index) {
      const swapped = swapKept(deps.storage, index, deps.scenarios);
      store.setState({ kept: keptGames(deps.storage, deps.scenarios) });
      if (!swapped.ok) {
        store.setState({ notice: { tone: 'warning', text: `That game could not be continued: ${swapped.reason}.` } });
        return false;
      }
      return session.continueSaved();
    },

    saveNow() {
      const game = get().game;
      if (game) save(game);
    },

    go(screen, change = {}) {
      store.setState({ ...change, screen, menuOpen: false, focus: '' });
    },

    play(game) {
      session.go(game.state.finished ? 'ending' : 'year', { game, joining: null, notice: null });
      save(game);
    },

    notify(notice) {
      store.setState({ notice });
    },

    setJoining(joining) {
      store.setState({ joining });
    },

    toggleMove(key) {
      updateSelection((game) => toggleMoveIn(game.scenario, game.state, game.selection, key));
    },

    setTeam(team) {
      updateSelection((game) => setTeamIn(game.scenario, game.state, game.selection, team));
    },

    setLever(kind, level) {
      updateSelection((game) => setLeverIn(game.scenario, game.state, game.selection, kind, level));
    },

    cycleLever(kind, step = 1) {
      updateSelection((game) => {
        const index = LEVELS.indexOf(leverLevel(game.state, game.selection, kind));
        const next = LEVELS[(index + step + LEVELS.length) % LEVELS.length]!;
        return setLeverIn(game.scenario, game.state, game.selection, kind, next);
      });
    },

    setPriceCuts(cuts) {
      updateSelection((game) => setPriceCutsIn(game.scenario, game.state, game.selection, cuts));
    },

    setOutagePlan(plan) {
      updateSelection((game) => setOutagePlanIn(game.scenario, game.state, game.selection, plan));
    },

    endYear() {
      const { game, screen, menuOpen } = get();
      if (!game || game.state.finished || screen !== 'year' || menuOpen) return;
      const decisions = { year: game.state.year, actions: game.selection.map((a) => ({ ...a })) };
      const result = applyTurn(game.scenario, game.state, decisions);
      if (!result.ok) {
        // The draft is checked as it is built, so this means a bug, not a player mistake.
        store.setState({ notice: { tone: 'warning', text: `The year could not be played: ${result.error}` } });
        return;
      }
      const next: GameSession = {
        ...game,
        decisions: [...game.decisions, decisions],
        state: result.state,
        reports: [...game.reports, result.report],
        hashes: [...game.hashes, stateHash(result.state)],
        // Cuts go on as they were unless the player changes them: "same as last year" is the default.
        selection: result.state.finished ? [] : carriedPriceCuts(game.scenario, result.state, decisions),
      };
      session.go('report', { game: next, notice: null });
      save(next);
    },

    continueFromReport() {
      const { game, screen } = get();
      if (!game || screen !== 'report') return;
      session.go(game.state.finished ? 'ending' : 'year');
    },

    open(target) {
      const { screen } = get();
      const returnTo = screen === 'howto' || screen === 'model' ? get().returnTo : screen;
      store.setState({ screen: target, returnTo, menuOpen: false, focus: '' });
    },

    back() {
      const { screen, returnTo, game } = get();
      if (screen !== 'howto' && screen !== 'model') return;
      const target = returnTo !== 'title' && !game ? 'title' : returnTo;
      session.go(target);
    },

    openMenu() {
      const { screen } = get();
      if (screen === 'title') return;
      store.setState({ menuOpen: true });
    },

    closeMenu() {
      store.setState({ menuOpen: false });
    },

    quitToTitle() {
      session.go('title');
    },

    setFocus(id) {
      if (get().focus !== id) store.setState({ focus: id });
    },

    noteOutagePrompt(year) {
      store.setState({ outagePromptYear: year });
    },

    dismissNotice() {
      session.notify(null);
    },

    randomSeed,
  };
  return session;
}

function sameActions(a: readonly Action[], b: readonly Action[]): boolean {
  return a.length === b.length && a.every((action, i) => JSON.stringify(action) === JSON.stringify(b[i]));
}

export { priceCuts, leverLevel };
