import Phaser from 'phaser';
import { css, THEME } from '../view/palette';
import { addText, type Rect } from './theme';

/** A value with minus and plus buttons, for the number and depth of price cuts. */
export class Stepper {
  readonly bounds: Rect;
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly value: Phaser.GameObjects.Text;
  private readonly minus: Phaser.GameObjects.Text;
  private readonly plus: Phaser.GameObjects.Text;
  private last = '';

  constructor(scene: Phaser.Scene, rect: Rect, labelText: string, onStep: (step: 1 | -1) => void, onHover: () => void) {
    this.bounds = rect;
    this.g = scene.add.graphics();
    this.label = addText(scene, rect.x, rect.y - 22, labelText, 16, { colour: THEME.muted });
    this.value = addText(scene, rect.x + rect.width / 2, rect.y + rect.height / 2, '', 17, { bold: true }).setOrigin(0.5);
    this.minus = addText(scene, rect.x + 20, rect.y + rect.height / 2, '\u2212', 22, { bold: true }).setOrigin(0.5);
    this.plus = addText(scene, rect.x + rect.width - 20, rect.y + rect.height / 2, '+', 22, { bold: true }).setOrigin(0.5);
    const left = scene.add.zone(rect.x, rect.y, 44, rect.height).setOrigin(0).setInteractive({ useHandCursor: true });
    const right = scene.add.zone(rect.x + rect.width - 44, rect.y, 44, rect.height).setOrigin(0).setInteractive({ useHandCursor: true });
    const middle = scene.add.zone(rect.x + 44, rect.y, rect.width - 88, rect.height).setOrigin(0).setInteractive();
    for (const zone of [left, right, middle]) {
      zone.on('pointerover', onHover);
      zone.on('pointerdown', onHover);
    }
    left.on('pointerup', () => onStep(-1));
    right.on('pointerup', () => onStep(1));
  }

  update(valueText: string, canDown: boolean, canUp: boolean, enabled: boolean): void {
    const signature = `${valueText}|${canDown}|${canUp}|${enabled}`;
    if (signature === this.last) return;
    this.last = signature;
    const r = this.bounds;
    const g = this.g;
    g.clear();
    g.fillStyle(enabled ? THEME.panelRaised : THEME.locked, 1);
    g.fillRoundedRect(r.x, r.y, r.width, r.height, 8);
    g.lineStyle(1, THEME.panelBorder, 1);
    g.strokeRoundedRect(r.x, r.y, r.width, r.height, 8);
    g.lineBetween(r.x + 40, r.y + 6, r.x + 40, r.y + r.height - 6);
    g.lineBetween(r.x + r.width - 40, r.y + 6, r.x + r.width - 40, r.y + r.height - 6);
    this.value.setText(valueText).setColor(css(enabled ? THEME.text : THEME.faint));
    this.minus.setColor(css(canDown ? THEME.text : THEME.faint));
    this.plus.setColor(css(canUp ? THEME.text : THEME.faint));
    this.label.setColor(css(enabled ? THEME.muted : THEME.faint));
  }
}
