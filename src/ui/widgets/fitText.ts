import type Phaser from 'phaser';

/** Shortens a one-line text word by word, with an ellipsis, until it fits the width. */
export function fitText(text: Phaser.GameObjects.Text, content: string, maxWidth: number): Phaser.GameObjects.Text {
  text.setText(content);
  if (text.width <= maxWidth) return text;
  const words = content.split(' ');
  while (words.length > 1) {
    words.pop();
    text.setText(`${words.join(' ').replace(/[,:;.]$/, '')}\u2026`);
    if (text.width <= maxWidth) break;
  }
  return text;
}

/** Like fitText for wrapped text: keeps at most `maxLines` lines, ending in an ellipsis if cut. */
export function fitLines(text: Phaser.GameObjects.Text, content: string, maxLines: number): Phaser.GameObjects.Text {
  text.setText(content);
  if (text.getWrappedText(content).length <= maxLines) return text;
  const words = content.split(' ');
  while (words.length > 1) {
    words.pop();
    const shorter = `${words.join(' ').replace(/[,:;.]$/, '')}\u2026`;
    if (text.getWrappedText(shorter).length <= maxLines) {
      text.setText(shorter);
      break;
    }
  }
  return text;
}
