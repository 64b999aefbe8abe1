import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview } from 'vite';
import { findBrowser } from './findBrowser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

const root = join(__dirname, '..', '..');

/** Builds the game once and serves it on a free port for every end-to-end test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // No browser: say so in one line and stop before building anything.
  const found = findBrowser();
  if ('error' in found) {
    process.stderr.write(`${found.error}\n`);
    process.exit(1);
  }
  // A build of its own per run, so two runs in the same tree never serve each other's files.
  const outDir = join(root, 'node_modules', '.cache', `flywheel-e2e-${process.pid}`);
  rmSync(outDir, { recursive: true, force: true });
  await build({ root, logLevel: 'warn', configFile: join(root, 'vite.config.ts'), build: { outDir, emptyOutDir: true } });
  const server = await preview({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  project.provide('distDir', outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
