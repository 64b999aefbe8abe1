import { OKABE_ITO, SERIES, THEME } from './palette';

// WCAG 2.1 contrast, measured from the palette: relative luminance of sRGB colours and the ratio
// between two of them, and every pair of foreground and background the screens draw.

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a 0xRRGGBB colour. */
export function luminance(colour: number): number {
  return 0.2126 * channel((colour >> 16) & 255) + 0.7152 * channel((colour >> 8) & 255) + 0.0722 * channel(colour & 255);
}

/** WCAG contrast ratio, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: number, b: number): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** text: 4.5:1 (AA); large: text of 24 px, or 18.7 px bold, 3:1; graphic: lines, marks and control edges, 3:1 */
export type PairKind = 'text' | 'large' | 'graphic';

export interface ColourPair {
  fore: number;
  back: number;
  kind: PairKind;
  where: string;
}

export function required(kind: PairKind): number {
  return kind === 'text' ? 4.5 : 3;
}

const pair = (fore: number, back: number, kind: PairKind, where: string): ColourPair => ({ fore, back, kind, where });
const panels = [THEME.background, THEME.panel, THEME.panelRaised] as const;
const on = (fore: number, kind: PairKind, where: string, backs: readonly number[] = panels) => backs.map((back) => pair(fore, back, kind, where));

/** Every foreground drawn on every background it is drawn on. */
export const COLOUR_PAIRS: readonly ColourPair[] = [
  ...on(THEME.text, 'text', 'body text, labels, figures', [...panels, THEME.field, THEME.primary, THEME.cardPicked, THEME.locked]),
  ...on(THEME.muted, 'text', 'captions, axis labels, sublabels, key caps', [...panels, THEME.locked, THEME.primary, THEME.cardPicked, THEME.cardDone]),
  ...on(THEME.faint, 'text', 'locked cards, disabled buttons, timings, placeholders', [...panels, THEME.locked, THEME.field]),
  ...on(THEME.good, 'text', 'gains (with \u25B2), notices', [...panels, THEME.cardPicked]),
  ...on(THEME.bad, 'text', 'losses (with \u25BC), warnings', [...panels, THEME.cardPicked]),
  ...on(OKABE_ITO.orange, 'text', 'titles, years in lists', panels),
  ...on(OKABE_ITO.yellow, 'text', 'divergence from history, result code, the "changed" note', panels),
  ...on(OKABE_ITO.skyBlue, 'text', 'score bars\u2019 labels', panels),
  pair(THEME.cardPickedText, THEME.cardPicked, 'text', 'a picked card\u2019s state'),
  pair(THEME.cardDoneTitle, THEME.cardDone, 'text', 'a done card\u2019s title'),
  pair(THEME.cardDoneText, THEME.cardDone, 'text', 'a done card\u2019s state'),
  ...on(THEME.focus, 'graphic', 'the focus ring', [...panels, THEME.primary, THEME.cardPicked, THEME.cardDone, THEME.locked]),
  ...on(THEME.good, 'graphic', 'primary button and chosen dial edges', [THEME.background, THEME.panel, THEME.primary]),
  ...on(THEME.done, 'graphic', 'a done card\u2019s edge', [THEME.panel, THEME.background]),
  ...Object.values(SERIES).map((colour) => pair(colour, THEME.panel, 'graphic', 'chart lines and sparklines')),
  ...[OKABE_ITO.skyBlue, OKABE_ITO.orange, OKABE_ITO.bluishGreen, OKABE_ITO.yellow, OKABE_ITO.reddishPurple, OKABE_ITO.vermillion, OKABE_ITO.blue]
    .map((colour) => pair(colour, THEME.panel, 'graphic', 'team lines on the class debrief')),
];
