import type { Effect } from './effects';
import type { YearView } from './year';

// The detail panel of the Year screen: what the focused control is, and its expected effect on
// every headline figure, this year and a few years on.

export interface EffectCell {
  text: string;
  direction: 'up' | 'down' | 'flat';
}

export interface EffectRow {
  label: string;
  cells: EffectCell[];
}

export interface Detail {
  title: string;
  body: string;
  rows?: EffectRow[];
  message?: string;
  /** what the choice does to the final score, if nothing else changes (and a gamble's range) */
  note?: string;
}

const signed = (x: number) => `${x >= 0 ? '+' : '\u2212'}${Math.abs(x).toFixed(1)}`;

/** "Final score +12.3 if nothing else changes", and for a gamble its range across worlds. */
export function scoreNote(effect: Effect | null | undefined): string | undefined {
  if (!effect) return undefined;
  const range = effect.gamble ? `; a gamble: ${signed(effect.gamble.low)} to ${signed(effect.gamble.high)}` : '';
  return `Final score ${signed(effect.score)} if nothing else changes${range}`;
}

const NONE = '\u00B7';

function cell(value: number, text: string): EffectCell {
  return { text, direction: text === NONE ? 'flat' : value > 0 ? 'up' : 'down' };
}

export function effectRows(effect: Effect | null | undefined, nowLabel = 'This year'): EffectRow[] | undefined {
  if (!effect) return undefined;
  return [
    { label: nowLabel, cells: effect.figures.map((f) => cell(f.now, f.nowText)) },
    { label: `By ${effect.horizonYear}`, cells: effect.figures.map((f) => cell(f.later, f.laterText)) },
  ];
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** A table of dots says nothing: say so in words instead. */
function withRows(detail: Detail, rows: EffectRow[] | undefined, horizonYear: number): Detail {
  if (!rows || rows.length === 0) return { ...detail, message: detail.message ?? 'No effect to show.' };
  const flat = rows.every((row) => row.cells.every((c) => c.direction === 'flat'));
  return flat ? { ...detail, message: `No headline figure would move, this year or by ${horizonYear}, if nothing else changes.` } : { ...detail, rows };
}

export function yearDetail(view: YearView, focus: string, planText: string): Detail {
  const horizonYear = view.plan?.horizonYear ?? view.year;
  const card = view.cards.find((c) => c.key === focus);
  if (card) {
    const state = card.status === 'done' ? lowerFirst(card.statusText) : card.status;
    const title = `${card.title} \u2014 ${state}`;
    if (card.status === 'locked') return { title, body: card.detail, message: `Not possible this year: ${lowerFirst(card.statusText)}.` };
    if (card.status === 'done') return { title, body: card.detail, message: `${card.statusText}. Its effects carry on in the figures.` };
    const effect = view.moveEffects.get(card.key);
    return withRows({ title, body: card.detail, note: scoreNote(effect) }, effectRows(effect), horizonYear);
  }
  const lever = view.levers.find((l) => l.kind === focus);
  if (lever) {
    const effects = view.leverEffects.get(lever.kind);
    const rows: EffectRow[] = [];
    const scores: string[] = [];
    for (const option of lever.levels) {
      if (option.selected) continue;
      const effect = effects?.get(option.level);
      if (!effect) continue;
      rows.push({ label: `${option.label}, by ${effect.horizonYear}`, cells: effect.figures.map((f) => cell(f.later, f.laterText)) });
      scores.push(`${option.label.toLowerCase()} ${signed(effect.score)}`);
    }
    const current = lever.levels.find((l) => l.selected)?.label ?? '';
    const note = scores.length ? `Final score: ${scores.join(', ')}` : undefined;
    return withRows({ title: `${lever.title}: ${current.toLowerCase()} (${lever.carried ? 'as last year' : 'changed this year'})`, body: lever.detail, note }, rows, horizonYear);
  }
  if (focus === 'priceCount' || focus === 'priceDepth') {
    const price = view.price;
    if (!price.available) return { title: price.title, body: price.detail, message: `Not possible yet: ${lowerFirst(price.reason)}.` };
    const title = view.priceEffect ? `${price.title}: ${view.priceEffect.label}` : price.title;
    return withRows({ title, body: price.detail, note: scoreNote(view.priceEffect?.effect) }, effectRows(view.priceEffect?.effect), horizonYear);
  }
  if (focus === 'outage' || focus.startsWith('outage:')) {
    const outage = view.outage;
    const plan = focus.startsWith('outage:') ? focus.slice('outage:'.length) : outage.plan;
    const option = outage.options.find((o) => o.plan === plan);
    if (!option) return { title: outage.title, body: outage.detail, message: 'Choose an answer to see its expected effect.' };
    const effect = view.outageEffects.get(option.plan);
    return withRows({ title: `${outage.title}: ${option.label.toLowerCase()}`, body: option.detail, note: scoreNote(effect) }, effectRows(effect), horizonYear);
  }
  if (focus === 'hint') {
    return { title: 'What happened?', body: 'See what the real company did in this year, and why. The choice stays yours.', message: 'Press H or click the button.' };
  }
  const detail = { title: `End ${view.year}`, body: `${planText} Dials left alone stay as they were.` };
  if (view.pickedCount === 0) return { ...detail, message: 'Press Enter or click to play the year. The annual report follows.' };
  return withRows({ ...detail, note: scoreNote(view.plan) }, effectRows(view.plan), horizonYear);
}
