import { TAB_CHANNEL_NAME, type TabChannel, type TabSync } from '../app/tabSync';

// The browser's ways for tabs of one site to hear each other: a BroadcastChannel for claims, and
// the storage event, which tells a tab when another one wrote a key (also where there is no channel).

export function browserTabChannel(): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  try {
    const channel = new BroadcastChannel(TAB_CHANNEL_NAME);
    return {
      post: (message) => channel.postMessage(message),
      listen(handler) {
        const onMessage = (event: MessageEvent) => handler(event.data);
        channel.addEventListener('message', onMessage);
        return () => channel.removeEventListener('message', onMessage);
      },
    };
  } catch {
    return null;
  }
}

/** Another tab writing (or moving) the slot this tab holds takes it, as a claim would. */
export function listenForOtherWrites(sync: Pick<TabSync, 'otherWrote'>): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null) sync.otherWrote(event.key);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** A name for this tab, different from every other tab's. */
export function newTabId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `tab-${Date.now()}-${Math.random()}`;
}
