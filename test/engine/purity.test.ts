import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The engine must give the same bits in every JavaScript engine: no clocks, no randomness of its
// own, no DOM or UI libraries, and no transcendental Math functions.

const ENGINE = join(__dirname, '..', '..', 'src', 'engine');
const BANNED: [RegExp, string][] = [
  [/Math\.random\b/, 'Math.random'],
  [/\bDate\b/, 'Date'],
  [/performance\.now/, 'performance.now'],
  [/Math\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|cbrt|hypot)\b/, 'a transcendental Math function'],
  [/\*\*/, 'the ** operator'],
  [/from\s+['"](phaser|zustand)/, 'Phaser or zustand'],
  [/\b(document|window|localStorage|navigator)\./, 'the DOM'],
  [/from\s+['"]\.\.\//, 'an import from outside src/engine'],
  [/from\s+['"]node:/, 'a Node module'],
];

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

describe('engine purity', () => {
  const files = readdirSync(ENGINE).filter((f) => f.endsWith('.ts'));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    it(`${file} uses nothing banned`, () => {
      const code = stripComments(readFileSync(join(ENGINE, file), 'utf8'));
      const found = BANNED.filter(([pattern]) => pattern.test(code)).map(([, name]) => name);
      expect(found, `${file} uses ${found.join(', ')}`).toEqual([]);
    });
  }

  it('the check itself catches a banned call', () => {
    const code = stripComments('const x = Math.pow(2, 0.5); // Math.random in a comment is fine');
    expect(BANNED.filter(([p]) => p.test(code)).map(([, n]) => n)).toEqual(['a transcendental Math function']);
  });
});
