import type Phaser from 'phaser';
import { HEADLINES } from '../view/figures';
import { css, THEME } from '../view/palette';
import { addText } from './theme';

import type { EffectRow } from '../view/yearDetail';

/** The expected change of every headline figure, a row per horizon or alternative. */
export class EffectTable {
  private readonly header: Phaser.GameObjects.Text[];
  private readonly rows: { label: Phaser.GameObjects.Text; cells: Phaser.GameObjects.Text[] }[] = [];
  private readonly message: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, x: number, y: number, width: number, rowCount: number) {
    const labelWidth = 118;
    const cell = (width - labelWidth) / HEADLINES.length;
    this.header = HEADLINES.map((h, i) => addText(scene, x + labelWidth + cell * (i + 1) - 6, y, h.short, 16, { colour: THEME.muted, bold: true }).setOrigin(1, 0));
    for (let r = 0; r < rowCount; r++) {
      const rowY = y + 22 * (r + 1);
      this.rows.push({
        label: addText(scene, x, rowY, '', 16, { colour: THEME.muted }),
        cells: HEADLINES.map((_, i) => addText(scene, x + labelWidth + cell * (i + 1) - 6, rowY, '', 16).setOrigin(1, 0)),
      });
    }
    this.message = addText(scene, x, y + 22, '', 16, { colour: THEME.muted, wrap: width });
  }

  setRows(rows: EffectRow[]): void {
    this.message.setText('');
    for (const h of this.header) h.setVisible(true);
    this.rows.forEach((row, r) => {
      const data = rows[r];
      row.label.setText(data ? data.label : '');
      row.cells.forEach((text, i) => {
        const c = data?.cells[i];
        text.setText(c ? c.text : '');
        text.setColor(css(!c || c.direction === 'flat' ? THEME.faint : c.direction === 'up' ? THEME.good : THEME.bad));
      });
    });
  }

  setMessage(message: string): void {
    for (const h of this.header) h.setVisible(false);
    for (const row of this.rows) {
      row.label.setText('');
      for (const c of row.cells) c.setText('');
    }
    this.message.setText(message);
  }
}
