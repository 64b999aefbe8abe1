import type Phaser from 'phaser';
import { OKABE_ITO, THEME } from '../view/palette';

/**
 * The title art: a wheel of arrows chasing each other round, drawn with Graphics so no image is
 * needed. Each arrow is one link of the loop (lower prices, more customers, more sellers, scale).
 */
export function drawFlywheel(scene: Phaser.Scene, x: number, y: number, radius: number): Phaser.GameObjects.Container {
  const g = scene.add.graphics();
  const colours = [OKABE_ITO.orange, OKABE_ITO.skyBlue, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple, OKABE_ITO.yellow, OKABE_ITO.blue];
  const arcs = colours.length;
  const gap = 0.16;
  const thickness = radius * 0.16;
  for (let i = 0; i < arcs; i++) {
    const start = (i / arcs) * Math.PI * 2 + gap / 2;
    const end = ((i + 1) / arcs) * Math.PI * 2 - gap / 2;
    g.lineStyle(thickness, colours[i]!, 1);
    g.beginPath();
    g.arc(0, 0, radius, start, end - 0.12, false);
    g.strokePath();
    // Arrow head at the end of each arc, pointing along the turn.
    const tip = end;
    const back = end - 0.2;
    const outer = radius + thickness * 0.9;
    const inner = radius - thickness * 0.9;
    g.fillStyle(colours[i]!, 1);
    g.fillTriangle(
      Math.cos(tip) * radius, Math.sin(tip) * radius,
      Math.cos(back) * outer, Math.sin(back) * outer,
      Math.cos(back) * inner, Math.sin(back) * inner,
    );
  }
  g.fillStyle(THEME.panel, 1);
  g.fillCircle(0, 0, radius * 0.55);
  g.lineStyle(2, THEME.panelBorder, 1);
  g.strokeCircle(0, 0, radius * 0.55);
  g.lineStyle(3, THEME.muted, 1);
  for (let i = 0; i < 6; i++) {
    const a = (i / 6) * Math.PI * 2;
    g.lineBetween(0, 0, Math.cos(a) * radius * 0.55, Math.sin(a) * radius * 0.55);
  }
  g.fillStyle(THEME.text, 1);
  g.fillCircle(0, 0, radius * 0.08);
  return scene.add.container(x, y, [g]);
}
