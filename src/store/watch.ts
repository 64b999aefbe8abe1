import type { StoreApi } from 'zustand/vanilla';

/**
 * Calls `onChange` whenever the selected slice changes (by `equal`, identity by default), and once
 * at once with the current value. Returns the unsubscribe function for the scene's shutdown.
 */
export function watch<S, T>(
  store: StoreApi<S>,
  select: (state: S) => T,
  onChange: (value: T, previous: T | undefined) => void,
  equal: (a: T, b: T) => boolean = Object.is,
): () => void {
  let current = select(store.getState());
  onChange(current, undefined);
  return store.subscribe((state) => {
    const next = select(state);
    if (equal(next, current)) return;
    const previous = current;
    current = next;
    onChange(next, previous);
  });
}
