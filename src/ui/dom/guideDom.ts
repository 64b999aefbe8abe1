import type { GuideView } from '../widgets/GuideView';
import { h, table } from './h';

// How to play and the model for a screen reader: the page shown, its parts as headings and text,
// or the model's numbers as a table.

export function guideDom(heading: string, pageTitle: string, counter: string, shown: GuideView['shown']): Node[] {
  const body: Node[] = [];
  if (shown && 'page' in shown) {
    for (const item of shown.page.items) body.push(h('h3', null, item.head), h('p', null, item.body));
  } else if (shown) {
    body.push(table(pageTitle, ['Coefficient', 'Value', 'Set against'], shown.rows.map((r) => [r.name, r.value, r.note])));
  }
  return [h('h1', null, heading), h('section', { 'aria-label': pageTitle }, h('h2', null, pageTitle), h('p', null, counter), ...body)];
}
