import Phaser from 'phaser';
import type { MoveCard } from '../view/options';
import { css, THEME } from '../view/palette';
import { fitLines } from './fitText';
import { addText, drawKeyCap, drawPanel, type Rect } from './theme';

const STATUS_STYLE = {
  open: { fill: THEME.panel, border: THEME.panelBorder, title: THEME.text, status: THEME.muted, width: 1 },
  picked: { fill: THEME.cardPicked, border: THEME.good, title: THEME.text, status: THEME.cardPickedText, width: 3 },
  locked: { fill: THEME.locked, border: THEME.cardLockedBorder, title: THEME.faint, status: THEME.faint, width: 1 },
  done: { fill: THEME.cardDone, border: THEME.done, title: THEME.cardDoneTitle, status: THEME.cardDoneText, width: 1 },
} as const;

/** One move as a card: key, name, state (or why it is locked) and its expected effect. */
export class MoveCardView {
  readonly bounds: Rect;
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly key: Phaser.GameObjects.Text;
  private readonly status: Phaser.GameObjects.Text;
  private readonly chips: Phaser.GameObjects.Text[];
  private last = '';

  constructor(scene: Phaser.Scene, rect: Rect, onActivate: () => void, onHover: () => void) {
    this.bounds = rect;
    this.g = scene.add.graphics();
    this.title = addText(scene, rect.x + 12, rect.y + 9, '', 17, { bold: true });
    this.key = addText(scene, rect.x + rect.width - 24, rect.y + 21, '', 16, { bold: true, colour: THEME.muted }).setOrigin(0.5);
    this.status = addText(scene, rect.x + 12, rect.y + 34, '', 16, { wrap: rect.width - 24 });
    this.chips = [0, 1].map((i) => addText(scene, rect.x + 12, rect.y + 55 + i * 20, '', 16));
    const zone = scene.add.zone(rect.x, rect.y, rect.width, rect.height).setOrigin(0).setInteractive({ useHandCursor: true });
    zone.on('pointerover', onHover);
    zone.on('pointerdown', onHover);
    zone.on('pointerup', onActivate);
  }

  update(card: MoveCard): void {
    const signature = JSON.stringify(card);
    if (signature === this.last) return;
    this.last = signature;
    const style = STATUS_STYLE[card.status];
    const r = this.bounds;
    this.g.clear();
    drawPanel(this.g, r, style.fill, style.border, 10, style.width);
    drawKeyCap(this.g, r.x + r.width - 38, r.y + 8, 28, 26, card.status === 'locked' ? THEME.faint : THEME.muted);
    this.title.setText(card.title).setColor(css(style.title));
    this.key.setText(card.hotkey).setColor(css(card.status === 'locked' ? THEME.faint : THEME.muted));
    const text = card.status === 'locked'
      ? `Locked: ${card.statusText.charAt(0).toLowerCase()}${card.statusText.slice(1)}`
      : card.status === 'open' ? card.statusText : `\u2713 ${card.statusText}`;
    fitLines(this.status, text, card.chips.length > 0 ? 1 : 3).setColor(css(style.status));
    // Chips sit below a one-line status; a two-line lock reason has no chips to collide with.
    this.chips.forEach((chip, i) => {
      const c = card.chips[i];
      chip.setText(c ? c.text : '').setColor(css(c?.direction === 'down' ? THEME.bad : c?.direction === 'flat' ? THEME.faint : THEME.good));
    });
  }
}
