// The parallel page shown instead of hidden: the game as text and buttons at the phone's own text
// size, for a phone held upright (or anyone who prefers it). It is the same page a screen reader
// reads, so every screen and control is there; the canvas keeps running underneath.

const ROOT_ID = 'flywheel-a11y';
let on = false;
const listeners = new Set<(on: boolean) => void>();

export function textViewOn(): boolean {
  return on;
}

export function onTextView(listener: (on: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the parallel page as the game's face, or hides it again for the canvas. */
export function setTextView(next: boolean, doc: Document = document): void {
  on = next;
  const root = doc.getElementById(ROOT_ID);
  if (root) root.className = next ? 'text-view' : 'visually-hidden';
  doc.body.classList.toggle('text-view-on', next);
  for (const listener of listeners) listener(next);
}

/** The class the parallel page's root takes when it is made. */
export function rootClass(): string {
  return on ? 'text-view' : 'visually-hidden';
}
