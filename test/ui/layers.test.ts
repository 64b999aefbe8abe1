import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The view models and the store are plain TypeScript: no Phaser and no DOM, so they run and are
// tested in Node. Only scenes and widgets draw.

const src = join(__dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []);
}

describe('layers', () => {
  it.each(['ui/view', 'store'])('%s imports neither Phaser nor the DOM', (folder) => {
    for (const file of files(join(src, folder))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from ['"]phaser['"]/);
      expect(text, file).not.toMatch(/\b(window|document)\./);
      expect(text, file).not.toMatch(/from ['"]\.\.\/(scenes|widgets)\//);
    }
  });

  it('scenes and widgets change the game only through the session', () => {
    for (const file of [...files(join(src, 'ui/scenes')), ...files(join(src, 'ui/widgets'))]) {
      const text = readFileSync(file, 'utf8');
      // Types from the engine are fine; its functions are reached through the session and the views.
      expect(text, file).not.toMatch(/^import \{[^}]*\} from '\.\.\/\.\.\/engine'/m);
      expect(text, file).not.toMatch(/\.setState\(/);
    }
  });
});
