import type Phaser from 'phaser';
import type { HistoryHint } from '../view/news';
import { THEME } from '../view/palette';
import { addText, drawPanel, type Rect } from './theme';

/** What the real company did in the year being played, shown over the cards on request. */
export class HintPanel {
  private readonly objects: (Phaser.GameObjects.Graphics | Phaser.GameObjects.Text | Phaser.GameObjects.Zone)[] = [];
  private readonly heading: Phaser.GameObjects.Text;
  private readonly did: Phaser.GameObjects.Text;
  private readonly why: Phaser.GameObjects.Text;
  private open = false;

  constructor(scene: Phaser.Scene, rect: Rect, onClose: () => void) {
    const g = scene.add.graphics().setDepth(30);
    drawPanel(g, rect, THEME.panelRaised, THEME.focus, 12, 2);
    const zone = scene.add.zone(rect.x, rect.y, rect.width, rect.height).setOrigin(0).setDepth(31).setInteractive();
    zone.on('pointerup', onClose);
    this.heading = addText(scene, rect.x + 24, rect.y + 20, '', 22, { bold: true }).setDepth(31);
    this.did = addText(scene, rect.x + 24, rect.y + 62, '', 18, { wrap: rect.width - 48, maxLines: 4 }).setDepth(31);
    this.why = addText(scene, rect.x + 24, rect.y + 170, '', 17, { colour: THEME.muted, wrap: rect.width - 48, maxLines: 4 }).setDepth(31);
    const close = addText(scene, rect.x + 24, rect.y + rect.height - 36, 'Press H or Esc, or click, to close. The choice is still yours.', 16, { colour: THEME.muted }).setDepth(31);
    this.objects.push(g, zone, this.heading, this.did, this.why, close);
    this.hide();
  }

  setHint(hint: HistoryHint | null): void {
    this.heading.setText(hint ? `In ${hint.year}, the real company\u2026` : 'No record for this year');
    this.did.setText(hint ? hint.did : '');
    this.why.setText(hint ? `Why: ${hint.why}` : '');
    this.why.setY(this.did.y + this.did.height + 18);
  }

  isOpen(): boolean {
    return this.open;
  }

  show(): void {
    this.open = true;
    for (const o of this.objects) o.setVisible(true);
    (this.objects[1] as Phaser.GameObjects.Zone).setInteractive();
  }

  hide(): void {
    this.open = false;
    for (const o of this.objects) o.setVisible(false);
    (this.objects[1] as Phaser.GameObjects.Zone).disableInteractive();
  }
}
