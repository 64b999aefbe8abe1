import Phaser from 'phaser';
import { buttonParts, buttonsOf } from '../widgets/Button';
import { button, h } from './h';

// The parallel DOM of a screen that has no view-model page of its own: its visible text in
// reading order (large text as headings) and its controls as real buttons.

export interface DomControl {
  id: string;
  /** a field the player types into */
  typing?: boolean;
  activate?: () => void;
  x: number;
  y: number;
  width: number;
  height: number;
  enabled?: boolean;
  label?: string | (() => string);
  adjust?: (step: 1 | -1) => void;
}

interface Line { text: string; x: number; y: number; width: number; height: number; size: number; depth: number }

function visibleTexts(list: readonly Phaser.GameObjects.GameObject[], out: Line[]): void {
  for (const o of list) {
    const visible = (o as unknown as { visible?: boolean }).visible !== false && (o as unknown as { alpha?: number }).alpha !== 0;
    if (!visible || !o.active) continue;
    if (o instanceof Phaser.GameObjects.Container) { visibleTexts(o.list, out); continue; }
    if (!(o instanceof Phaser.GameObjects.Text) || buttonParts.has(o)) continue;
    const text = o.text.replace(/\u258F/g, '').trim();
    if (!text) continue;
    const bounds = o.getBounds();
    out.push({ text, x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, size: parseFloat(String(o.style.fontSize)) || 16, depth: o.depth });
  }
}

const SCREEN_NAMES: Record<string, string> = {
  Title: 'Flywheel', HowToPlay: 'How to play', Model: 'The model', Watch: 'Watch a run', Classroom: 'Classroom',
  Join: 'Join a class', Menu: 'Menu', OtherTab: 'This game is open in another tab',
};

/** The scene's visible text, top to bottom and left to right, under the screen's name; large text is a heading. */
export function sceneText(scene: Phaser.Scene): Node[] {
  const lines: Line[] = [];
  visibleTexts(scene.children.list, lines);
  // A panel over the screen (a whole-screen blocker under it) hides what lies beneath.
  const blockers = scene.children.list.filter((o): o is Phaser.GameObjects.Zone => o instanceof Phaser.GameObjects.Zone
    && o.active && o.width >= 1280 && o.height >= 720 && Boolean(o.input?.enabled));
  const floor = blockers.length ? Math.max(...blockers.map((b) => b.depth)) : -Infinity;
  const shown = lines.filter((line) => line.depth >= floor);
  lines.sort((a, b) => Math.abs(a.y - b.y) < 8 ? a.x - b.x : a.y - b.y);
  const name = SCREEN_NAMES[scene.scene.key] ?? scene.scene.key;
  // The logo's word repeats the screen's name; it is said once.
  const said = shown.filter((line) => line.text.toLowerCase() !== name.toLowerCase());
  return [h('h1', null, name), ...said.map((line) => line.size >= 24 ? h('h2', null, line.text) : h('p', null, line.text))];
}

const ARROWS = /[\u25C0\u25B6\u258F]/g;

/** A drawn field: its caption (the text beside or just above it) and what it holds. */
function drawnField(scene: Phaser.Scene, control: DomControl): { caption: string; value: string } {
  const lines: Line[] = [];
  visibleTexts(scene.children.list, lines);
  const inside = lines.filter((l) => {
    const cx = l.x + l.width / 2;
    const cy = l.y + l.height / 2;
    return cx >= control.x && cx <= control.x + control.width && cy >= control.y && cy <= control.y + control.height;
  });
  const left = lines
    .filter((l) => l.x + l.width <= control.x + 2 && l.y + l.height / 2 >= control.y && l.y + l.height / 2 <= control.y + control.height)
    .sort((a, b) => b.x - a.x)[0];
  const above = left ?? lines
    .filter((l) => l.y + l.height <= control.y + 2 && l.y + l.height >= control.y - 40 && l.x < control.x + control.width && l.x + l.width > control.x)
    .sort((a, b) => b.y - a.y)[0];
  return { caption: above?.text.replace(ARROWS, '').trim() ?? '', value: inside.map((l) => l.text.replace(ARROWS, '').trim()).join(' ') };
}

function fieldLabel(scene: Phaser.Scene, control: DomControl): string {
  const { caption, value } = drawnField(scene, control);
  if (!caption && !value) return control.id;
  return caption ? `${caption}: ${value || 'empty'}` : value;
}

/**
 * A field the player types into, as a real text box. Its keys go on to the canvas's own handler
 * (one code path for typing), and the box shows what the field then holds.
 */
function textField(scene: Phaser.Scene, control: DomControl): HTMLElement {
  const { caption, value } = drawnField(scene, control);
  const name = typeof control.label === 'function' ? control.label().split(':')[0]! : control.label ?? caption;
  const id = `a11y-field-${control.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return h('span', null, h('label', { for: id }, name || control.id), ' ',
    h('input', { id, type: 'text', 'data-control': control.id, 'data-key': control.id, 'data-typing': '', value, autocomplete: 'off', spellcheck: 'false' }));
}

export function controlLabel(scene: Phaser.Scene, control: DomControl): string {
  const drawn = buttonsOf(scene).get(control.id)?.describe();
  if (typeof control.label === 'function') return control.label();
  if (control.label) return control.label;
  if (drawn) return drawn.sublabel ? `${drawn.label} (${drawn.sublabel})` : drawn.label;
  return fieldLabel(scene, control);
}

/** The scene's controls as buttons that do what the canvas control does. */
export function sceneControls(scene: Phaser.Scene, controls: readonly DomControl[], skip: ReadonlySet<string>, act: (id: string) => void): Node[] {
  const items = controls.filter((c) => !skip.has(c.id)).map((control) => {
    const drawn = buttonsOf(scene).get(control.id)?.describe();
    // A control that neither acts nor adjusts, and is no button, is a field to type in.
    if (control.typing ?? (!control.activate && !control.adjust && !drawn)) return h('li', null, textField(scene, control));
    const label = controlLabel(scene, control);
    const enabled = control.enabled !== false && (drawn?.enabled ?? true);
    const main = button({ control: control.id, label, disabled: !enabled, description: drawn?.hotkey ? `key ${drawn.hotkey === '\u23CE' ? 'Enter' : drawn.hotkey}` : undefined, onActivate: () => act(control.id) });
    if (!control.adjust) return h('li', null, main);
    const adjust = control.adjust;
    const name = label.split(':')[0];
    return h('li', null, main,
      button({ key: `${control.id}:previous`, label: `${name}: previous choice`, onActivate: () => adjust(-1) }),
      button({ key: `${control.id}:next`, label: `${name}: next choice`, onActivate: () => adjust(1) }));
  });
  return items.length ? [h('ul', { 'aria-label': 'Controls' }, items)] : [];
}
