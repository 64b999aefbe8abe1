import type { Level, OutagePlan } from '../../engine';
import type { GameSession } from '../../store/session';
import type { CardKey, LeverKind } from '../../store/selection';
import { figureHistory, figureValue, HEADLINES } from '../view/figures';
import { divergenceLine, ghostRows, historyGhost } from '../view/ghost';
import type { YearView } from '../view/year';
import { button, h, section, table } from './h';
import { effectTable, seriesTable } from './tables';

// The Year screen for a screen reader: the year and score, the news, the figures (and their history
// as a table), every move as a toggle with its state and projection, the dials, the price cuts, the
// outage's answers and the button that ends the year. Each button calls what the canvas calls.

export interface YearActions {
  toggleMove(key: CardKey): void;
  pickLever(kind: LeverKind, level: Level): void;
  stepCount(step: 1 | -1): void;
  stepDepth(step: 1 | -1): void;
  pickOutage(plan: OutagePlan): void;
  /** the outage's question is open on the canvas, over the year */
  outageOpen: boolean;
  closeOutage(): void;
  toggleHint(): void;
  hintOpen: boolean;
  hintsAllowed: boolean;
  endYear(): void;
  help(): void;
  menu(): void;
}

function moves(view: YearView, act: YearActions): HTMLElement {
  const items = view.cards.map((card) => {
    const usable = card.status === 'open' || card.status === 'picked';
    const reason = card.status === 'locked' ? card.statusText : card.status === 'done' ? `${card.statusText}; its effects carry on` : null;
    const effect = usable ? view.moveEffects.get(card.key) : null;
    return h('li', null,
      h('h3', null, card.title),
      button({
        control: card.key, label: card.title, pressed: card.status === 'picked', disabledReason: reason,
        description: usable ? `${card.statusText}. Key ${card.hotkey}.` : undefined,
        onActivate: () => act.toggleMove(card.key),
      }),
      h('p', null, card.detail),
      usable ? effectTable(`What ${card.title} does`, effect) : null);
  });
  return section('moves', 2, 'Moves this year',
    h('p', null, `Each move shows what it does by ${view.plan?.horizonYear ?? view.year} if nothing else changes.`),
    h('ul', null, items));
}

function dials(view: YearView, act: YearActions): HTMLElement {
  const levers = view.levers.map((lever) => {
    const effects = view.leverEffects.get(lever.kind);
    return h('div', { role: 'group', 'aria-label': lever.title },
      h('h3', null, `${lever.title}: ${lever.levels.find((l) => l.selected)?.label ?? ''} (${lever.carried ? 'as last year' : 'changed this year'})`),
      h('p', null, lever.detail),
      lever.levels.map((option) => button({
        control: lever.kind, key: `${lever.kind}:${option.level}`, label: option.label, pressed: option.selected,
        onActivate: () => act.pickLever(lever.kind, option.level),
      })),
      lever.levels.filter((o) => !o.selected).map((o) => effectTable(`${lever.title} ${o.label.toLowerCase()}`, effects?.get(o.level))));
  });
  const price = view.price;
  const reason = price.available ? null : price.reason;
  const cuts = h('div', { role: 'group', 'aria-label': price.title },
    h('h3', null, `${price.title}: ${price.countText}, ${price.depthText}`),
    h('p', null, price.detail),
    h('p', null, price.available ? 'Kept from year to year.' : `Locked: ${price.reason}`),
    button({ control: 'priceCount', key: 'priceCount:less', label: 'One cut fewer', disabledReason: reason ?? (price.canRemoveCut ? null : 'no cut to remove'), onActivate: () => act.stepCount(-1) }),
    button({ control: 'priceCount', key: 'priceCount:more', label: 'One cut more', disabledReason: reason ?? (price.canAddCut ? null : 'the most cuts a year'), onActivate: () => act.stepCount(1) }),
    button({ control: 'priceDepth', key: 'priceDepth:less', label: 'Shallower cuts', disabledReason: reason ?? (price.count > 0 && price.canSoften ? null : 'nothing to soften'), onActivate: () => act.stepDepth(-1) }),
    button({ control: 'priceDepth', key: 'priceDepth:more', label: 'Deeper cuts', disabledReason: reason ?? (price.count > 0 && price.canDeepen ? null : price.count === 0 ? 'add a cut first' : 'the deepest cut'), onActivate: () => act.stepDepth(1) }),
    view.priceEffect ? effectTable(`${price.title}: ${view.priceEffect.label}`, view.priceEffect.effect) : null);
  return section('dials', 2, 'Dials', levers, cuts);
}

