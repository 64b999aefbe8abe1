import type Phaser from 'phaser';
import { uiStatus } from '../uiStatus';

// Text that must fit a space: first set a little smaller (down to 85% of its size, never under 13
// px), and only when that is not enough, shortened word by word with an ellipsis. A cut is noted for
// the tests, which fail where a player needs the words.

const MIN_SIZE = 13;
const MIN_SCALE = 0.85;

function noteCut(content: string): void {
  uiStatus.cuts.push(content);
  uiStatus.cutTotal += 1;
  if (uiStatus.cuts.length > 50) uiStatus.cuts.shift();
}

/** The size the text was made with, remembered so a later, shorter content gets it back. */
function baseSize(text: Phaser.GameObjects.Text): number {
  const data = text.getData('fitBaseSize') as number | undefined;
  if (typeof data === 'number') return data;
  const size = parseFloat(String(text.style.fontSize)) || 16;
  text.setData('fitBaseSize', size);
  return size;
}

/** Shrinks the font a step at a time until `fits`, not below the floor; true if it fits. */
function shrinkToFit(text: Phaser.GameObjects.Text, fits: () => boolean): boolean {
  const size = baseSize(text);
  text.setFontSize(size);
  if (fits()) return true;
  const floor = Math.max(MIN_SIZE, Math.floor(size * MIN_SCALE));
  for (let s = size - 1; s >= floor; s--) {
    text.setFontSize(s);
    if (fits()) return true;
  }
  return false;
}

/** Fits a one-line text to the width: a little smaller if need be, then shortened word by word. */
export function fitText(text: Phaser.GameObjects.Text, content: string, maxWidth: number): Phaser.GameObjects.Text {
  text.setText(content);
  if (shrinkToFit(text, () => text.width <= maxWidth)) return text;
  const words = content.split(' ');
  while (words.length > 1) {
    words.pop();
    text.setText(`${words.join(' ').replace(/[,:;.]$/, '')}\u2026`);
    if (text.width <= maxWidth) break;
  }
  noteCut(content);
  return text;
}

/** Like fitText for wrapped text: at most `maxLines` lines, smaller if need be, then cut with an ellipsis. */
export function fitLines(text: Phaser.GameObjects.Text, content: string, maxLines: number): Phaser.GameObjects.Text {
  text.setText(content);
  if (shrinkToFit(text, () => text.getWrappedText(content).length <= maxLines)) return text;
  const words = content.split(' ');
  while (words.length > 1) {
    words.pop();
    const shorter = `${words.join(' ').replace(/[,:;.]$/, '')}\u2026`;
    if (text.getWrappedText(shorter).length <= maxLines) {
      text.setText(shorter);
      break;
    }
  }
  noteCut(content);
  return text;
}

/**
 * A banner line: one line at its own size if it fits (a little smaller if need be), else two lines
 * at `twoLineSize` set `twoLineY` higher, so a long year's news is read whole.
 */
export function fitBanner(
  text: Phaser.GameObjects.Text, content: string, maxWidth: number, layout: { y: number; size: number; twoLineY: number; twoLineSize: number },
): Phaser.GameObjects.Text {
  text.setWordWrapWidth(null).setY(layout.y).setData('fitBaseSize', layout.size).setText(content);
  if (shrinkToFit(text, () => text.width <= maxWidth)) return text;
  text.setY(layout.twoLineY).setData('fitBaseSize', layout.twoLineSize).setWordWrapWidth(maxWidth);
  return fitLines(text, content, 2);
}
