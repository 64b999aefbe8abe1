// The few storage calls the saves need, so saves work the same on localStorage, in Node tests
// and in a browser that refuses storage (private windows, full quota).

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An in-memory storage for tests and for browsers without localStorage. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { dump(): Record<string, string> } {
  const data = new Map<string, string>(Object.entries(initial));
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => { data.set(key, String(value)); },
    removeItem: (key) => { data.delete(key); },
    dump: () => Object.fromEntries(data),
  };
}

export type StorageStatus = 'ok' | 'full' | 'disabled';

export interface OpenedStorage {
  storage: KeyValueStorage;
  /** ok; full (what is saved can be read, nothing new can be written); disabled (nothing is kept) */
  status: StorageStatus;
}

/**
 * The browser's storage and whether it keeps saves. A full storage is still used, so the save
 * already in it can be continued; a disabled one is replaced by memory, which a reload forgets.
 */
export function openStorage(local: () => KeyValueStorage | null | undefined = () => globalThis.localStorage): OpenedStorage {
  let storage: KeyValueStorage;
  try {
    const found = local();
    if (!found) return { storage: memoryStorage(), status: 'disabled' };
    storage = found;
    storage.getItem('flywheel:probe');
  } catch {
    return { storage: memoryStorage(), status: 'disabled' };
  }
  try {
    const probe = 'flywheel:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { storage, status: 'ok' };
  } catch {
    return { storage, status: 'full' };
  }
}

/** What the player is told at load when saves will not be kept; null when all is well. */
export function storageWarning(status: StorageStatus): string | null {
  switch (status) {
    case 'full':
      return 'This browser\u2019s storage is full, so your progress cannot be saved as you play. A game saved earlier can still be continued. Keep a game as a file with Export (E here, or in the menu).';
    case 'disabled':
      return 'This browser does not let Flywheel keep a save (storage is turned off), so a reload loses the game. Keep a game as a file with Export in the menu (Esc) while you play.';
    default:
      return null;
  }
}
