import { describe, expect, it } from 'vitest';
import { memoryStorage, openStorage, storageWarning, type KeyValueStorage } from '../../src/app/storage';

function full(initial: Record<string, string>): KeyValueStorage {
  const inner = memoryStorage(initial);
  return { ...inner, setItem: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } };
}

describe('opening the browser storage', () => {
  it('uses a storage that reads and writes', () => {
    const storage = memoryStorage();
    const opened = openStorage(() => storage);
    expect(opened.status).toBe('ok');
    expect(opened.storage).toBe(storage);
    expect(storage.dump()).toEqual({});
    expect(storageWarning('ok')).toBeNull();
  });

  it('keeps a full storage, so the save already in it can still be read', () => {
    const opened = openStorage(() => full({ 'flywheel:autosave': '{"a":1}' }));
    expect(opened.status).toBe('full');
    expect(opened.storage.getItem('flywheel:autosave')).toBe('{"a":1}');
    expect(storageWarning('full')).toMatch(/storage is full.*can still be continued.*Export/);
  });

  it('falls back to memory when storage is turned off or missing, and says so', () => {
    const denied = openStorage(() => { throw new DOMException('Access is denied.', 'SecurityError'); });
    expect(denied.status).toBe('disabled');
    denied.storage.setItem('k', 'v');
    expect(denied.storage.getItem('k')).toBe('v');
    expect(openStorage(() => null).status).toBe('disabled');
    const locked: KeyValueStorage = { getItem: () => { throw new Error('locked'); }, setItem: () => {}, removeItem: () => {} };
    expect(openStorage(() => locked).status).toBe('disabled');
    expect(storageWarning('disabled')).toMatch(/does not let Flywheel keep a save/);
  });
});
