import type { FocusItem } from './view/focusNav';
import { schedule } from './dom/layer';

// What is on screen right now, kept by the scenes for the read-only test hook: which scene has
// finished building, and where its controls are. It never holds game state.

type Provider = () => readonly FocusItem[];
const none: Provider = () => [];
let openPanel = '';

export const uiStatus = {
  scene: '',
  overlay: '',
  /**
   * A panel open inside the scene ('outage', 'hint', 'newGame'), which takes the keys first. A panel
   * opening or closing changes what the screen offers, so the parallel page looks again.
   */
  get panel(): string {
    return openPanel;
  },
  set panel(value: string) {
    if (value === openPanel) return;
    openPanel = value;
    schedule();
  },
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
