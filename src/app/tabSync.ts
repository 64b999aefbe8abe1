// Two tabs on one game would each write their own version of it into the same save slot, and
// whichever wrote last would silently win. So a tab announces the slot it plays ("claim"), and a
// tab that hears another claim its slot stops writing and asks the player what to do: take the
// game over here (which claims it back) or leave it to the other tab.

export const TAB_CHANNEL_NAME = 'flywheel:tabs';
const MAX_SLOT_CHARS = 200;

/** What the session asks before writing a save, and tells after. */
export interface SaveGuard {
  /** false while another tab has taken this tab's game */
  mayWrite(): boolean;
  /** this tab now plays the game saved under `slot` */
  claim(slot: string): void;
}

export interface TabMessage {
  type: 'claim';
  slot: string;
  tab: string;
}

/** A way to reach the other tabs of this site (a BroadcastChannel in the browser). */
export interface TabChannel {
  post(message: TabMessage): void;
  /** Calls `handler` with every message from another tab; returns a function that stops it. */
  listen(handler: (message: unknown) => void): () => void;
}

export interface TabSync extends SaveGuard {
  /** the slot another tab took from this one, or null */
  takenSlot(): string | null;
  /** the slot this tab holds, or null */
  heldSlot(): string | null;
  /** Another tab wrote `slot` (the storage event says so even without a channel). */
  otherWrote(slot: string): void;
  /** The player chose to go on here: writing is allowed again; the next claim announces it. */
  resume(): void;
  stop(): void;
}

/** Reads a message from another tab; anything not shaped like a claim is ignored. */
export function readTabMessage(data: unknown): TabMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, slot, tab } = data as Record<string, unknown>;
  if (type !== 'claim' || typeof slot !== 'string' || typeof tab !== 'string') return null;
  if (slot.length === 0 || slot.length > MAX_SLOT_CHARS || tab.length > MAX_SLOT_CHARS) return null;
  return { type, slot, tab };
}

export function createTabSync(channel: TabChannel | null, tabId: string, onTaken: (slot: string) => void): TabSync {
  let held: string | null = null;
  let taken: string | null = null;

  const lose = (slot: string) => {
    if (held !== slot) return;
    held = null;
    taken = slot;
    onTaken(slot);
  };
  const stopListening = channel?.listen((data) => {
    const message = readTabMessage(data);
    if (message && message.tab !== tabId) lose(message.slot);
  }) ?? (() => {});

  return {
    mayWrite: () => taken === null,
    claim(slot) {
      if (taken !== null || held === slot) return;
      held = slot;
      channel?.post({ type: 'claim', slot, tab: tabId });
    },
    takenSlot: () => taken,
    heldSlot: () => held,
    otherWrote: lose,
    resume() {
      taken = null;
    },
    stop: stopListening,
  };
}
