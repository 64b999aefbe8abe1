import Phaser from 'phaser';
import type { Level } from '../../engine';
import type { LeverView } from '../view/options';
import { css, THEME } from '../view/palette';
import { addText, drawKeyCap, drawPanel, type Rect } from './theme';

/** A spending dial: three levels side by side, the chosen one filled. */
export class LeverControl {
  readonly bounds: Rect;
  /** the focusable part: the row of levels */
  readonly controlBounds: Rect;
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly note: Phaser.GameObjects.Text;
  private readonly key: Phaser.GameObjects.Text;
  private readonly segments: { level: Level; rect: Rect; text: Phaser.GameObjects.Text }[] = [];
  private last = '';

  constructor(scene: Phaser.Scene, rect: Rect, onPick: (level: Level) => void, onHover: () => void) {
    this.bounds = rect;
    this.g = scene.add.graphics();
    this.title = addText(scene, rect.x + 12, rect.y + 8, '', 17, { bold: true });
    this.note = addText(scene, rect.x + rect.width - 12, rect.y + 9, '', 16, { colour: THEME.muted }).setOrigin(1, 0);
    this.key = addText(scene, rect.x + 12, rect.y + 8, '', 16, { bold: true, colour: THEME.muted }).setOrigin(0.5, 0);
    const inner = { x: rect.x + 10, y: rect.y + 40, width: rect.width - 20, height: 40 };
    this.controlBounds = inner;
    const levels: Level[] = ['lean', 'steady', 'aggressive'];
    const w = inner.width / levels.length;
    levels.forEach((level, i) => {
      const seg = { x: inner.x + i * w, y: inner.y, width: w, height: inner.height };
      const text = addText(scene, seg.x + w / 2, seg.y + seg.height / 2, '', 16, { bold: true }).setOrigin(0.5);
      const zone = scene.add.zone(seg.x, seg.y, seg.width, seg.height).setOrigin(0).setInteractive({ useHandCursor: true });
      zone.on('pointerover', onHover);
      zone.on('pointerdown', onHover);
      zone.on('pointerup', () => onPick(level));
      this.segments.push({ level, rect: seg, text });
    });
  }

  update(view: LeverView): void {
    const signature = JSON.stringify(view);
    if (signature === this.last) return;
    this.last = signature;
    const g = this.g;
    g.clear();
    drawPanel(g, this.bounds, THEME.panel, THEME.panelBorder, 10);
    // The key cap sits after the title, measured so the two never overlap.
    this.title.setText(view.title);
    const capX = this.title.x + this.title.width + 10;
    drawKeyCap(g, capX, this.bounds.y + 6, 26, 24);
    this.key.setText(view.hotkey).setPosition(capX + 13, this.bounds.y + 9);
    // Only a change is worth a word: a dial left alone simply carries over.
    this.note.setText(view.carried ? '' : 'changed');
    this.note.setColor(css(THEME.focus));
    for (const seg of this.segments) {
      const option = view.levels.find((l) => l.level === seg.level)!;
      const r = seg.rect;
      g.fillStyle(option.selected ? THEME.primary : THEME.panelRaised, 1);
      g.fillRoundedRect(r.x + 2, r.y, r.width - 4, r.height, 8);
      g.lineStyle(option.selected ? 2 : 1, option.selected ? THEME.good : THEME.panelBorder, 1);
      g.strokeRoundedRect(r.x + 2, r.y, r.width - 4, r.height, 8);
      seg.text.setText(option.selected ? `\u2713 ${option.label}` : option.label).setColor(css(option.selected ? THEME.text : THEME.muted));
    }
  }
}
