import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// `--mode scorm` builds the game for a SCORM package (npm run build:scorm): an LMS serves it from its
// own folders and caches nothing offline, so that build has no service worker.
export default defineConfig(({ mode }) => ({
  // Relative addresses everywhere, so the build runs from any folder of any static host.
  base: './',
  plugins: mode === 'scorm' ? [] : [precacheServiceWorker(fileURLToPath(new URL('./public', import.meta.url)))],
  resolve: {
    // The game uses no physics: Phaser's build without Matter.js is the same API, 35 KB lighter.
    alias: { phaser: fileURLToPath(new URL('./node_modules/phaser/dist/phaser-arcade-physics.min.js', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
  },
}));

// Writes dist/sw.js: a service worker that stores every file of the build on the first visit and
// serves them from there, so the game (Classroom and leaderboard included) then runs offline.
// Every address in it is relative to the worker, so the build works from any folder of any host.

function publicFiles(dir: string): string[] {
  let found: string[] = [];
  try {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      found = statSync(path).isDirectory() ? found.concat(publicFiles(path)) : found.concat(path);
    }
  } catch {
    return [];
  }
  return found;
}

function workerSource(version: string, files: readonly string[]): string {
  return `// Flywheel's offline cache, made by the build (${files.length} files).
const CACHE = 'flywheel:' + self.registration.scope + ':${version}';
const FILES = ${JSON.stringify(files.map((f) => `./${f}`))};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['./', ...FILES])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  const mine = 'flywheel:' + self.registration.scope + ':';
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith(mine) && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    // ignoreVary: a static host may add "Vary: Origin", and module scripts are fetched with an Origin.
    const hit = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
    if (hit) return hit;
    try {
      return await fetch(request);
    } catch (error) {
      // Offline, and an address the build does not have: a page falls back to the game itself.
      if (request.mode === 'navigate') return (await cache.match('./')) || Response.error();
      throw error;
    }
  }));
});
`;
}

function precacheServiceWorker(publicDir: string): Plugin {
  return {
    name: 'flywheel-precache-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle).filter((name) => !name.endsWith('.map'));
      const copied = publicFiles(publicDir).map((path) => relative(publicDir, path).split('\\').join('/'));
      const files = [...new Set([...built, ...copied])].filter((f) => f !== 'sw.js').sort();
      const hash = createHash('sha256');
      for (const name of files) {
        const item = bundle[name];
        hash.update(name);
        if (item && item.type === 'asset') hash.update(typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      }
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: workerSource(hash.digest('hex').slice(0, 12), files) });
    },
  };
}
