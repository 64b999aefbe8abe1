import type Phaser from 'phaser';
import { THEME } from '../view/palette';
import type { Detail } from '../view/yearDetail';
import { EffectTable } from './EffectTable';
import { addText, drawPanel, type Rect } from './theme';

/** What the focused control is, and what it is expected to do to every headline figure. */
export class DetailPanel {
  private readonly title: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly table: EffectTable;
  private last = '';

  constructor(scene: Phaser.Scene, rect: Rect) {
    const g = scene.add.graphics();
    drawPanel(g, rect, THEME.panel, THEME.panelBorder, 10);
    this.title = addText(scene, rect.x + 14, rect.y + 10, '', 18, { bold: true });
    this.body = addText(scene, rect.x + 14, rect.y + 36, '', 16, { colour: THEME.muted, wrap: rect.width - 28, maxLines: 2 });
    this.table = new EffectTable(scene, rect.x + 14, rect.y + 84, rect.width - 28, 2);
  }

  show(detail: Detail): void {
    const signature = JSON.stringify(detail);
    if (signature === this.last) return;
    this.last = signature;
    this.title.setText(detail.title);
    this.body.setText(detail.body);
    if (detail.rows && detail.rows.length > 0) this.table.setRows(detail.rows);
    else this.table.setMessage(detail.message ?? '');
  }
}
