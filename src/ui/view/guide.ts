import { coefficientTable } from '../../engine';
import { HEADLINES } from './figures';

// The text of How to play and The model, as pages of headed paragraphs.

export interface GuidePage {
  title: string;
  items: { head: string; body: string }[];
}

export const HOW_TO_PLAY: readonly GuidePage[] = [
  {
    title: 'The idea',
    items: [
      { head: 'Twenty-one turns', body: 'It is January 2000 and you run Amazon, one turn a year until 2020. You decide how to rebuild the store\u2019s software, whether to let in outside sellers and developers, when to sell computing to everyone, how hard to cut prices and where to spend.' },
      { head: 'The score', body: 'Out of 1000, in five parts of 200. Growth, profit, cloud leadership and trust are earned year by year, each year weighing the same. The fifth is shareholder value: what a share is worth at the end against the stock market, with debt taken off. Borrowed growth and a diluted share count against you.' },
      { head: 'The world', body: 'The seed fixes the world: the markets, the shocks and the luck are the same whatever you choose, so two runs on one seed can be compared fairly. The default seed is the one the real company\u2019s path is measured against.' },
    ],
  },
  {
    title: 'A year',
    items: [
      { head: '1. Read the dashboard', body: 'Eight headline figures on the left, each with last year\u2019s change and its trend so far. The line at the top says what is going on in the world.' },
      { head: '2. Pick your moves', body: 'Each card is a move made once. Open cards can be picked, locked cards say what they are waiting for, and done cards say when they were made.' },
      { head: '3. Set the dials', body: 'Data centres, retail spending and price cuts stay where you leave them from year to year. Depth moves 1% a press up to 10%, then 5%.' },
      { head: '4. Look before you leap', body: 'Each card shows what it does to the final score and a headline figure by the last year, if nothing else changes (\u25B2 better, \u25BC worse): the game plays on with and without it, and that is what will happen. A gamble (JEDI, a launch before the APIs are done) also gives its range across worlds. Focus a card or dial for the whole table.' },
      { head: '5. End the year', body: 'The annual report then splits every change into its causes, in numbers.' },
    ],
  },
  {
    title: 'The figures',
    items: HEADLINES.map((h) => ({ head: h.label, body: h.meaning })),
  },
  {
    title: 'Keys, mouse and touch',
    items: [
      { head: '1\u20139, 0, \u2212, =', body: 'Pick or drop the move with that key. Compute (EC2): press again to hand it to the core team, a third time to drop it.' },
      { head: 'D and R', body: 'Step data-centre building or retail spending through lean, steady and bold.' },
      { head: 'Arrows, Tab, Space', body: 'Arrows and Tab move the yellow focus ring; Space uses the focused control; \u2190 and \u2192 change a focused dial or price cut.' },
      { head: 'Enter', body: 'End the year. On a report, carry on to the next year.' },
      { head: 'H, O, Esc and ?', body: 'H shows what the real company did that year. O answers a major outage, in a year one strikes. Esc opens the menu (resume, help, the model, back to the title). ? opens this page.' },
      { head: 'Mouse and touch', body: 'Click or tap any card, dial or button. Pointing at a card shows its full expected effect.' },
    ],
  },
];

export const MODEL_PAGES: readonly GuidePage[] = [
  {
    title: 'How the model works',
    items: [
      { head: 'Retail', body: 'The online retail market follows the real US series, scaled up for sales abroad. Amazon\u2019s share grows with retail spending, Prime, the selection outside sellers bring and engineering speed, and slows as it nears a ceiling.' },
      { head: 'Engineering', body: 'The store starts as one big program that slows everyone more as sales grow. Moving to service APIs costs speed for a few years and then pays back; cloud services launched before it is done break more often.' },
      { head: 'The cloud market', body: 'Adoption spreads like any new technology, a few pioneers first and then word of mouth, towards a ceiling that rises as prices fall and catalogues widen. Rivals arrive on their historical dates (in a varied world, earlier or later), follow part of each price cut and grow stronger each year, faster once AWS\u2019s profits are public.' },
      { head: 'Capacity and trust', body: 'The data-centre dial builds capacity ahead of demand. Demand beyond capacity goes to rivals; outages and holiday evictions cost trust; steady service and price cuts win it back.' },
      { head: 'Prices', body: 'No cut takes the price below what the capacity behind it costs, and big customers pay at most about three times that cost before building their own. Cuts earn trust where customers feel them; once they have begun, a year without one costs trust. A new service is priced off that year\u2019s hardware.' },
      { head: 'Spare capacity and JEDI', body: 'Renting idle retail machines evicts customers every holiday, and compute grown out of them is fragile. Bidding for JEDI costs money and slows new services; winning re-rates AWS, losing marks it down and gives the winner the Pentagon as a reference, until a protest halts the award.' },
      { head: 'Money and value', body: 'Operating income is sales less costs. Data centres are paid for up front, out of cash. Below zero, cash is debt: interest rises as it nears a credit limit that grows with sales and profit, and past the limit new shares are sold cheaply, diluting every old one. Investors value retail on its sales and profit, and AWS on a guess until its own figures are published; debt comes off the value.' },
      { head: 'Same inputs, same result', body: 'Every figure comes from exact arithmetic, so the same seed and decisions give the same figures on any machine. The luck (outages, price wars, politics) comes from the seed and is the same for everyone who plays it.' },
    ],
  },
];

export interface CoefficientRow {
  name: string;
  value: string;
  note: string;
}

/** A coefficient as printed: four significant figures, no trailing zeros. */
export function formatCoefficient(value: number): string {
  if (value === 0) return '0';
  const size = Math.abs(value);
  const text = size >= 1e-3 && size < 1e6 ? String(Number(value.toPrecision(4))) : value.toExponential(2).replace('e', '\u00D710^').replace('+', '');
  return text.replace(/^-/, '\u2212');
}

export function coefficientRows(): CoefficientRow[] {
  return coefficientTable().map((c) => ({ name: c.name, value: formatCoefficient(c.value), note: c.note }));
}

export function paginate<T>(rows: readonly T[], perPage: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < rows.length; i += perPage) pages.push(rows.slice(i, i + perPage));
  return pages.length > 0 ? pages : [[]];
}

/**
 * Splits the coefficient table into pages by the height each row will take, so a page never runs
 * past its panel. `charsPerLine` errs short of what fits, so a wrap never surprises.
 */
export interface PageBudget {
  height: number;
  lineHeight: number;
  rowGap: number;
  charsPerLine: number;
}

export const TABLE_BUDGET: PageBudget = { height: 500, lineHeight: 19, rowGap: 6, charsPerLine: 104 };

export function rowHeight(row: CoefficientRow, budget: PageBudget): number {
  return Math.max(1, Math.ceil(row.note.length / budget.charsPerLine)) * budget.lineHeight + budget.rowGap;
}

export function coefficientPages(rows: readonly CoefficientRow[], budget: PageBudget = TABLE_BUDGET): CoefficientRow[][] {
  const pages: CoefficientRow[][] = [];
  let page: CoefficientRow[] = [];
  let used = 0;
  for (const row of rows) {
    const height = rowHeight(row, budget);
    if (page.length > 0 && used + height > budget.height) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(row);
    used += height;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
