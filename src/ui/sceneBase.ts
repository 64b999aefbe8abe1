import Phaser from 'phaser';
import type { Session, SessionData } from '../store/session';
import { watch } from '../store/watch';
import { THEME } from './view/palette';
import { cycleFocus, moveFocus, type FocusItem } from './view/focusNav';
import { FocusRing } from './widgets/FocusRing';
import { claim, keyName, type KeyName } from './keys';
import { uiStatus } from './uiStatus';
import { attach, detach, followFocus, schedule, type DomHost } from './dom/layer';
import { sceneControls, sceneText } from './dom/generic';
import { installDom } from './dom/install';
import { reducedMotion } from './dom/motion';
import { announce } from './dom/announce';

/** A control the keyboard can reach: activated by Space or a click, adjusted by left and right. */
export interface Control extends FocusItem {
  activate?: () => void;
  adjust?: (step: 1 | -1) => void;
  /** the control's name where no drawn button gives it (the parallel DOM reads it) */
  label?: string | (() => string);
  /** a field the player types into: a text box in the parallel DOM */
  typing?: boolean;
}

/**
 * What every Flywheel scene shares: the session, store subscriptions that end with the scene,
 * the focus ring and keyboard navigation over the scene's controls.
 */
export abstract class FlywheelScene extends Phaser.Scene {
  protected readonly session: Session;
  protected controls: Control[] = [];
  protected ring: FocusRing | null = null;
  private cleanups: (() => void)[] = [];
  private domHost: DomHost | null = null;
  /** false for a screen whose DOM changes only with the store or a redrawn focus */
  protected readonly domPolls: boolean = true;
  /** overlays (the menu) take the keyboard; screens ignore keys while an overlay is open */
  protected readonly isOverlay: boolean = false;

  constructor(key: string, session: Session) {
    super(key);
    this.session = session;
  }

