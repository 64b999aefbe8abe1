import type Phaser from 'phaser';
import { textStyle, type StyleOptions } from './theme';

// Text that skips measuring its font when a text of the same font was measured before. Measuring
// draws to a canvas and reads it back, which adds up when a page of labels appears in one frame.

const measured = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

export function quickText(scene: Phaser.Scene, x: number, y: number, text: string, size: number, options: StyleOptions = {}): Phaser.GameObjects.Text {
  const style = textStyle(size, options);
  const key = `${String(style.fontFamily)}|${String(style.fontSize)}|${String(style.fontStyle)}`;
  const known = measured.get(key);
  const object = scene.add.text(x, y, text, known ? { ...style, metrics: known } : style);
  if (!known) measured.set(key, object.style.getTextMetrics());
  return object;
}
