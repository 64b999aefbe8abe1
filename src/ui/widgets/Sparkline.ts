import type Phaser from 'phaser';
import { SERIES, THEME } from '../view/palette';
import type { Rect } from './theme';

/** A small trend line over the years so far, with the latest year marked; a faint ghost line beside it. */
export function drawSparkline(g: Phaser.GameObjects.Graphics, box: Rect, values: readonly number[], colour: number, ghost?: readonly number[]): void {
  g.lineStyle(1, THEME.panelBorder, 1);
  g.lineBetween(box.x, box.y + box.height, box.x + box.width, box.y + box.height);
  if (values.length === 0) return;
  let low = Infinity;
  let high = -Infinity;
  for (const v of ghost ? [...values, ...ghost] : values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  if (high - low < 1e-12) { high = low + 1; }
  const slots = Math.max(values.length, 2);
  const point = (v: number, i: number) => ({
    x: box.x + (i / (slots - 1)) * box.width,
    y: box.y + box.height - ((v - low) / (high - low)) * box.height,
  });
  if (ghost && ghost.length > 1) {
    g.lineStyle(1.5, SERIES.history, 0.9);
    g.beginPath();
    ghost.forEach((v, i) => {
      const p = point(v, i);
      if (i === 0) g.moveTo(p.x, p.y); else g.lineTo(p.x, p.y);
    });
    g.strokePath();
  }
  g.lineStyle(2, colour, 1);
  g.beginPath();
  values.forEach((v, i) => {
    const p = point(v, i);
    if (i === 0) g.moveTo(p.x, p.y); else g.lineTo(p.x, p.y);
  });
  g.strokePath();
  const last = point(values[values.length - 1]!, values.length - 1);
  g.fillStyle(colour, 1);
  g.fillCircle(last.x, last.y, 3.5);
}
