import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOUR_PAIRS, contrastRatio, luminance, required } from '../../src/ui/view/contrast';
import { OKABE_ITO, SERIES, THEME } from '../../src/ui/view/palette';

// Text and controls meet WCAG 2.1 AA contrast: 4.5:1 for text, 3:1 for large text and graphics,
// measured from the palette for every pair the screens draw.

describe('WCAG contrast from the palette', () => {
  it('computes luminance and ratios as WCAG defines them', () => {
    expect(luminance(0xffffff)).toBeCloseTo(1, 10);
    expect(luminance(0x000000)).toBe(0);
    expect(contrastRatio(0xffffff, 0x000000)).toBeCloseTo(21, 10);
    expect(contrastRatio(0x777777, 0xffffff)).toBeCloseTo(4.48, 2);
    expect(contrastRatio(0x767676, 0xffffff)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(0x123456, 0x123456)).toBe(1);
  });

  it.each(COLOUR_PAIRS.map((p) => [p.where, p.kind, p.fore.toString(16), p.back.toString(16), p] as const))(
    '%s (%s): #%s on #%s', (_where, _kind, _fore, _back, p) => {
      expect(contrastRatio(p.fore, p.back)).toBeGreaterThanOrEqual(required(p.kind));
    });

  it('lists every palette colour the screens name as a colour', () => {
    const named = new Map<string, number>();
    for (const [group, table] of Object.entries({ THEME, OKABE_ITO, SERIES })) {
      for (const [name, value] of Object.entries(table)) named.set(`${group}.${name}`, value);
    }
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) {
          for (const m of readFileSync(path, 'utf8').matchAll(/(?:colour: |setColor\(css\()((?:THEME|OKABE_ITO|SERIES)\.\w+)/g)) used.add(m[1]!);
        }
      }
    };
    walk(join(__dirname, '..', '..', 'src', 'ui'));
    expect(used.size).toBeGreaterThan(5);
    const covered = new Set(COLOUR_PAIRS.map((p) => p.fore));
    const missing = [...used].filter((name) => !covered.has(named.get(name)!));
    expect(missing).toEqual([]);
  });
});
