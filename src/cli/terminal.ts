// Text from files and codes goes to a terminal only with its control characters made visible:
// an escape sequence in a team name must not clear the screen or draw a row of its own.

// C0 and C1 controls, DEL, and the format characters that reorder or hide text (bidi controls,
// zero-width marks, line and paragraph separators).
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

function visible(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Several lines for a terminal: newlines and tabs kept, every other control shown as \uXXXX. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** One line for a terminal: newlines too are shown as \uXXXX, so a message stays one line. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, visible);
}

/** JSON for a terminal: JSON.stringify leaves DEL, C1 controls and bidi marks raw; escape them too. */
export function terminalJson(value: unknown): string {
  return terminalText(JSON.stringify(value, null, 2));
}
