import type Phaser from 'phaser';
import { THEME } from '../view/palette';
import type { Button } from './Button';
import { drawPanel, type Rect } from './theme';

// A panel laid over a screen: everything `build` adds sits on it, above a zone that takes every
// click meant for the screen beneath (a click outside the panel can close it), and one call takes
// the whole layer away again.

export interface PanelLayer {
  buttons: Button[];
  close(): void;
}

export function openPanelLayer(
  scene: Phaser.Scene, panel: Rect, build: () => Button[], options: { depth?: number; dim?: boolean; onOutside?: () => void } = {},
): PanelLayer {
  const depth = options.depth ?? 0;
  const before = new Set(scene.children.list);
  const g = scene.add.graphics().setDepth(depth);
  if (options.dim) {
    g.fillStyle(THEME.background, 0.7);
    g.fillRect(0, 0, 1280, 720);
  }
  const outside = scene.add.zone(0, 0, 1280, 720).setOrigin(0).setInteractive().setDepth(depth);
  if (options.onOutside) outside.on('pointerup', options.onOutside);
  drawPanel(g, panel, THEME.panel, THEME.panelBorder, 12);
  scene.add.zone(panel.x, panel.y, panel.width, panel.height).setOrigin(0).setInteractive().setDepth(depth);
  const underPanel = new Set(scene.children.list);
  const buttons = build();
  for (const o of scene.children.list) {
    if (!underPanel.has(o)) (o as unknown as Phaser.GameObjects.Components.Depth).setDepth?.(depth + 1);
  }
  for (const b of buttons) b.setDepth(depth + 1);
  const objects = scene.children.list.filter((o) => !before.has(o));
  return { buttons, close: () => { for (const o of objects) o.destroy(); } };
}
