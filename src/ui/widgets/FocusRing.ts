import type Phaser from 'phaser';
import { THEME } from '../view/palette';
import type { Rect } from './theme';

/** The yellow ring around the control with keyboard focus; thick enough to see at a glance. */
export class FocusRing {
  private readonly g: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene) {
    this.g = scene.add.graphics().setDepth(50);
  }

  show(r: Rect | null): void {
    this.g.clear();
    if (!r) return;
    this.g.lineStyle(3, THEME.focus, 1);
    this.g.strokeRoundedRect(r.x - 4, r.y - 4, r.width + 8, r.height + 8, 12);
  }

  setDepth(depth: number): this {
    this.g.setDepth(depth);
    return this;
  }
}
