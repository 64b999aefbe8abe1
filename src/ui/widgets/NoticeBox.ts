import type Phaser from 'phaser';
import type { Notice } from '../../store/session';
import { THEME } from '../view/palette';
import { addText, drawPanel, type Rect } from './theme';

/** A message for the player (a save that could not be used, a storage problem). */
export class NoticeBox {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly text: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, private readonly rect: Rect, maxLines = 4) {
    this.g = scene.add.graphics();
    this.text = addText(scene, rect.x + 16, rect.y + 12, '', 16, { wrap: rect.width - 32, maxLines });
  }

  show(notice: Notice | null): void {
    this.g.clear();
    if (!notice) {
      this.text.setText('');
      return;
    }
    const border = notice.tone === 'warning' ? THEME.bad : THEME.good;
    this.text.setText(`${notice.tone === 'warning' ? '\u26A0 ' : ''}${notice.text}`);
    drawPanel(this.g, { ...this.rect, height: Math.max(this.rect.height, this.text.height + 24) }, THEME.panelRaised, border, 10, 2);
  }
}
