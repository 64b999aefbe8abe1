import type Phaser from 'phaser';
import type { ReportBlock } from '../view/report';
import { css, THEME } from '../view/palette';
import { reducedMotion } from '../dom/motion';
import { addText, type Rect } from './theme';

/**
 * One figure of the annual report: its change, a bar split into the drivers that add up to it
 * (gains to the right in blue, losses to the left in orange), and the drivers in words.
 */
export class DriverBlock {
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly change: Phaser.GameObjects.Text;
  private readonly drivers: Phaser.GameObjects.Text;

  constructor(private readonly scene: Phaser.Scene, private readonly rect: Rect) {
    this.bar = scene.add.graphics();
    this.label = addText(scene, rect.x, rect.y, '', 17, { bold: true });
    this.change = addText(scene, rect.x + rect.width, rect.y, '', 17, { bold: true }).setOrigin(1, 0);
    this.drivers = addText(scene, rect.x, rect.y + 23, '', 16, { colour: THEME.muted, wrap: rect.width, maxLines: 2 });
  }

  show(block: ReportBlock, delay: number): void {
    this.label.setText(block.valueText ? `${block.label}  ${block.valueText}` : block.label);
    this.change.setText(block.direction === 'flat' ? 'no change' : `${block.direction === 'up' ? '\u25B2' : '\u25BC'} ${block.changeText}`)
      .setColor(css(block.direction === 'up' ? THEME.good : block.direction === 'down' ? THEME.bad : THEME.faint));
    const words = block.drivers.map((d) => `${d.label} ${d.text}`).join(' \u00B7 ');
    this.drivers.setText(block.drivers.length > 0 ? words : block.direction === 'flat' ? 'Nothing moved this figure.' : 'Too small to split.');
    if (reducedMotion()) { this.drawBar(block, 1); return; }
    const progress = { value: 0 };
    this.scene.tweens.add({
      targets: progress, value: 1, duration: 700, delay, ease: 'Cubic.easeOut',
      onUpdate: () => this.drawBar(block, progress.value),
      onComplete: () => this.drawBar(block, 1),
    });
    this.drawBar(block, 0);
  }

  private drawBar(block: ReportBlock, progress: number): void {
    const g = this.bar;
    g.clear();
    // The bar sits in the heading line, between the figure's name and its change.
    const start = this.label.x + this.label.width + 16;
    const end = this.change.x - this.change.width - 16;
    const span = Math.max(0, end - start);
    const y = this.rect.y + 6;
    const height = 9;
    const mid = start + span / 2;
    if (span < 40) return;
    g.fillStyle(THEME.panelBorder, 1);
    g.fillRect(start, y + height / 2 - 0.5, span, 1);
    g.fillRect(mid - 0.5, y - 2, 1, height + 4);
    let gains = 0;
    let losses = 0;
    for (const d of block.drivers) {
      if (d.value > 0) gains += d.value; else losses -= d.value;
    }
    const largest = Math.max(gains, losses);
    if (largest <= 0) return;
    const half = span / 2 - 2;
    let right = mid;
    let left = mid;
    // Alternate shades keep neighbouring drivers apart without a new colour.
    block.drivers.forEach((d, i) => {
      const width = (Math.abs(d.value) / largest) * half * progress;
      const shade = i % 2 === 0 ? 1 : 0.65;
      if (d.value > 0) {
        g.fillStyle(THEME.good, shade);
        g.fillRect(right, y, width, height);
        right += width;
      } else {
        left -= width;
        g.fillStyle(THEME.bad, shade);
        g.fillRect(left, y, width, height);
      }
    });
  }
}
