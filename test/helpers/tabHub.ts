import type { TabChannel, TabMessage } from '../../src/app/tabSync';

/** Tabs of one browser in a test: every channel hears what the others post, as a BroadcastChannel would. */
export function tabHub(): { channel(): TabChannel; sent: TabMessage[] } {
  const listeners = new Set<{ from: object; handler: (m: unknown) => void }>();
  const sent: TabMessage[] = [];
  return {
    sent,
    channel() {
      const self = {};
      return {
        post(message) {
          sent.push(message);
          // A structured clone, as the browser delivers it: a copy, never the sender's object.
          const copy = JSON.parse(JSON.stringify(message)) as unknown;
          for (const l of listeners) if (l.from !== self) l.handler(copy);
        },
        listen(handler) {
          const entry = { from: self, handler };
          listeners.add(entry);
          return () => listeners.delete(entry);
        },
      };
    },
  };
}
