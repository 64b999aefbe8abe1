// A small XML reader for the tests: elements with their attributes and children, text content, and
// a refusal of anything that is not well formed (unclosed, crossed or stray tags, bad attributes).

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => ENTITIES[name]!);
}

export function parseXml(source: string): XmlElement {
  const body = source.replace(/^\uFEFF?<\?xml[^?]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(body)) !== null) {
    const [, closing, name, attrs, selfClosing, text, stray] = match;
    const top = stack[stack.length - 1]!;
    if (stray) throw new Error(`not well formed near "${body.slice(match.index, match.index + 40)}"`);
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`a bare & in "${text.trim().slice(0, 40)}"`);
      top.text += unescape(text);
      continue;
    }
    if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of (attrs ?? '').matchAll(/([A-Za-z_][\w:.-]*)\s*=\s*"([^"]*)"/g)) {
      if (a[1]! in attributes) throw new Error(`attribute ${a[1]} twice on <${name}>`);
      attributes[a[1]!] = unescape(a[2]!);
    }
    const element: XmlElement = { name: name!, attributes, children: [], text: '' };
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  const elements = root.children;
  if (elements.length !== 1 || root.text.trim() !== '') throw new Error('an XML document has exactly one root element');
  return elements[0]!;
}

/** The children named `name` (a path "a/b" goes down level by level). */
export function childrenAt(element: XmlElement, path: string): XmlElement[] {
  let level = [element];
  for (const step of path.split('/')) level = level.flatMap((e) => e.children.filter((c) => c.name === step));
  return level;
}

export function only(element: XmlElement, path: string): XmlElement {
  const found = childrenAt(element, path);
  if (found.length !== 1) throw new Error(`expected one <${path}> in <${element.name}>, found ${found.length}`);
  return found[0]!;
}
