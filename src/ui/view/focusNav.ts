// Keyboard focus over the controls of a screen: arrow keys move to the nearest control in that
// direction, Tab walks them in reading order.

export interface FocusItem {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** false for a control that is shown but cannot be used right now */
  enabled?: boolean;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

function centre(item: FocusItem): { x: number; y: number } {
  return { x: item.x + item.width / 2, y: item.y + item.height / 2 };
}

/** The nearest item whose centre lies in the direction, favouring ones straight ahead. */
export function moveFocus(items: readonly FocusItem[], currentId: string, direction: Direction): string {
  const current = items.find((i) => i.id === currentId);
  if (!current) return items[0]?.id ?? '';
  const from = centre(current);
  let best: FocusItem | null = null;
  let bestCost = Infinity;
  for (const item of items) {
    if (item.id === currentId) continue;
    const to = centre(item);
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 1) continue;
    const cost = along + across * 2;
    if (cost < bestCost) {
      bestCost = cost;
      best = item;
    }
  }
  return best ? best.id : currentId;
}

/** The next (or previous) item in the given order, wrapping around. */
export function cycleFocus(items: readonly FocusItem[], currentId: string, step: 1 | -1): string {
  if (items.length === 0) return '';
  const index = items.findIndex((i) => i.id === currentId);
  if (index < 0) return items[step > 0 ? 0 : items.length - 1]!.id;
  return items[(index + step + items.length) % items.length]!.id;
}
