import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The source tree's imports: no file reaches itself through a chain of imports (type-only imports
// included), and no one outside the engine copies a state or plays moves on it to learn what is legal.

const src = resolve(__dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.ts$/.test(entry.name) ? [join(dir, entry.name)] : []);
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]/g)) {
    let target = resolve(dirname(file), match[1]!);
    if (!target.endsWith('.ts')) target = readdirSafe(target);
    out.push(target);
  }
  return out;
}

function readdirSafe(target: string): string {
  try {
    readFileSync(`${target}.ts`);
    return `${target}.ts`;
  } catch {
    return join(target, 'index.ts');
  }
}

/** Every cycle found by a depth-first walk, each as the chain of files that closes it. */
export function importCycles(root: string): string[][] {
  const graph = new Map(files(root).map((file) => [file, importsOf(file)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(root, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('the source tree', () => {
  it('has no import cycle', () => {
    expect(importCycles(src)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const fixture = resolve(__dirname, 'fixtures', 'cycle');
    expect(importCycles(fixture)).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });

  it('leaves trying moves on a copied state to the engine', () => {
    for (const file of files(src).filter((f) => !f.startsWith(join(src, 'engine')))) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(src, file)).not.toMatch(/\b(cloneState|applyDecisions)\b/);
    }
  });
});
