import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
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
});
