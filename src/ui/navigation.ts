import type { Replays } from '../store/replays';
import type { Session, Screen } from '../store/session';
import { followLaunchLink } from './launchLinks';

// The browser's own navigation inside the game. Leaving the title puts one entry in the tab's
// history, so the Back button (or a phone's back gesture) comes back into the game rather than
// leaving it: from a page read on the side (How to play, the model) to where the player was, from
// a replay to where it was opened, from anywhere else to the title. A class, share or scenario link
// opened in a tab where the game is already running is followed at once.

export interface NavigationDeps {
  session: Session;
  replays: Replays;
  window: Pick<Window, 'addEventListener' | 'removeEventListener' | 'history' | 'location'>;
}

/** Where Back goes from a screen. */
function backFrom(screen: Screen, deps: NavigationDeps): void {
  const { session, replays } = deps;
  if (session.get().menuOpen) { session.closeMenu(); return; }
  switch (screen) {
    case 'howto':
    case 'model':
      session.back();
      return;
    case 'watch':
      replays.close();
      return;
    default:
      session.quitToTitle();
  }
}

export function installNavigation(deps: NavigationDeps): () => void {
  const { session, replays, window: w } = deps;
  const here = () => w.location.pathname + w.location.search;
  // Whether the tab's history holds our entry above the page itself.
  let pushed = false;
  // A Back the game made itself (returning to the title by a button), whose popstate is not the player's.
  let selfBack = false;
  // The fragment last seen: a popstate that brings a new one is a link, not a Back.
  let lastHash = w.location.hash;

  const onScreen = (screen: Screen, before: Screen) => {
    if (screen === before) return;
    if (screen !== 'title' && !pushed) {
      w.history.pushState({ flywheel: 1 }, '', w.location.href);
      pushed = true;
    } else if (screen === 'title' && pushed) {
      // Back at the title by the game's own buttons: take our entry off, so Back then leaves the site.
      selfBack = true;
      pushed = false;
      w.history.back();
    }
  };
  const unsubscribe = session.store.subscribe((s, b) => onScreen(s.screen, b.screen));

  const onPop = () => {
    if (selfBack) { selfBack = false; return; }
    // A link pasted into the address bar of this tab moves to a new fragment: hashchange follows it.
    const hash = w.location.hash;
    if (hash !== lastHash && hash.length > 1) return;
    lastHash = hash;
    pushed = false;
    const screen = session.get().screen;
    if (screen === 'title') return;
    backFrom(screen, deps);
    // Still inside the game after one step back: keep an entry for the next Back.
    if (session.get().screen !== 'title' && !pushed) {
      w.history.pushState({ flywheel: 1 }, '', w.location.href);
      pushed = true;
    }
  };

  const onHash = () => {
    const hash = w.location.hash;
    lastHash = hash;
    if (hash.length <= 1) return;
    // As at load: a share link is taken off the address once opened (its fork is the player's own
    // game then), and so is a refused link; a class link stays, so a reload returns to the class game.
    const share = hash.startsWith('#r=');
    const followed = share ? replays.openLink(hash) === 'opened' : followLaunchLink(session, w.location as Location);
    if (share || !followed) {
      w.history.replaceState(w.history.state, '', here());
      lastHash = '';
    }
  };

  // Opened straight onto a screen other than the title (a class or share link): Back goes to the title first.
  if (session.get().screen !== 'title') {
    // The address keeps its link, so a reload opens the same class game again.
    w.history.pushState({ flywheel: 1 }, '', w.location.href);
    pushed = true;
  }
  w.addEventListener('popstate', onPop);
  w.addEventListener('hashchange', onHash);
  return () => {
    unsubscribe();
    w.removeEventListener('popstate', onPop);
    w.removeEventListener('hashchange', onHash);
  };
}
