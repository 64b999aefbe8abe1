import type Phaser from 'phaser';
import type { CoefficientRow, GuidePage } from '../view/guide';
import { THEME } from '../view/palette';
import { addText, drawPanel, type Rect } from './theme';

type Item = Phaser.GameObjects.Text | Phaser.GameObjects.Graphics;

/** One page of How to play or The model: headed paragraphs in two columns, or a table. */
export class GuideView {
  private objects: Item[] = [];

  constructor(private readonly scene: Phaser.Scene, private readonly rect: Rect) {}

  private clear(): void {
    for (const o of this.objects) o.destroy();
    this.objects = [];
  }

  /** what the view shows now, for the parallel DOM */
  shown: { page: GuidePage } | { rows: readonly CoefficientRow[] } | null = null;

  showPage(page: GuidePage): void {
    this.shown = { page };
    this.clear();
    const g = this.scene.add.graphics();
    drawPanel(g, this.rect, THEME.panel, THEME.panelBorder, 12);
    this.objects.push(g);
    const columnWidth = (this.rect.width - 72) / 2;
    const made = page.items.map((item) => ({
      head: addText(this.scene, 0, 0, item.head, 18, { bold: true }),
      body: addText(this.scene, 0, 0, item.body, 16, { colour: THEME.muted, wrap: columnWidth, lineSpacing: 3 }),
    }));
    const heights = made.map((m) => 26 + m.body.height + 18);
    const total = heights.reduce((a, b) => a + b, 0);
    // Fill the left column to about half the text, then the right, so the page looks balanced.
    let column = 0;
    let y = this.rect.y + 20;
    let used = 0;
    made.forEach((m, i) => {
      if (column === 0 && used > 0 && used + heights[i]! / 2 > total / 2) {
        column = 1;
        y = this.rect.y + 20;
      }
      const x = this.rect.x + 24 + column * (columnWidth + 24);
      m.head.setPosition(x, y);
      m.body.setPosition(x, y + 26);
      this.objects.push(m.head, m.body);
      y += heights[i]!;
      used += heights[i]!;
    });
  }

  showTable(rows: readonly CoefficientRow[]): void {
    this.shown = { rows };
    this.clear();
    const g = this.scene.add.graphics();
    drawPanel(g, this.rect, THEME.panel, THEME.panelBorder, 12);
    this.objects.push(g);
    const x = this.rect.x + 20;
    let y = this.rect.y + 14;
    this.objects.push(
      addText(this.scene, x, y, 'Coefficient', 16, { bold: true, colour: THEME.muted }),
      addText(this.scene, x + 400, y, 'Value', 16, { bold: true, colour: THEME.muted }).setOrigin(1, 0),
      addText(this.scene, x + 420, y, 'What it is and what it was set against', 16, { bold: true, colour: THEME.muted }),
    );
    y += 28;
    for (const row of rows) {
      const name = addText(this.scene, x, y, row.name, 16, { bold: true });
      const value = addText(this.scene, x + 400, y, row.value, 16).setOrigin(1, 0);
      const note = addText(this.scene, x + 420, y, row.note, 16, { colour: THEME.muted, wrap: this.rect.width - 460 });
      this.objects.push(name, value, note);
      y += Math.max(name.height, note.height) + 6;
    }
  }
}
