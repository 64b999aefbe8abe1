import type Phaser from 'phaser';
import type { Session } from '../../store/session';
import type { Tabs } from '../../store/tabs';
import { watch } from '../../store/watch';
import { FlywheelScene } from '../sceneBase';
import { OKABE_ITO, THEME } from '../view/palette';
import { Button } from '../widgets/Button';
import { addText, drawPanel } from '../widgets/theme';

export const OTHER_TAB_HEADING = 'This game is open in another tab';
export const OTHER_TAB_TEXT = 'Another tab of this browser has opened your game (or started a new one in its place) and now saves it. So that the two tabs do not overwrite each other, this tab has stopped saving. Choose where to play.';

/** Over any screen when another tab takes this tab's game: take it over here, or leave it there. */
export class OtherTabScene extends FlywheelScene {
  protected override readonly isOverlay = true;

  constructor(session: Session, private readonly tabs: Tabs) {
    super('OtherTab', session);
  }

  create(): void {
    this.begin();
    const blocker = this.add.zone(0, 0, 1280, 720).setOrigin(0).setInteractive();
    blocker.on('pointerup', () => undefined);
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.7);
    g.fillRect(0, 0, 1280, 720);
    drawPanel(g, { x: 300, y: 150, width: 680, height: 420 }, THEME.panel, THEME.bad, 14, 2);
    addText(this, 640, 176, OTHER_TAB_HEADING, 28, { bold: true, colour: OKABE_ITO.orange }).setOrigin(0.5, 0);
    addText(this, 340, 230, OTHER_TAB_TEXT, 18, { wrap: 600, lineSpacing: 4 });
    const items = [
      { id: 'tab:here', label: 'Take over here', sublabel: 'Carry on here as the other tab left it; that tab stops.', hotkey: 'T', act: () => this.tabs.takeOver() },
      { id: 'tab:leave', label: 'Leave it there', sublabel: 'Go to the title; the game goes on in the other tab.', hotkey: 'L', act: () => this.tabs.leave() },
    ];
    const buttons = items.map((item, i) => new Button(this, {
      id: item.id, x: 340, y: 370 + i * 84, width: 600, height: 70, label: item.label, sublabel: item.sublabel, hotkey: item.hotkey, size: 18,
      primary: i === 0, onActivate: item.act, onHover: () => this.focus(item.id),
    }));
    this.controls = buttons.map((b, i) => ({ id: b.id, ...b.bounds, activate: items[i]!.act }));
    this.onKeys((name) => {
      switch (name) {
        case 't': this.tabs.takeOver(); return true;
        case 'l': case 'escape': this.tabs.leave(); return true;
        case 'enter': this.focused()?.activate?.(); return true;
        default: return true;
      }
    });
    this.focus('tab:here');
    this.ready();
    this.drawFocus();
  }
}

/** Shows the overlay while another tab holds the game, above whatever screen is showing. */
export function showOtherTabOverlay(game: Phaser.Game, tabs: Tabs): () => void {
  return watch(tabs.store, (s) => s.taken !== null, (taken) => {
    if (taken) {
      game.scene.run('OtherTab');
      game.scene.bringToTop('OtherTab');
    } else if (game.scene.isActive('OtherTab')) {
      game.scene.stop('OtherTab');
    }
  });
}
