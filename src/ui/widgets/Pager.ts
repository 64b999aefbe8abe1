import Phaser from 'phaser';
import { THEME } from '../view/palette';
import { Button } from './Button';
import { addText, type Rect } from './theme';

// Pages of a list turned every way at once: two buttons (mouse, touch, keyboard focus), the wheel
// over the list, a swipe up or down on it, and whatever keys the scene sends to `step`.

export interface PagerOptions {
  id: string;
  /** the list the wheel and a swipe turn */
  area: Rect;
  /** where the buttons sit: their top-right corner */
  right: number;
  top: number;
  onPage: (page: number) => void;
  onHover?: (id: string) => void;
  /** whether the list is on screen now (a page of a scene with tabs); the wheel and swipes wait till it is */
  active?: () => boolean;
}

const SWIPE_MIN = 40;
const WHEEL_GAP_MS = 180;
/** When each list last turned by the wheel, by its id: a list rebuilt after a turn keeps the pause. */
const lastWheelOf = new Map<string, number>();

export class Pager {
  readonly previous: Button;
  readonly next: Button;
  private readonly label: Phaser.GameObjects.Text;
  private page = 0;
  private pages = 1;

  constructor(private readonly scene: Phaser.Scene, private readonly options: PagerOptions) {
    const { id, right, top } = options;
    this.next = new Button(scene, { id: `${id}:next`, x: right - 44, y: top, width: 44, height: 32, label: '\u25BC', size: 16,
      onActivate: () => this.step(1), onHover: () => options.onHover?.(`${id}:next`) });
    this.previous = new Button(scene, { id: `${id}:previous`, x: right - 92, y: top, width: 44, height: 32, label: '\u25B2', size: 16,
      onActivate: () => this.step(-1), onHover: () => options.onHover?.(`${id}:previous`) });
    this.label = addText(scene, right - 100, top + 16, '', 16, { colour: THEME.muted }).setOrigin(1, 0.5);
    const a = options.area;
    const contains = (x: number, y: number) => x >= a.x && x <= a.x + a.width && y >= a.y && y <= a.y + a.height;
    const live = () => options.active?.() ?? true;
    const inArea = (p: Phaser.Input.Pointer) => live() && contains(p.x, p.y);
    const onWheel = (pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      if (!inArea(pointer) || dy === 0) return;
      // One notch, one page: a fast wheel or a touchpad's stream of small events turns one page at a time.
      const last = lastWheelOf.get(options.id) ?? -Infinity;
      if (pointer.event.timeStamp >= last && pointer.event.timeStamp - last < WHEEL_GAP_MS) return;
      lastWheelOf.set(options.id, pointer.event.timeStamp);
      this.step(dy > 0 ? 1 : -1);
    };
    // A swipe (or a drag) that starts on the list: up for the next page, down for the one before.
    const onUp = (pointer: Phaser.Input.Pointer) => {
      if (!live() || !contains(pointer.downX, pointer.downY)) return;
      const dy = pointer.upY - pointer.downY;
      if (Math.abs(dy) >= SWIPE_MIN && Math.abs(dy) > Math.abs(pointer.upX - pointer.downX)) this.step(dy < 0 ? 1 : -1);
    };
    scene.input.on('wheel', onWheel);
    scene.input.on('pointerup', onUp);
    this.label.once(Phaser.GameObjects.Events.DESTROY, () => {
      scene.input.off('wheel', onWheel);
      scene.input.off('pointerup', onUp);
    });
  }

  /** Shows page `page` of `pages` (kept in range) without calling back. */
  set(page: number, pages: number): void {
    this.pages = Math.max(1, pages);
    this.page = Math.min(Math.max(0, page), this.pages - 1);
    const many = this.pages > 1;
    this.label.setText(many ? `page ${this.page + 1} of ${this.pages}` : '');
    this.previous.setEnabled(many && this.page > 0);
    this.next.setEnabled(many && this.page < this.pages - 1);
    this.previous.setVisible(many);
    this.next.setVisible(many);
  }

  step(by: number): void {
    const next = Math.min(Math.max(0, this.page + by), this.pages - 1);
    if (next === this.page) return;
    this.set(next, this.pages);
    this.options.onPage(this.page);
  }

  get current(): number {
    return this.page;
  }

  get count(): number {
    return this.pages;
  }
}
