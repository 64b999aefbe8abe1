import { rootClass } from './textView';

// The parallel DOM's place in the page: one visually hidden region for the screen and one for an
// overlay (the menu), each rebuilt from what its scene shows. Keys pressed in it stay in it, so a
// button works as a button and never also triggers the canvas's own keys (Enter ending the year).

export interface DomHost {
  /** the scene's key, for the region's name */
  name: string;
  render(): Node[];
  /** the DOM focused the element that stands for this canvas control */
  focusControl(id: string): void;
}

type Slot = 'screen' | 'overlay';

/** Keys the DOM's own controls use; the canvas must not see them too. */
const NATIVE_KEYS = new Set(['Enter', ' ', 'Spacebar', 'Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

let root: HTMLElement | null = null;
let moving = false;

/** Focuses an element of the page's own accord: the canvas is not told, it already knows. */
function place(element: HTMLElement | null | undefined): void {
  if (!element) return;
  moving = true;
  try { element.focus({ preventScroll: true }); } finally { moving = false; }
}
const slots = new Map<Slot, { element: HTMLElement; host: DomHost | null; html: string }>();

function ensureRoot(): HTMLElement {
  if (root) return root;
  // One main landmark holds the screen and, over it, the menu's dialog.
  root = document.createElement('main');
  root.id = 'flywheel-a11y';
  root.className = rootClass();
  const screen = document.createElement('div');
  screen.id = 'flywheel-screen';
  const overlay = document.createElement('div');
  overlay.id = 'flywheel-overlay';
  overlay.setAttribute('role', 'dialog');
  overlay.setAttribute('aria-modal', 'true');
  overlay.setAttribute('aria-label', 'Menu');
  overlay.hidden = true;
  root.append(screen, overlay);
  slots.set('screen', { element: screen, host: null, html: '' });
  slots.set('overlay', { element: overlay, host: null, html: '' });
  const keep = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.dataset?.typing !== undefined) {
      // A text box passes its keys on to the canvas's own field (Tab still moves on).
      if (event.key === 'Tab') event.stopPropagation();
      return;
    }
    if (NATIVE_KEYS.has(event.key)) event.stopPropagation();
  };
  root.addEventListener('keydown', keep);
  // The box then shows what the field holds, so it does not also insert the keys itself.
  root.addEventListener('beforeinput', (event) => {
    if ((event.target as HTMLElement).dataset?.typing !== undefined) event.preventDefault();
  });
  root.addEventListener('keyup', keep);
  root.addEventListener('focusin', (event) => {
    // Focus the page moved itself (a rebuild, or following the canvas) is not the reader's move.
    if (moving) return;
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-control]');
    const slot = [...slots.values()].find((s) => s.element.contains(target));
    const id = target?.dataset.control;
    if (id && slot?.host) slot.host.focusControl(id);
  });
  document.body.prepend(root);
  return root;
}

/** A reader whose screen was replaced (the year ended, say) lands on the new screen's heading. */
let landOnHeading = false;

export function attach(slot: Slot, host: DomHost): void {
  ensureRoot();
  const entry = slots.get(slot)!;
  entry.host = host;
  entry.html = '';
  rebuild(slot);
  if (slot === 'screen' && landOnHeading) {
    landOnHeading = false;
    place(entry.element.querySelector<HTMLElement>('h1'));
  }
}

export function detach(slot: Slot, host: DomHost): void {
  const entry = slots.get(slot);
  if (!entry || entry.host !== host) return;
  const active = document.activeElement;
  if (slot === 'screen' && active && entry.element.contains(active)) landOnHeading = true;
  entry.host = null;
  entry.html = '';
  entry.element.replaceChildren();
  if (slot === 'overlay') showOverlay(false);
}

let keyBeforeOverlay: string | undefined;

function showOverlay(open: boolean): void {
  const overlay = slots.get('overlay')!.element;
  const screen = slots.get('screen')!.element;
  if (overlay.hidden === !open) return;
  const active = document.activeElement as HTMLElement | null;
  const inLayer = Boolean(active && root?.contains(active));
  overlay.hidden = !open;
  // Under an open menu the screen cannot be used, on the canvas or here.
  screen.inert = open;
  // A reader in the page follows the menu in, and back to where it was when the menu closes.
  if (open && inLayer) {
    keyBeforeOverlay = active!.dataset.key ?? '';
    setTimeout(() => place(overlay.querySelector<HTMLElement>('button')), 0);
  } else if (!open && keyBeforeOverlay !== undefined) {
    const key = keyBeforeOverlay;
    keyBeforeOverlay = undefined;
    // After the screen's next rebuild, which may follow the menu's choice (a new screen).
    setTimeout(() => place(screen.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) ?? screen.querySelector<HTMLElement>('button')), 50);
  }
}

/** Rebuilds a region from its scene; the page changes only where the content did. */
export function rebuild(slot: Slot): void {
  const entry = slots.get(slot);
  if (!entry?.host) return;
  const fresh = document.createElement('div');
  fresh.append(...entry.host.render());
  // The screen's title can take the focus (a reader lands there when the screen changes).
  const title = fresh.querySelector('h1');
  if (title) { title.tabIndex = -1; title.dataset.key = 'screen-title'; }
  const html = fresh.innerHTML;
  if (slot === 'overlay') showOverlay(true);
  if (html === entry.html) return;
  entry.html = html;
  const active = document.activeElement as HTMLElement | null;
  const key = active && entry.element.contains(active) ? active.dataset.key : undefined;
  entry.element.replaceChildren(...fresh.childNodes);
  if (key) place(entry.element.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`));
}

let pending = false;

/** Rebuilds every region soon, once, after the canvas has drawn what changed. */
export function schedule(): void {
  if (pending) return;
  pending = true;
  setTimeout(() => {
    pending = false;
    rebuild('screen');
    rebuild('overlay');
  }, 0);
}

/** When the canvas moves its focus and the reader is in the DOM, the DOM's focus follows. */
export function followFocus(slot: Slot, id: string): void {
  const entry = slots.get(slot);
  const active = document.activeElement as HTMLElement | null;
  if (!entry || !active || !entry.element.contains(active) || active.dataset.control === id) return;
  place(entry.element.querySelector<HTMLElement>(`[data-control="${CSS.escape(id)}"]`));
}
