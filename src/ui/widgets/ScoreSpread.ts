import type Phaser from 'phaser';
import { THEME } from '../view/palette';
import type { ScoreRow } from '../view/luck';
import { drawPanel, type Rect } from './theme';
import { quickText as addText } from './quickText';

/** Scores across the worlds, one row per path: the P10-P90 bar, the median tick, the own world's mark. */
export function drawScoreSpread(scene: Phaser.Scene, rect: Rect, rows: readonly ScoreRow[], range: { min: number; max: number }): void {
  const g = scene.add.graphics();
  drawPanel(g, rect, THEME.panel, THEME.panelBorder, 10);
  addText(scene, rect.x + 12, rect.y + 8, 'Score across the worlds', 17, { bold: true });
  const left = rect.x + 150;
  const width = rect.width - 180;
  const x = (score: number) => left + ((score - range.min) / (range.max - range.min)) * width;
  const axisY = rect.y + rect.height - 28;
  // Rows share the space above the axis, each with its label below its bar, clear of the axis.
  const rowGap = Math.min(64, (axisY - rect.y - 44) / Math.max(1, rows.length));
  rows.forEach((row, i) => {
    const y = rect.y + 52 + i * rowGap;
    addText(scene, rect.x + 12, y - 10, row.label, 16, { bold: true });
    g.fillStyle(row.colour, 0.45);
    g.fillRoundedRect(x(row.p10), y - 8, Math.max(4, x(row.p90) - x(row.p10)), 16, 4);
    g.lineStyle(3, row.colour, 1);
    g.lineBetween(x(row.p50), y - 14, x(row.p50), y + 14);
    const label = addText(scene, x(row.p50), y + 14, `${Math.round(row.p10)}\u2013${Math.round(row.p90)}, middle ${Math.round(row.p50)}`, 16, { colour: THEME.muted }).setOrigin(0.5, 0);
    // Keep the label inside the panel even when the band sits at an end of the axis.
    label.setX(Math.min(rect.x + rect.width - 12 - label.width / 2, Math.max(left + label.width / 2 - 60, label.x)));
    if (row.own !== null) {
      // The own world is a white diamond, so it reads without colour.
      const ox = x(row.own);
      g.fillStyle(THEME.text, 1);
      g.fillTriangle(ox - 7, y, ox, y - 9, ox + 7, y);
      g.fillTriangle(ox - 7, y, ox, y + 9, ox + 7, y);
    }
  });
  g.lineStyle(1, THEME.panelBorder, 1);
  g.lineBetween(left, axisY, left + width, axisY);
  addText(scene, left, axisY + 2, String(range.min), 16, { colour: THEME.muted }).setOrigin(0.5, 0);
  addText(scene, left + width, axisY + 2, String(range.max), 16, { colour: THEME.muted }).setOrigin(0.5, 0);
}
