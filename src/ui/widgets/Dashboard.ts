import type Phaser from 'phaser';
import type { DashboardRow } from '../view/figures';
import type { GhostRow } from '../view/ghost';
import { css, THEME } from '../view/palette';
import { drawSparkline } from './Sparkline';
import { addText, drawPanel, type Rect } from './theme';

/** The headline figures down the left: value, change on last year, and the trend so far. */
export class Dashboard {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly rows: { label: Phaser.GameObjects.Text; value: Phaser.GameObjects.Text; change: Phaser.GameObjects.Text; ghost: Phaser.GameObjects.Text }[] = [];
  private readonly rowHeight: number;

  constructor(scene: Phaser.Scene, private readonly rect: Rect, count: number) {
    this.g = scene.add.graphics();
    this.rowHeight = rect.height / count;
    for (let i = 0; i < count; i++) {
      const y = rect.y + i * this.rowHeight;
      this.rows.push({
        label: addText(scene, rect.x + 14, y + 8, '', 16, { colour: THEME.muted }),
        value: addText(scene, rect.x + 14, y + 29, '', 24, { bold: true }),
        change: addText(scene, rect.x + 150, y + 35, '', 16),
        ghost: addText(scene, rect.x + rect.width - 14, y + 6, '', 16, { colour: THEME.muted }).setOrigin(1, 0),
      });
    }
  }

  /** `ghosts`, when given, puts history's figure and a faint history line beside each row. */
  update(rows: readonly DashboardRow[], ghosts?: readonly (GhostRow | null)[]): void {
    const g = this.g;
    g.clear();
    drawPanel(g, this.rect, THEME.panel, THEME.panelBorder, 10);
    rows.forEach((row, i) => {
      const texts = this.rows[i];
      if (!texts) return;
      const y = this.rect.y + i * this.rowHeight;
      if (i > 0) {
        g.lineStyle(1, THEME.panelBorder, 0.7);
        g.lineBetween(this.rect.x + 10, y, this.rect.x + this.rect.width - 10, y);
      }
      g.fillStyle(row.colour, 1);
      g.fillRect(this.rect.x, y + 10, 4, this.rowHeight - 20);
      texts.label.setText(row.label);
      texts.value.setText(row.value);
      const arrow = row.direction === 'up' ? '\u25B2 ' : row.direction === 'down' ? '\u25BC ' : '';
      texts.change.setText(`${arrow}${row.change}`)
        .setColor(css(row.direction === 'up' ? THEME.good : row.direction === 'down' ? THEME.bad : THEME.faint));
      // Keep the change clear of a wide value.
      texts.change.setX(Math.max(this.rect.x + 132, texts.value.x + texts.value.width + 12));
      const ghost = ghosts?.[i] ?? null;
      texts.ghost.setText(ghost?.text ?? '');
      const top = ghost?.text ? 28 : 14;
      drawSparkline(g, { x: this.rect.x + this.rect.width - 104, y: y + top, width: 90, height: this.rowHeight - top - 16 }, row.series, row.colour, ghost?.series);
    });
  }
}
