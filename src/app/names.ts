// Names from codes and files (teams, competitions) are shown, never run, and two names that look
// alike name one team. Cleaning: Unicode NFC; control and invisible format characters removed
// (zero-width marks, U+2060, bidi controls, BOM; a zero-width joiner only where it joins two emoji);
// spaces collapsed; cut to a length at a grapheme boundary, so an emoji is never cut in half.

// Every control (Cc) and format (Cf) character, half of a cut surrogate pair (Cs), and line or
// paragraph separators; a zero-width joiner is judged apart.
const INVISIBLE = /(?!\u200d)[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
const STRAY_JOINER = /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f])\u200d|\u200d(?!\p{Extended_Pictographic})/gu;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null;

function graphemes(text: string): string[] {
  return segmenter ? [...segmenter.segment(text)].map((s) => s.segment) : Array.from(text);
}

/** The bytes a code may spend on one text (its length is stored in a byte). */
const MAX_UTF8_BYTES = 255;
const encoder = new TextEncoder();

/** At most `max` graphemes of a text, cut between them: for a field being typed, not yet cleaned. */
export function cutAtGrapheme(text: string, max: number): string {
  return graphemes(text).slice(0, max).join('');
}

/**
 * A name safe to show and store: NFC, no invisible or control characters, single spaces, at most
 * `max` graphemes and at most 255 UTF-8 bytes, cut only between graphemes.
 */
export function cleanName(raw: string, max: number): string {
  // NFC again after the removals: a mark left beside its letter by a removed character composes with it.
  const text = raw.normalize('NFC').replace(INVISIBLE, '').replace(STRAY_JOINER, '').replace(/\s+/gu, ' ').trim().normalize('NFC');
  let out = '';
  let bytes = 0;
  let count = 0;
  for (const g of graphemes(text)) {
    const size = encoder.encode(g).length;
    if (count + 1 > max || bytes + size > MAX_UTF8_BYTES) break;
    out += g;
    bytes += size;
    count++;
  }
  return out.trim();
}

// Letters from Cyrillic and Greek that look like Latin ones, and the Latin letters and digits that
// are easily mistaken for each other (capital I, small l, 1 and |; O and 0). Since case is folded as
// well, small i counts as l too: a rare false match costs less than a second team. Full-width and other
// compatibility forms are folded by NFKC first. This is a small map of the common cases, not all of
// Unicode's confusables; accents and other marks are kept, since they are visible.
const CAPITALS: Record<string, string> = {
  // Cyrillic
  А: 'a', В: 'b', Е: 'e', Ё: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', Х: 'x', Ѕ: 's', І: 'l', Ј: 'j', Ү: 'y',
  // Greek
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'l', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't', Υ: 'y', Χ: 'x',
  // Latin
  I: 'l', '1': 'l', '|': 'l', '0': 'o',
};
const SMALL: Record<string, string> = {
  // Cyrillic
  а: 'a', е: 'e', ё: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'l', ј: 'j', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  // Greek
  ο: 'o', ν: 'v', ρ: 'p', ι: 'l', ϲ: 'c', α: 'a',
  // Latin
  i: 'l', ı: 'l', ℓ: 'l',
};

/**
 * The form two names share when they look the same: NFKC, look-alike letters mapped to one, case
 * folded, invisible characters, spaces and joining punctuation removed. Tells teams apart; never shown.
 */
export function nameSkeleton(name: string): string {
  const folded = name.normalize('NFKC').replace(INVISIBLE, '').replace(/\u200d/g, '');
  let out = '';
  for (const char of folded) {
    if (/[\s_\-.\u00b7]/u.test(char)) continue;
    const capital = CAPITALS[char];
    if (capital) { out += capital; continue; }
    const small = char.toLowerCase();
    out += SMALL[small] ?? small;
  }
  return out.normalize('NFC');
}

/**
 * A text field for a spreadsheet: quoted, and defused when a spreadsheet would read it as a formula,
 * whatever invisible characters or full-width signs come first.
 */
export function csvField(value: string): string {
  const visibleStart = value.normalize('NFKC').replace(INVISIBLE, '').replace(/\u200d/g, '').trimStart();
  const risky = /^[=+\-@]/.test(visibleStart) || /^[\t\r\n]/.test(value);
  const safe = risky ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
