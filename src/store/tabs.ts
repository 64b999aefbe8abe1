import { createStore, type StoreApi } from 'zustand/vanilla';
import { AUTOSAVE_KEY } from '../app/saves';
import type { TabSync } from '../app/tabSync';
import { resumeCompetition } from './competitionPlay';
import type { Session } from './session';

// What the player sees when another tab takes their game: this tab has stopped saving, and offers
// to take the game over here (reading it back as the other tab left it) or to leave it there.

export interface TabsData {
  /** the save slot another tab took from this one, or null while this tab may save */
  taken: string | null;
}

export interface Tabs {
  store: StoreApi<TabsData>;
  /** Called by the tab sync when another tab claims this tab's slot. */
  taken(slot: string): void;
  /** Carries on here from the saved game as the other tab left it; that tab stops saving. */
  takeOver(): void;
  /** Goes to the title and leaves the game to the other tab. */
  leave(): void;
}

export const OTHER_TAB_LEFT = 'Your game goes on in the other tab. Continue here takes it back from there, as that tab left it.';

export function createTabs(session: Session, sync: Pick<TabSync, 'resume'>): Tabs {
  const store = createStore<TabsData>()(() => ({ taken: null }));
  return {
    store,
    taken(slot) {
      session.closeMenu();
      store.setState({ taken: slot });
    },
    takeOver() {
      const slot = store.getState().taken;
      if (slot === null) return;
      sync.resume();
      store.setState({ taken: null });
      let ok = true;
      const play = session.get().game?.rules.competition;
      if (slot === AUTOSAVE_KEY) {
        ok = session.continueSaved();
      } else if (play) {
        session.setJoining({ play, savedTeam: null });
        ok = resumeCompetition(session) === '';
      } else {
        session.quitToTitle();
      }
      // The game as the other tab left it could not be read back (the notice says why): this tab lets
      // go of its older copy rather than save it over the slot.
      if (!ok) session.go('title', { game: null, joining: null });
    },
    leave() {
      if (store.getState().taken === null) return;
      sync.resume();
      store.setState({ taken: null });
      // The game goes on in the other tab: this one lets go of it.
      session.go('title', { game: null, joining: null });
      // The title's Continue should show the game as the other tab has it now.
      session.init();
      session.notify({ tone: 'info', text: OTHER_TAB_LEFT });
    },
  };
}