  /** Call first in create(). */
  protected begin(): void {
    this.controls = [];
    this.cleanups = [];
    this.cameras.main.setBackgroundColor(this.isOverlay ? 'rgba(0,0,0,0)' : THEME.background);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.end());
    this.input.keyboard?.addCapture('UP,DOWN,LEFT,RIGHT,SPACE,TAB,ENTER');
    installDom(this.session);
    // With less motion asked for, what animates still (the scorecard's bars) ends at once.
    if (reducedMotion()) this.tweens.timeScale = 1000;
  }

  /** Fades the screen in, unless the player asked for less motion. */
  protected fadeIn(duration: number): void {
    if (!reducedMotion()) this.cameras.main.fadeIn(duration, 14, 22, 33);
  }

  /**
   * The screen's own parallel DOM, built from its view model; null gives its visible text. Its
   * buttons carry data-control so the generic controls list leaves those out.
   */
  protected domContent(): Node[] | null {
    return null;
  }

  /** A DOM button does what the canvas control does: the same control, focused then activated. */
  protected activateFromDom(id: string): void {
    const control = this.controls.find((c) => c.id === id);
    if (!control || control.enabled === false) return;
    this.focus(id);
    control.activate?.();
  }

  /** warnings drawn on the screen (a refused code, say), so each new one is said once */
  private warningsSaid = new Set<string>();

  private renderDom(): Node[] {
    const content = this.domContent() ?? sceneText(this);
    const warnings = content.map((n) => n.textContent ?? '').filter((t) => t.startsWith('\u26A0'));
    for (const text of warnings) if (!this.warningsSaid.has(text)) announce(text.replace('\u26A0', '').trim(), true);
    this.warningsSaid = new Set(warnings);
    const holder = document.createElement('div');
    holder.append(...content);
    const shown = new Set([...holder.querySelectorAll<HTMLElement>('[data-control]')].map((e) => e.dataset.control!));
    return [...holder.childNodes, ...sceneControls(this, this.controls, shown, (id) => this.activateFromDom(id))];
  }

  private attachDom(): void {
    if (this.domHost) detach(this.isOverlay ? 'overlay' : 'screen', this.domHost);
    const host: DomHost = {
      name: this.scene.key,
      render: () => this.renderDom(),
      focusControl: (id) => {
        if (this.session.get().focus !== id && this.controls.some((c) => c.id === id)) this.focus(id);
      },
    };
    this.domHost = host;
    this.warningsSaid = new Set();
    attach(this.isOverlay ? 'overlay' : 'screen', host);
    this.cleanups.push(this.session.store.subscribe(() => schedule()));
    // Canvas text can change without the store (a status line, a page turned): look again now and then.
    if (this.domPolls) {
      const timer = setInterval(() => schedule(), 500);
      this.cleanups.push(() => clearInterval(timer));
    }
  }

  /** Call last in create(): the scene is now built and takes input. */
  protected ready(): void {
    this.ring = new FocusRing(this);
    this.subscribe((s) => s.focus, () => this.drawFocus());
    const provider = () => this.controls.map((c) => ({ id: c.id, x: c.x, y: c.y, width: c.width, height: c.height, enabled: c.enabled !== false }));
    if (this.isOverlay) {
      uiStatus.overlay = this.scene.key;
      uiStatus.overlayControls = provider;
    } else {
      uiStatus.scene = this.scene.key;
      uiStatus.historyShown = () => this.showsHistory();
      uiStatus.sceneControls = provider;
      uiStatus.settled = () => this.isSettled();
    }
    this.attachDom();
  }

  /** Whether this screen shows anything of history's path; screens that can, say so. */
  protected showsHistory(): boolean {
    return false;
  }

  /** No fade and no animation running: what a screenshot should wait for. */
  isSettled(): boolean {
    const camera = this.cameras?.main;
    if (!camera) return false;
    return !camera.fadeEffect.isRunning && this.tweens.getTweens().length === 0;
  }

  private end(): void {
    for (const cleanup of this.cleanups) cleanup();
    this.cleanups = [];
    this.ring = null;
    if (this.domHost) detach(this.isOverlay ? 'overlay' : 'screen', this.domHost);
    this.domHost = null;
    if (this.isOverlay) {
      if (uiStatus.overlay === this.scene.key) {
        uiStatus.overlay = '';
        uiStatus.overlayControls = () => [];
      }
    } else if (uiStatus.scene === this.scene.key) {
      uiStatus.scene = '';
      uiStatus.panel = '';
      uiStatus.sceneControls = () => [];
      uiStatus.settled = () => false;
    }
  }

  /** Subscribes to a slice of the session until the scene shuts down. */
  protected subscribe<T>(select: (s: SessionData) => T, onChange: (value: T, previous: T | undefined) => void, equal?: (a: T, b: T) => boolean): void {
    this.cleanups.push(watch(this.session.store, select, onChange, equal));
  }

  protected onCleanup(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  /** Keys for this scene; return true when handled. Navigation keys are handled after. */
  protected onKeys(handler: (name: KeyName, event: KeyboardEvent) => boolean): void {
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      // An overlay (the menu, or the notice that another tab took the game) takes the keys first.
      if (!this.isOverlay && (this.session.get().menuOpen || uiStatus.overlay !== '')) return;
      if (!claim(event)) return;
      if (handler(keyName(event), event)) return;
      this.navigate(keyName(event), event);
    });
  }

  protected focused(): Control | undefined {
    const id = this.session.get().focus;
    return this.controls.find((c) => c.id === id);
  }

  protected focus(id: string): void {
    this.session.setFocus(id);
  }

  /** Arrow keys, Tab and Space over the scene's controls. */
  protected navigate(name: KeyName, event: KeyboardEvent): boolean {
    const current = this.focused();
    const usable = this.controls.filter((c) => c.enabled !== false || c.id === current?.id);
    switch (name) {
      case 'left':
      case 'right':
        if (current?.adjust) { current.adjust(name === 'left' ? -1 : 1); return true; }
        this.focus(current ? moveFocus(usable, current.id, name) : this.controls[0]?.id ?? '');
        return true;
      case 'up':
      case 'down':
        this.focus(current ? moveFocus(usable, current.id, name) : this.controls[0]?.id ?? '');
        return true;
      case 'tab':
        this.focus(cycleFocus(usable, current?.id ?? '', event.shiftKey ? -1 : 1));
        return true;
      case 'space':
        if (current && current.enabled !== false) current.activate?.();
        return true;
      default:
        return false;
    }
  }

  protected drawFocus(): void {
    const current = this.focused();
    this.ring?.show(current ?? null);
    this.domFocus();
  }

  /** The DOM follows the canvas: rebuilt soon, and its focus moved to the focused control. */
  protected domFocus(): void {
    schedule();
    // After the rebuild, to wherever the focus is by then.
    setTimeout(() => followFocus(this.isOverlay ? 'overlay' : 'screen', this.session.get().focus), 0);
  }
}
