import type Phaser from 'phaser';
import { css, THEME } from '../view/palette';
import { addText, drawPanel, type Rect } from './theme';

/** A strip of years, one chip each: the shown year is filled, and a click jumps to a year. */
export class Timeline {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private years: readonly number[] = [];

  constructor(scene: Phaser.Scene, private readonly rect: Rect, years: readonly number[], onPick: (index: number) => void, onHover: () => void) {
    this.g = scene.add.graphics();
    this.years = years;
    const width = this.chipWidth();
    years.forEach((year, i) => {
      // Two digits keep every chip readable even in a 26-year scenario.
      this.labels.push(addText(scene, rect.x + i * width + width / 2, rect.y + rect.height / 2, String(year).slice(-2), 16, { bold: true }).setOrigin(0.5));
    });
    const zone = scene.add.zone(rect.x, rect.y, rect.width, rect.height).setOrigin(0).setInteractive({ useHandCursor: true });
    zone.on('pointerup', (pointer: Phaser.Input.Pointer) => {
      const index = Math.floor((pointer.worldX - rect.x) / width);
      if (index >= 0 && index < this.years.length) onPick(index);
    });
    zone.on('pointerover', onHover);
  }

  private chipWidth(): number {
    return this.rect.width / Math.max(1, this.years.length);
  }

  show(index: number): void {
    const g = this.g;
    g.clear();
    drawPanel(g, this.rect, THEME.panel, THEME.panelBorder, 8);
    const width = this.chipWidth();
    this.years.forEach((_, i) => {
      const x = this.rect.x + i * width;
      if (i === index) {
        g.fillStyle(THEME.picked, 1);
        g.fillRoundedRect(x + 2, this.rect.y + 3, width - 4, this.rect.height - 6, 6);
      } else if (i > 0) {
        g.lineStyle(1, THEME.panelBorder, 0.8);
        g.lineBetween(x, this.rect.y + 8, x, this.rect.y + this.rect.height - 8);
      }
      this.labels[i]?.setColor(css(i === index ? THEME.text : i < index ? THEME.muted : THEME.faint));
    });
  }
}
