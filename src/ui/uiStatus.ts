import type { FocusItem } from './view/focusNav';

// What is on screen right now, kept by the scenes for the read-only test hook: which scene has
// finished building, and where its controls are. It never holds game state.

type Provider = () => readonly FocusItem[];
const none: Provider = () => [];

export const uiStatus = {
  scene: '',
  overlay: '',
  /** a panel open inside the scene ('outage', 'hint', 'newGame'), which takes the keys first */
  panel: '',
  sceneControls: none,
  overlayControls: none,
  /** false while the screen is still fading in or animating its charts */
  settled: (): boolean => true,
  /** whether the screen shows anything of history's path (the ghost, grey lines, a debrief, hints) */
  historyShown: (): boolean => false,
  /** texts that had to be cut with an ellipsis to fit, newest last (at most 50), for the tests to find */
  cuts: [] as string[],
  /** how many cuts there have been in all */
  cutTotal: 0,
  /** the controls that take input now: the overlay's when one is open */
  controls(): readonly FocusItem[] {
    return this.overlay ? this.overlayControls() : this.sceneControls();
  },
};