function outage(view: YearView, act: YearActions): HTMLElement | null {
  const o = view.outage;
  if (!o.available) return null;
  return section('outage', 2, o.title,
    h('p', null, o.detail),
    h('div', { role: 'group', 'aria-label': 'Answer the outage' },
      o.options.map((option) => h('div', null,
        button({ control: act.outageOpen ? `outage:${option.plan}` : 'outage', key: `outage:${option.plan}`, label: option.label, pressed: option.selected, description: option.detail, onActivate: () => act.pickOutage(option.plan) }),
        effectTable(`Answer: ${option.label}`, view.outageEffects.get(option.plan))))));
}

function figures(view: YearView, game: GameSession): HTMLElement {
  const ghost = game.rules.history ? historyGhost(game.scenario, game.seed) : null;
  const history = figureHistory(game.start.last!, game.reports);
  const ghosts = ghost ? ghostRows(ghost, game.start.last!, HEADLINES.map((x) => x.key), game.reports.length + 1) : null;
  const rows = view.rows.map((row, i) => [row.label, row.value, row.direction === 'up' ? `up ${row.change}` : row.direction === 'down' ? `down ${row.change}` : row.change, ...(ghosts ? [ghosts[i]?.text ?? '\u2014'] : [])]);
  return section('figures', 2, 'Figures',
    table('Headline figures this year', ['Figure', 'Value', 'Change', ...(ghosts ? ['History, same world'] : [])], rows),
    seriesTable('Headline figures by year', history.map((f) => f.year), HEADLINES.map((x) => ({ label: x.label, unit: x.unit, values: history.map((f) => figureValue(f, x.key)) }))),
    ghost ? h('p', null, divergenceLine(game.scenario, game.decisions, game.state.year - 1)) : null);
}

export function yearDom(view: YearView, game: GameSession, act: YearActions): Node[] {
  // While the canvas asks about the outage, that question is the whole screen here too.
  if (act.outageOpen && view.outage.available) {
    return [
      h('h1', null, `${view.title}: ${view.outage.title}`),
      outage(view, act),
      button({ control: 'outage', key: 'outage:later', label: 'Decide later', description: 'saying nothing reads as saying little', onActivate: act.closeOutage }),
    ].filter((node): node is HTMLElement => node !== null);
  }
  const hint = act.hintOpen && view.hint ? h('div', { role: 'region', 'aria-label': 'What happened' }, h('p', null, `${view.hint.year}: ${view.hint.did}`), h('p', null, view.hint.why)) : null;
  const picked = view.pickedCount;
  return [
    h('h1', null, `${view.title}: ${view.progress}`),
    h('p', null, view.scoreText),
    section('news', 2, 'News', h('p', null, view.news),
      act.hintsAllowed ? button({ control: 'hint', label: 'What happened?', expanded: act.hintOpen, description: 'What the real company did this year', onActivate: act.toggleHint }) : null,
      hint),
    outage(view, act),
    moves(view, act),
    dials(view, act),
    section('end', 2, 'End the year',
      button({ control: 'end', label: `End the year ${view.year}`, description: picked === 0 ? 'no new moves' : `${picked} choice${picked > 1 ? 's' : ''} made`, onActivate: act.endYear }),
      picked > 0 ? effectTable('Your choices together', view.plan) : null),
    figures(view, game),
    h('nav', { 'aria-label': 'Game' },
      button({ control: 'help', label: 'How to play', onActivate: act.help }),
      button({ control: 'menu', label: 'Menu', onActivate: act.menu })),
  ].filter((node): node is HTMLElement => node !== null);
}

/** What is said when a year opens. */
export function yearNews(view: YearView): string {
  return `${view.title}, ${view.progress}. ${view.news}${view.outage.available ? ' An outage needs an answer.' : ''}`;
}
