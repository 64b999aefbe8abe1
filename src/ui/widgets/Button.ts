import Phaser from 'phaser';
import { THEME } from '../view/palette';
import { addText, drawKeyCap, drawPanel, type Rect } from './theme';

export interface ButtonOptions extends Rect {
  id: string;
  label: string;
  hotkey?: string;
  sublabel?: string;
  primary?: boolean;
  size?: number;
  onActivate: () => void;
  onHover?: () => void;
}

/** Every button a scene has drawn, and the texts that belong to buttons: read by the parallel DOM. */
const sceneButtons = new WeakMap<Phaser.Scene, Map<string, Button>>();
export const buttonParts = new WeakSet<object>();

export function buttonsOf(scene: Phaser.Scene): ReadonlyMap<string, Button> {
  return sceneButtons.get(scene) ?? new Map();
}

/** A labelled button: mouse, touch, and a key cap when a key also works. */
export class Button {
  readonly id: string;
  readonly bounds: Rect;
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly sublabel: Phaser.GameObjects.Text | null;
  private readonly key: Phaser.GameObjects.Text | null;
  private readonly zone: Phaser.GameObjects.Zone;
  private enabled = true;
  private visible = true;
  private hovered = false;
  private readonly options: ButtonOptions;
  private readonly capWidth: number;

  constructor(scene: Phaser.Scene, options: ButtonOptions) {
    this.options = options;
    this.id = options.id;
    this.bounds = { x: options.x, y: options.y, width: options.width, height: options.height };
    this.g = scene.add.graphics();
    const size = options.size ?? 18;
    const hasSub = options.sublabel !== undefined;
    const labelY = hasSub ? options.y + options.height / 2 - 12 : options.y + options.height / 2;
    this.key = options.hotkey
      ? addText(scene, 0, options.y + options.height / 2, options.hotkey, 16, { bold: true, colour: THEME.muted }).setOrigin(0.5)
      : null;
    // The key cap grows to fit its key ("Esc" is wider than "N"); the label starts after it.
    this.capWidth = this.key ? Math.max(28, this.key.width + 12) : 0;
    this.key?.setX(options.x + 12 + this.capWidth / 2);
    const cx = this.key ? options.x + 12 + this.capWidth + 12 : options.x + options.width / 2;
    this.label = addText(scene, cx, labelY, options.label, size, { bold: true })
      .setOrigin(this.key ? 0 : 0.5, 0.5);
    this.sublabel = hasSub
      ? addText(scene, cx, options.y + options.height / 2 + 13, options.sublabel!, 16, { colour: THEME.muted }).setOrigin(this.key ? 0 : 0.5, 0.5)
      : null;
    this.zone = scene.add.zone(options.x, options.y, options.width, options.height).setOrigin(0).setInteractive({ useHandCursor: true });
    this.zone.on('pointerover', () => { this.hovered = true; this.draw(); options.onHover?.(); });
    this.zone.on('pointerout', () => { this.hovered = false; this.draw(); });
    this.zone.on('pointerup', () => { if (this.enabled) options.onActivate(); });
    this.draw();
    for (const part of [this.label, this.sublabel, this.key]) if (part) buttonParts.add(part);
    if (!sceneButtons.has(scene)) sceneButtons.set(scene, new Map());
    sceneButtons.get(scene)!.set(this.id, this);
    this.owner = scene;
  }

  private owner: Phaser.Scene | null = null;

  /** What the button says and whether it can be used, for the parallel DOM. */
  describe(): { label: string; sublabel: string; hotkey: string; enabled: boolean; visible: boolean } {
    return { label: this.label.text, sublabel: this.sublabel?.text ?? '', hotkey: this.options.hotkey ?? '', enabled: this.enabled, visible: this.visible && this.label.active };
  }

  private draw(): void {
    const { primary } = this.options;
    this.g.clear();
    const fill = !this.enabled ? THEME.locked : primary ? THEME.primary : this.hovered ? THEME.panelRaised : THEME.panel;
    const border = !this.enabled ? THEME.panelBorder : primary ? THEME.good : this.hovered ? THEME.muted : THEME.panelBorder;
    drawPanel(this.g, this.bounds, fill, border, 10, primary ? 2 : 1);
    if (this.key) {
      drawKeyCap(this.g, this.bounds.x + 12, this.bounds.y + this.bounds.height / 2 - 14, this.capWidth, 28, this.enabled ? THEME.muted : THEME.faint);
    }
    const colour = this.enabled ? THEME.text : THEME.faint;
    this.label.setColor(`#${colour.toString(16).padStart(6, '0')}`);
  }

  setEnabled(enabled: boolean): this {
    if (this.enabled !== enabled) {
      this.enabled = enabled;
      this.draw();
    }
    return this;
  }

  isEnabled(): boolean {
    return this.enabled;
  }

  setLabel(label: string, sublabel?: string): this {
    if (this.label.text !== label) this.label.setText(label);
    if (this.sublabel && sublabel !== undefined && this.sublabel.text !== sublabel) this.sublabel.setText(sublabel);
    return this;
  }

  activate(): void {
    if (this.enabled) this.options.onActivate();
  }

  setVisible(visible: boolean): this {
    this.visible = visible;
    for (const o of [this.g, this.label, this.sublabel, this.key]) o?.setVisible(visible);
    if (visible) this.zone.setInteractive(); else this.zone.disableInteractive();
    return this;
  }

  destroy(): void {
    const registry = this.owner ? sceneButtons.get(this.owner) : undefined;
    if (registry?.get(this.id) === this) registry.delete(this.id);
    for (const o of [this.g, this.label, this.sublabel, this.key, this.zone]) o?.destroy();
  }

  setDepth(depth: number): this {
    for (const o of [this.g, this.label, this.sublabel, this.key, this.zone]) o?.setDepth(depth);
    return this;
  }
}
