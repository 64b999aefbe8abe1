// A small builder for the parallel DOM: elements from a tag, attributes and children. Text is
// always set as text, never parsed as HTML.

export type Child = Node | string | number | null | undefined | false | readonly Child[];

export interface Props {
  [attribute: string]: string | number | boolean | null | undefined | ((event: Event) => void);
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child as readonly Child[]);
    else parent.appendChild(typeof child === 'object' ? child as Node : document.createTextNode(String(child)));
  }
}

/** A table with a caption, one header row, and a header cell starting each body row. */
export function table(caption: string, headers: readonly string[], rows: readonly (readonly string[])[]): HTMLTableElement {
  return h('table', null,
    h('caption', null, caption),
    h('thead', null, h('tr', null, headers.map((head) => h('th', { scope: 'col' }, head)))),
    h('tbody', null, rows.map((row) => h('tr', null, row.map((cell, i) => i === 0 ? h('th', { scope: 'row' }, cell) : h('td', null, cell))))),
  );
}

/** A section named by its heading. */
export function section(id: string, level: 2 | 3, title: string, ...children: Child[]): HTMLElement {
  const headingId = `a11y-${id}`;
  return h('section', { 'aria-labelledby': headingId }, h(level === 2 ? 'h2' : 'h3', { id: headingId }, title), ...children);
}

export interface ButtonSpec {
  /** the canvas control it stands for, so focus follows between them */
  control?: string;
  /** what keeps the element's focus across a re-render; defaults to the control */
  key?: string;
  label: string;
  /** why it cannot be used now; the button stays focusable and says so */
  disabledReason?: string | null;
  disabled?: boolean;
  pressed?: boolean;
  expanded?: boolean;
  description?: string;
  onActivate: () => void;
}

/** A real button; a disabled one keeps its focus and tells why (aria-disabled, not disabled). */
export function button(spec: ButtonSpec): HTMLElement {
  const disabled = spec.disabled === true || Boolean(spec.disabledReason);
  const note = spec.disabledReason ?? spec.description;
  const noteId = note ? `a11y-note-${(spec.key ?? spec.control ?? spec.label).replace(/[^A-Za-z0-9_-]/g, '_')}` : undefined;
  const element = h('button', {
    type: 'button',
    'data-control': spec.control,
    'data-key': spec.key ?? spec.control ?? spec.label,
    'aria-disabled': disabled ? 'true' : null,
    'aria-pressed': spec.pressed === undefined ? null : String(spec.pressed),
    'aria-expanded': spec.expanded === undefined ? null : String(spec.expanded),
    'aria-describedby': noteId,
    onclick: () => { if (!disabled) spec.onActivate(); },
  }, spec.label);
  if (!noteId) return element;
  const span = h('span', { id: noteId }, spec.disabledReason ? `Not available: ${spec.disabledReason}` : note);
  return h('span', { class: 'a11y-control' }, element, ' ', span);
}
