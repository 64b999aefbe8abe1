import type Phaser from 'phaser';
import { formatTick, type Unit } from '../view/format';
import { THEME } from '../view/palette';
import { linePoints, niceScale, yOf, type Box } from '../view/charts';
import type { FanBand } from '../view/luck';
import { drawPanel, type Rect } from './theme';
import { quickText as addText } from './quickText';

/** Bands of outcomes over the years (P10 to P90, median line), with one world's line on top. */
export class FanChart {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private readonly plot: Box;

  constructor(private readonly scene: Phaser.Scene, private readonly rect: Rect, title: string, private readonly unit: Unit) {
    this.g = scene.add.graphics();
    drawPanel(this.g, rect, THEME.panel, THEME.panelBorder, 10);
    this.labels.push(addText(scene, rect.x + 12, rect.y + 8, title, 17, { bold: true }));
    this.plot = { x: rect.x + 74, y: rect.y + 44, width: rect.width - 94, height: rect.height - 104 };
  }

  setData(bands: readonly FanBand[], own: { values: readonly number[]; colour: number }, years: readonly number[], note: string): void {
    const g = this.g;
    const scale = niceScale([...bands.flatMap((b) => [...b.p10, ...b.p90]), ...own.values], 4);
    for (const tick of scale.ticks) {
      const y = yOf(this.plot, scale, tick);
      g.lineStyle(1, tick === 0 ? THEME.muted : THEME.panelBorder, 0.7);
      g.lineBetween(this.plot.x, y, this.plot.x + this.plot.width, y);
      this.labels.push(addText(this.scene, this.plot.x - 8, y, formatTick(this.unit, tick), 16, { colour: THEME.muted }).setOrigin(1, 0.5));
    }
    const slots = years.length;
    for (const band of bands) {
      const upper = linePoints(this.plot, scale, band.p90, slots);
      const lower = linePoints(this.plot, scale, band.p10, slots).reverse();
      g.fillStyle(band.colour, 0.3);
      g.beginPath();
      [...upper, ...lower].forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)));
      g.closePath();
      g.fillPath();
      this.stroke(linePoints(this.plot, scale, band.p50, slots), band.colour, 2);
    }
    const ownPoints = linePoints(this.plot, scale, own.values, slots);
    this.stroke(ownPoints, THEME.text, 2);
    const end = ownPoints[ownPoints.length - 1];
    if (end) {
      g.fillStyle(own.colour, 1);
      g.lineStyle(2, THEME.text, 1);
      g.fillCircle(end.x, end.y, 6);
      g.strokeCircle(end.x, end.y, 6);
    }
    const bottom = this.plot.y + this.plot.height + 6;
    if (years.length > 0) {
      this.labels.push(addText(this.scene, this.plot.x, bottom, String(years[0]), 16, { colour: THEME.muted }));
      this.labels.push(addText(this.scene, this.plot.x + this.plot.width, bottom, String(years[years.length - 1]), 16, { colour: THEME.muted }).setOrigin(1, 0));
    }
    this.labels.push(addText(this.scene, this.rect.x + 12, this.rect.y + this.rect.height - 30, note, 16, { colour: THEME.muted, wrap: this.rect.width - 24, maxLines: 1 }));
  }

  private stroke(points: readonly { x: number; y: number }[], colour: number, width: number): void {
    if (points.length < 2) return;
    this.g.lineStyle(width, colour, 1);
    this.g.beginPath();
    points.forEach((p, i) => (i === 0 ? this.g.moveTo(p.x, p.y) : this.g.lineTo(p.x, p.y)));
    this.g.strokePath();
  }
}
