import Phaser from 'phaser';
import type { Rect } from './theme';
import { inputsRegion } from '../domInput';

// The share link in a real text field over the canvas, so it can be selected and copied by hand
// when the clipboard is not available. It follows the canvas as the page is resized.

export class ShareField {
  private readonly input: HTMLInputElement;
  private readonly place = () => this.position();

  constructor(private readonly scene: Phaser.Scene, private readonly rect: Rect, value: string) {
    const input = document.createElement('input');
    input.type = 'text';
    input.readOnly = true;
    input.value = value;
    input.setAttribute('aria-label', 'Share link');
    input.id = 'flywheel-share-link';
    Object.assign(input.style, {
      position: 'absolute', boxSizing: 'border-box', margin: '0', padding: '0 10px',
      background: '#0e1621', color: '#f3f5f8', border: '1px solid #33465f', borderRadius: '8px',
      fontFamily: 'monospace', zIndex: '10',
    });
    input.addEventListener('focus', () => input.select());
    inputsRegion().appendChild(input);
    this.input = input;
    this.position();
    scene.scale.on(Phaser.Scale.Events.RESIZE, this.place);
    window.addEventListener('resize', this.place);
  }

  /** Selects the whole link, ready for Ctrl+C. */
  select(): void {
    this.input.focus();
    this.input.select();
  }

  private position(): void {
    const bounds = this.scene.game.canvas.getBoundingClientRect();
    const scale = bounds.width / 1280;
    Object.assign(this.input.style, {
      left: `${window.scrollX + bounds.left + this.rect.x * scale}px`,
      top: `${window.scrollY + bounds.top + this.rect.y * scale}px`,
      width: `${this.rect.width * scale}px`,
      height: `${this.rect.height * scale}px`,
      fontSize: `${Math.max(12, 16 * scale)}px`,
    });
  }

  destroy(): void {
    this.scene.scale.off(Phaser.Scale.Events.RESIZE, this.place);
    window.removeEventListener('resize', this.place);
    this.input.remove();
  }
}
