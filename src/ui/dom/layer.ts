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
const slots = new Map<Slot, { element: HTMLElement; host: DomHost | null; html: string }>();

function ensureRoot(): HTMLElement {
  if (root) return root;
  // One main landmark holds the screen and, over it, the menu's dialog.
  root = document.createElement('main');
  root.id = 'flywheel-a11y';
  root.className = 'visually-hidden';
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
  const keep = (event: KeyboardEvent) => { if (NATIVE_KEYS.has(event.key)) event.stopPropagation(); };
  root.addEventListener('keydown', keep);
  root.addEventListener('keyup', keep);
  root.addEventListener('focusin', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-control]');
    const slot = [...slots.values()].find((s) => s.element.contains(target));
    const id = target?.dataset.control;
    if (id && slot?.host) slot.host.focusControl(id);
  });
  document.body.prepend(root);
  return root;
}

export function attach(slot: Slot, host: DomHost): void {
  ensureRoot();
  const entry = slots.get(slot)!;
  entry.host = host;
  entry.html = '';
  rebuild(slot);
}

export function detach(slot: Slot, host: DomHost): void {
  const entry = slots.get(slot);
  if (!entry || entry.host !== host) return;
  entry.host = null;
  entry.html = '';
  entry.element.replaceChildren();
  if (slot === 'overlay') showOverlay(false);
}

function showOverlay(open: boolean): void {
  const overlay = slots.get('overlay')!.element;
  const screen = slots.get('screen')!.element;
  overlay.hidden = !open;
  // Under an open menu the screen cannot be used, on the canvas or here.
  screen.inert = open;
}

/** Rebuilds a region from its scene; the page changes only where the content did. */
export function rebuild(slot: Slot): void {
  const entry = slots.get(slot);
  if (!entry?.host) return;
  const fresh = document.createElement('div');
  fresh.append(...entry.host.render());
  const html = fresh.innerHTML;
  if (slot === 'overlay') showOverlay(true);
  if (html === entry.html) return;
  entry.html = html;
  const active = document.activeElement as HTMLElement | null;
  const key = active && entry.element.contains(active) ? active.dataset.key : undefined;
  entry.element.replaceChildren(...fresh.childNodes);
  if (key) entry.element.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus({ preventScroll: true });
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
  entry.element.querySelector<HTMLElement>(`[data-control="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
}
