import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanName, csvField, nameSkeleton } from '../../src/app/names';

// Finding 10: names normalised, invisible characters removed, cut between graphemes; look-alikes
// share a skeleton; CSV cells defused whatever comes first.

describe('cleanName', () => {
  it('removes U+2060, zero-width marks, bidi controls and escapes, and normalises to NFC', () => {
    expect(cleanName('Ow\u2060ls\u200b', 40)).toBe('Owls');
    expect(cleanName('\u202eslwO\u202c \u2066x\u2069', 40)).toBe('slwO x');
    expect(cleanName('\u001b[2J\u001b[Hrow', 40)).toBe('[2J[Hrow');
    expect(cleanName('Jose\u0301', 40)).toBe('Jos\u00e9');
  });
  it('cuts at a grapheme boundary: an emoji is kept whole or left out, never shown as \uFFFD', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(cleanName(`${'a'.repeat(39)}${family}`, 40)).toBe(`${'a'.repeat(39)}${family}`);
    expect(cleanName(`${'a'.repeat(40)}${family}`, 40)).toBe('a'.repeat(40));
    expect(cleanName(`Team ${family}`, 40)).toBe(`Team ${family}`);
    expect(cleanName('\u{1F44D}\u{1F3FD}'.repeat(50), 40)).not.toContain('\uFFFD');
  });
  it('a mark left beside its letter by a removed character composes with it, so cleaning twice changes nothing', () => {
    const once = cleanName('Cafe\u200c\u0301 Club', 40);
    expect(once).toBe('Caf\u00e9 Club');
    expect(cleanName(once, 40)).toBe(once);
  });

  it('a joiner that joins nothing is removed', () => {
    expect(cleanName('Ow\u200dls', 40)).toBe('Owls');
  });
  it('property: the result is NFC, visible, within the grapheme and byte limits, and stable', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 60 }), (raw, max) => {
      const name = cleanName(raw, max);
      expect(name.normalize('NFC')).toBe(name);
      expect(name).not.toMatch(/[\p{Cc}\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u);
      expect([...segmenter.segment(name)].length).toBeLessThanOrEqual(max);
      expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
      expect(cleanName(name, max)).toBe(name);
    }), { numRuns: 500 });
  });
});

describe('nameSkeleton', () => {
  it('look-alike letters, full-width forms, case and spacing give one skeleton', () => {
    const owls = nameSkeleton('Night Owls');
    for (const alike of ['Night Оwls', 'NIGHT OWLS', 'Ｎｉｇｈｔ Ｏｗｌｓ', 'Night  Owls', 'Night\u2060Owls', 'Night 0wls', 'Nіght Owls', 'Νight Οwls']) {
      expect(nameSkeleton(alike), alike).toBe(owls);
    }
    expect(nameSkeleton('Team I')).toBe(nameSkeleton('Team l'));
    expect(nameSkeleton('Team 1')).toBe(nameSkeleton('Team l'));
  });
  it('names that look different stay apart', () => {
    expect(nameSkeleton('Owls')).not.toBe(nameSkeleton('Larks'));
    expect(nameSkeleton('José')).not.toBe(nameSkeleton('Jose'));
    expect(nameSkeleton('Team 2')).not.toBe(nameSkeleton('Team 3'));
  });
});

describe('csvField', () => {
  it.each(['=SUM(A1)', '+1', '-1', '@cmd', '\uFF1DSUM(A1)', '\uFF0B1', '\uFF0D1', '\uFF20cmd', '\u2060=1+1', '\u200b@x', ' =1', '\t=1'])(
    '%j is defused', (value) => {
      expect(csvField(value)).toBe(`"'${value.replace(/"/g, '""')}"`);
    });
  it('ordinary names are only quoted, quotes doubled', () => {
    expect(csvField('Night "Owls"')).toBe('"Night ""Owls"""');
  });
});

describe('half an emoji', () => {
  it('a lone surrogate (a name cut in the middle of a pair) is removed, never encoded as \uFFFD', () => {
    expect(cleanName('Owls \uD83D', 40)).toBe('Owls');
    expect(cleanName('\uDE00Larks', 40)).toBe('Larks');
  });
  it('the Classroom\'s name field keeps whole characters only', async () => {
    const { createClassroom } = await import('../../src/store/classroom');
    const { loadBundledScenarios } = await import('../../src/app/scenarios');
    const classroom = createClassroom(() => loadBundledScenarios().scenarios);
    classroom.setName(`${'a'.repeat(59)}\u{1F989}\u{1F989}`);
    expect(classroom.get().form.name).toBe(`${'a'.repeat(59)}\u{1F989}`);
  });
});
