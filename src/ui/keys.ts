// Two scenes can be listening when the menu is open over a year. The first to handle a key press
// claims it, so one press never acts twice.

const claimed = new WeakSet<KeyboardEvent>();

export function claim(event: KeyboardEvent): boolean {
  if (claimed.has(event)) return false;
  claimed.add(event);
  return true;
}

export type KeyName = 'left' | 'right' | 'up' | 'down' | 'tab' | 'enter' | 'space' | 'escape' | 'backspace' | string;

/** A layout-independent name for the key pressed. */
export function keyName(event: KeyboardEvent): KeyName {
  switch (event.key) {
    case 'ArrowLeft': return 'left';
    case 'ArrowRight': return 'right';
    case 'ArrowUp': return 'up';
    case 'ArrowDown': return 'down';
    case 'Tab': return 'tab';
    case 'Enter': return 'enter';
    case ' ': case 'Spacebar': return 'space';
    case 'Escape': case 'Esc': return 'escape';
    case 'Backspace': return 'backspace';
    default: return event.key.length === 1 ? event.key.toLowerCase() : event.key;
  }
}
