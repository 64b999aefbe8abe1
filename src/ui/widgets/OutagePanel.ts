import type Phaser from 'phaser';
import type { OutagePlan } from '../../engine';
import type { Control } from '../sceneBase';
import type { Effect } from '../view/effects';
import { chipsOf, type OutageView } from '../view/options';
import { css, THEME } from '../view/palette';
import { Button } from './Button';
import { addText, drawPanel, type Rect } from './theme';

/** The choice of how to answer a major outage: three answers, each with its expected effect. */
export class OutagePanel {
  readonly controls: Control[] = [];
  private readonly objects: (Phaser.GameObjects.Graphics | Phaser.GameObjects.Text | Phaser.GameObjects.Zone)[] = [];
  private readonly buttons: Button[] = [];
  private readonly chipTexts: Phaser.GameObjects.Text[][] = [];
  private readonly details: Phaser.GameObjects.Text[] = [];
  private readonly plans: OutagePlan[] = ['transparent', 'quiet', 'resilience'];
  private open = false;

  constructor(scene: Phaser.Scene, rect: Rect, onPick: (plan: OutagePlan) => void, onClose: () => void, onFocus: (id: string) => void) {
    const depth = 30;
    const blocker = scene.add.zone(0, 0, 1280, 720).setOrigin(0).setDepth(depth - 1).setInteractive();
    blocker.on('pointerup', onClose);
    this.blocker = blocker;
    const g = scene.add.graphics().setDepth(depth);
    g.fillStyle(0x000000, 0.5);
    g.fillRect(0, 0, 1280, 720);
    drawPanel(g, rect, THEME.panelRaised, THEME.bad, 12, 2);
    const title = addText(scene, rect.x + 24, rect.y + 18, '\u26A0 A major outage strikes this year', 24, { bold: true }).setDepth(depth + 1);
    const detail = addText(scene, rect.x + 24, rect.y + 54, '', 17, { colour: THEME.muted, wrap: rect.width - 48, maxLines: 2 }).setDepth(depth + 1);
    this.objects.push(blocker, g, title, detail);
    this.detailText = detail;
    const width = (rect.width - 48 - 24) / 3;
    this.plans.forEach((plan, i) => {
      const x = rect.x + 24 + i * (width + 12);
      const y = rect.y + 104;
      const button = new Button(scene, { id: `outage:${plan}`, x, y, width, height: 52, label: '', hotkey: String(i + 1), size: 18,
        onActivate: () => onPick(plan), onHover: () => onFocus(`outage:${plan}`) }).setDepth(depth + 1);
      this.buttons.push(button);
      const text = addText(scene, x, y + 62, '', 16, { colour: THEME.muted, wrap: width, maxLines: 3 }).setDepth(depth + 1);
      this.details.push(text);
      this.chipTexts.push([0, 1].map((k) => addText(scene, x, y + 128 + k * 20, '', 16).setDepth(depth + 1)));
      this.controls.push({ id: `outage:${plan}`, ...button.bounds, activate: () => onPick(plan) });
    });
    const close = addText(scene, rect.x + 24, rect.y + rect.height - 34, 'Keys 1 to 3 answer, Esc decides later (saying nothing reads as saying little). O reopens this.', 16, { colour: THEME.muted }).setDepth(depth + 1);
    this.objects.push(close);
    this.hide();
  }

  private readonly detailText: Phaser.GameObjects.Text;
  private readonly blocker: Phaser.GameObjects.Zone;

  update(view: OutageView, effects: ReadonlyMap<OutagePlan, Effect | null>): void {
    this.detailText.setText(view.detail);
    view.options.forEach((option, i) => {
      this.buttons[i]?.setLabel(option.selected ? `\u2713 ${option.label}` : option.label);
      this.details[i]?.setText(option.detail);
      const effect = effects.get(option.plan);
      const chips = chipsOf(effect);
      // Saying little is also what happens when the player gives no answer, so it changes nothing.
      const same = effect ? effect.figures.every((f) => f.now === 0 && f.later === 0) : false;
      this.chipTexts[i]?.forEach((text, k) => {
        const chip = same ? (k === 0 ? { text: '\u00B7 the same as no answer', direction: 'flat' as const } : undefined) : chips[k];
        text.setText(chip ? chip.text : '')
          .setColor(css(chip?.direction === 'down' ? THEME.bad : chip?.direction === 'flat' ? THEME.faint : THEME.good));
      });
    });
  }

  isOpen(): boolean {
    return this.open;
  }

  planForKey(name: string): OutagePlan | null {
    const index = ['1', '2', '3'].indexOf(name);
    return index >= 0 ? this.plans[index]! : null;
  }

  show(): void {
    this.open = true;
    this.setVisible(true);
  }

  hide(): void {
    this.open = false;
    this.setVisible(false);
  }

  private setVisible(visible: boolean): void {
    for (const o of this.objects) o.setVisible(visible);
    if (visible) this.blocker.setInteractive(); else this.blocker.disableInteractive();
    for (const b of this.buttons) b.setVisible(visible);
    for (const t of this.details) t.setVisible(visible);
    for (const row of this.chipTexts) for (const t of row) t.setVisible(visible);
  }
}
