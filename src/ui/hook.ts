import { stateHash } from '../engine';
import type { Luck } from '../store/luck';
import type { Replays } from '../store/replays';
import type { Session } from '../store/session';
import { uiStatus } from './uiStatus';

// window.__FLYWHEEL__: a read-only window on the game for end-to-end tests. It returns copies,
// and offers nothing that could change the game.

export interface HookState {
  scene: string;
  overlay: string;
  panel: string;
  settled: boolean;
  screen: string;
  year: number | null;
  finished: boolean;
  hash: string | null;
  score: number | null;
  focus: string;
  menuOpen: boolean;
  notice: string | null;
  saved: { nextYear: number; finished: boolean } | null;
  selection: unknown[];
  levers: { capex: string; retailInvestment: string } | null;
  controls: { id: string; x: number; y: number; width: number; height: number; enabled: boolean }[];
  /** the replay on the watch screen, if one is open */
  watch: { kind: string; year: number; index: number; years: number; seed: string } | null;
  /** the luck-or-skill run for the finished game: how far, the worker's compute times and the wait after asking */
  /** texts cut with an ellipsis to fit, newest last */
  cuts: string[];
  /** whether the screen shows anything of history's path */
  historyShown: boolean;
  cutTotal: number;
  luck: { status: string; progress: number; yoursMs: number | null; historyMs: number | null; waitMs: number | null; aheadWorlds: number | null } | null;
}

export function installHook(session: Session, replays?: Replays, luck?: Luck): void {
  const getState = (): HookState => {
    const data = session.get();
    const game = data.game;
    const state = game?.state ?? null;
    const capex = game?.selection.find((a) => a.kind === 'capex');
    const retail = game?.selection.find((a) => a.kind === 'retailInvestment');
    return {
      scene: uiStatus.scene,
      overlay: uiStatus.overlay,
      panel: uiStatus.panel,
      settled: uiStatus.settled(),
      screen: data.screen,
      year: state ? state.year : null,
      finished: state ? state.finished : false,
      hash: state ? stateHash(state) : null,
      score: state ? state.score.total : null,
      focus: data.focus,
      menuOpen: data.menuOpen,
      notice: data.notice ? data.notice.text : null,
      saved: data.saved ? { nextYear: data.saved.nextYear, finished: data.saved.finished } : null,
      selection: game ? JSON.parse(JSON.stringify(game.selection)) as unknown[] : [],
      levers: state ? {
        capex: capex && capex.kind === 'capex' ? capex.level : state.capexLevel,
        retailInvestment: retail && retail.kind === 'retailInvestment' ? retail.level : state.retailLevel,
      } : null,
      controls: uiStatus.controls().map((c) => ({ id: c.id, x: c.x, y: c.y, width: c.width, height: c.height, enabled: c.enabled !== false })),
      watch: watchStatus(replays),
      luck: luckStatus(luck),
      cuts: [...uiStatus.cuts],
      historyShown: uiStatus.historyShown(),
      cutTotal: uiStatus.cutTotal,
    };
  };
  const hook = Object.freeze({ getState });
  Object.defineProperty(window, '__FLYWHEEL__', { value: hook, writable: false, configurable: false, enumerable: false });
}

function watchStatus(replays: Replays | undefined): HookState['watch'] {
  const data = replays?.get();
  const watching = data?.watching;
  if (!data || !watching) return null;
  const year = watching.decisions[data.index]?.year ?? 0;
  return { kind: watching.kind, year, index: data.index, years: watching.decisions.length, seed: watching.seed };
}

function luckStatus(luck: Luck | undefined): HookState['luck'] {
  const data = luck?.get();
  if (!data) return null;
  const o = data.outcome;
  return {
    status: data.status, progress: data.progress,
    yoursMs: o?.yoursMs ?? null, historyMs: o?.historyMs ?? null, waitMs: o?.waitMs ?? null, aheadWorlds: o?.aheadWorlds ?? null,
  };
}
