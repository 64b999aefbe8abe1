import type Phaser from 'phaser';
import { formatTick, type Unit } from '../view/format';
import { THEME } from '../view/palette';
import { linePoints, niceScale, partialLine, yOf, type Box } from '../view/charts';
import { reducedMotion } from '../dom/motion';
import { addText, drawPanel, type Rect } from './theme';

export interface ChartSeries {
  values: readonly number[];
  colour: number;
  width: number;
}

/** A small line chart of one figure over the years, which draws itself in when shown. */
export class LineChart {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly lines: Phaser.GameObjects.Graphics;
  private readonly latest: Phaser.GameObjects.Text;
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private readonly plot: Box;
  private series: ChartSeries[] = [];
  private slots = 2;
  private scale = niceScale([0, 1]);

  constructor(private readonly scene: Phaser.Scene, private readonly rect: Rect, titleText: string, private readonly unit: Unit) {
    this.g = scene.add.graphics();
    this.lines = scene.add.graphics();
    drawPanel(this.g, rect, THEME.panel, THEME.panelBorder, 10);
    addText(scene, rect.x + 12, rect.y + 8, titleText, 16, { bold: true });
    this.latest = addText(scene, rect.x + rect.width - 12, rect.y + 8, '', 16, { bold: true }).setOrigin(1, 0);
    this.plot = { x: rect.x + 70, y: rect.y + 42, width: rect.width - 90, height: rect.height - 76 };
  }

  /** Sets the data; `years` labels the first and last slot; `slots` is the number of years shown. */
  setData(series: ChartSeries[], years: readonly number[], slots: number, latestText: string, animate: boolean, footnote = ''): void {
    this.series = series;
    this.slots = Math.max(2, slots);
    this.scale = niceScale(series.flatMap((s) => s.values), 3);
    this.latest.setText(latestText);
    for (const label of this.labels) label.destroy();
    this.labels.length = 0;
    const g = this.g;
    g.clear();
    drawPanel(g, this.rect, THEME.panel, THEME.panelBorder, 10);
    // In a short chart the labels would touch: every gridline is drawn, but a label only where there is
    // room for it, always keeping zero's.
    const gap = Math.abs(yOf(this.plot, this.scale, this.scale.ticks[0] ?? 0) - yOf(this.plot, this.scale, this.scale.ticks[1] ?? 1));
    const every = gap >= 20 ? 1 : gap >= 10 ? 2 : 3;
    this.scale.ticks.forEach((tick, i) => {
      const y = yOf(this.plot, this.scale, tick);
      g.lineStyle(1, tick === 0 ? THEME.muted : THEME.panelBorder, tick === 0 ? 0.8 : 0.6);
      g.lineBetween(this.plot.x, y, this.plot.x + this.plot.width, y);
      const zeroIndex = this.scale.ticks.indexOf(0);
      const offset = zeroIndex >= 0 ? zeroIndex % every : 0;
      if (i % every !== offset) return;
      this.labels.push(addText(this.scene, this.plot.x - 8, y, formatTick(this.unit, tick), 16, { colour: THEME.muted }).setOrigin(1, 0.5));
    });
    // The axis spans the whole run, so the line grows along it year by year.
    const first = years[0];
    const bottom = this.plot.y + this.plot.height + 6;
    if (first !== undefined) {
      this.labels.push(addText(this.scene, this.plot.x, bottom, String(first), 16, { colour: THEME.muted }).setOrigin(0, 0));
      this.labels.push(addText(this.scene, this.plot.x + this.plot.width, bottom, String(first + this.slots - 1), 16, { colour: THEME.muted }).setOrigin(1, 0));
    }
    // A footnote (history's value beside the player's) sits between the first and last year.
    if (footnote) this.labels.push(addText(this.scene, this.plot.x + this.plot.width / 2, bottom, footnote, 16, { colour: THEME.muted }).setOrigin(0.5, 0));
    if (animate && !reducedMotion()) {
      const progress = { value: 0 };
      this.draw(0);
      this.scene.tweens.add({
        targets: progress,
        value: 1,
        duration: 900,
        ease: 'Cubic.easeOut',
        onUpdate: () => this.draw(progress.value),
        onComplete: () => this.draw(1),
      });
    } else {
      this.draw(1);
    }
  }

  private draw(progress: number): void {
    const g = this.lines;
    g.clear();
    for (const s of this.series) {
      const points = partialLine(linePoints(this.plot, this.scale, s.values, this.slots), progress);
      if (points.length === 0) continue;
      g.lineStyle(s.width, s.colour, 1);
      g.beginPath();
      points.forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)));
      g.strokePath();
      const end = points[points.length - 1]!;
      g.fillStyle(s.colour, 1);
      // Shape as well as colour and width: a thin line (history's) ends in a square, the player's in a dot.
      if (s.width < 3) g.fillRect(end.x - s.width - 1, end.y - s.width - 1, 2 * s.width + 2, 2 * s.width + 2);
      else g.fillCircle(end.x, end.y, s.width + 1);
    }
  }
}
