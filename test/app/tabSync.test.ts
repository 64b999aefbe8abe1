import { describe, expect, it } from 'vitest';
import { createTabSync, readTabMessage } from '../../src/app/tabSync';
import { tabHub } from '../helpers/tabHub';

describe('tab sync', () => {
  it('a tab that hears another claim its slot stops writing and is told which slot', () => {
    const hub = tabHub();
    const takenA: string[] = [];
    const a = createTabSync(hub.channel(), 'A', (slot) => takenA.push(slot));
    const b = createTabSync(hub.channel(), 'B', () => {});
    a.claim('flywheel:autosave');
    expect(a.heldSlot()).toBe('flywheel:autosave');
    b.claim('flywheel:autosave');
    expect(takenA).toEqual(['flywheel:autosave']);
    expect(a.mayWrite()).toBe(false);
    expect(a.takenSlot()).toBe('flywheel:autosave');
    expect(b.mayWrite()).toBe(true);
  });

  it('announces a slot once, and again only after losing it; a claim for another slot leaves a tab alone', () => {
    const hub = tabHub();
    const takenA: string[] = [];
    const a = createTabSync(hub.channel(), 'A', (slot) => takenA.push(slot));
    const b = createTabSync(hub.channel(), 'B', () => {});
    a.claim('slot-1');
    a.claim('slot-1');
    expect(hub.sent).toHaveLength(1);
    b.claim('slot-2');
    expect(takenA).toEqual([]);
    b.claim('slot-1');
    expect(takenA).toEqual(['slot-1']);
    // Taking over: writing is allowed again and the next claim is announced, which stops the other tab.
    a.resume();
    expect(a.mayWrite()).toBe(true);
    a.claim('slot-1');
    expect(hub.sent.at(-1)).toEqual({ type: 'claim', slot: 'slot-1', tab: 'A' });
    expect(b.mayWrite()).toBe(false);
  });

  it('a write seen through the storage event takes the slot as a claim does, and only the held slot', () => {
    const taken: string[] = [];
    const a = createTabSync(null, 'A', (slot) => taken.push(slot));
    a.claim('flywheel:autosave');
    a.otherWrote('flywheel:competition:x');
    expect(taken).toEqual([]);
    a.otherWrote('flywheel:autosave');
    expect(taken).toEqual(['flywheel:autosave']);
    expect(a.mayWrite()).toBe(false);
  });

  it('ignores its own messages and anything not shaped like a claim', () => {
    const taken: string[] = [];
    let deliver: (m: unknown) => void = () => {};
    const a = createTabSync({ post: () => {}, listen: (h) => { deliver = h; return () => {}; } }, 'A', (slot) => taken.push(slot));
    a.claim('s');
    for (const junk of [null, 7, 'claim', { type: 'claim', slot: 5, tab: 'B' }, { type: 'hello', slot: 's', tab: 'B' }, { type: 'claim', slot: 's'.repeat(500), tab: 'B' }, { type: 'claim', slot: 's', tab: 'A' }]) deliver(junk);
    expect(taken).toEqual([]);
    deliver({ type: 'claim', slot: 's', tab: 'B' });
    expect(taken).toEqual(['s']);
    expect(readTabMessage({ type: 'claim', slot: '', tab: 'B' })).toBeNull();
  });

  it('stops listening when stopped', () => {
    const hub = tabHub();
    const taken: string[] = [];
    const a = createTabSync(hub.channel(), 'A', (slot) => taken.push(slot));
    const b = createTabSync(hub.channel(), 'B', () => {});
    a.claim('s');
    a.stop();
    b.claim('s');
    expect(taken).toEqual([]);
  });
});
