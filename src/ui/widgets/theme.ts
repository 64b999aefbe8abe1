import type Phaser from 'phaser';
import { css, THEME } from '../view/palette';

// Text styles for the whole game. Fonts are the ones every system has (Arial or a metric twin),
// so nothing is fetched and text measures the same everywhere. Nothing is smaller than 16 px.

export const FONT = 'Arial, "Liberation Sans", "Helvetica Neue", Helvetica, sans-serif';
export const MIN_TEXT = 16;

/**
 * Text is drawn at the size it will be shown: the screen's pixel ratio times how far the 1280x720
 * game is scaled up to fit the window, so large screens get crisp text rather than a blurry one.
 */
function textResolution(): number {
  if (typeof window === 'undefined') return 1;
  const fit = Math.min(window.innerWidth / 1280, window.innerHeight / 720);
  return Math.min(3, Math.max(1, Math.ceil((window.devicePixelRatio || 1) * fit * 2) / 2));
}

const RESOLUTION = textResolution();

export interface StyleOptions {
  colour?: number;
  bold?: boolean;
  wrap?: number;
  align?: 'left' | 'center' | 'right';
  maxLines?: number;
  lineSpacing?: number;
}

export function textStyle(size: number, options: StyleOptions = {}): Phaser.Types.GameObjects.Text.TextStyle {
  const style: Phaser.Types.GameObjects.Text.TextStyle = {
    fontFamily: FONT,
    fontSize: `${Math.max(MIN_TEXT, size)}px`,
    fontStyle: options.bold ? 'bold' : '',
    color: css(options.colour ?? THEME.text),
    align: options.align ?? 'left',
    resolution: RESOLUTION,
  };
  if (options.wrap) style.wordWrap = { width: options.wrap, useAdvancedWrap: true };
  if (options.maxLines) style.maxLines = options.maxLines;
  if (options.lineSpacing) style.lineSpacing = options.lineSpacing;
  return style;
}

export function addText(scene: Phaser.Scene, x: number, y: number, text: string, size: number, options: StyleOptions = {}): Phaser.GameObjects.Text {
  return scene.add.text(x, y, text, textStyle(size, options));
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function drawPanel(g: Phaser.GameObjects.Graphics, r: Rect, fill: number = THEME.panel, border: number = THEME.panelBorder, radius = 10, borderWidth = 1): void {
  g.fillStyle(fill, 1);
  g.fillRoundedRect(r.x, r.y, r.width, r.height, radius);
  if (borderWidth > 0) {
    g.lineStyle(borderWidth, border, 1);
    g.strokeRoundedRect(r.x, r.y, r.width, r.height, radius);
  }
}

/** A small key cap, drawn where a control can also be reached by a key. */
export function drawKeyCap(g: Phaser.GameObjects.Graphics, x: number, y: number, width: number, height: number, colour: number = THEME.muted): void {
  g.lineStyle(1.5, colour, 1);
  g.strokeRoundedRect(x, y, width, height, 5);
}
