import type { LuckPort } from '../../store/luck';

/** The luck worker, bundled by Vite as a module worker. */
export function spawnLuckWorker(): LuckPort {
  return new Worker(new URL('./luckWorker.ts', import.meta.url), { type: 'module' });
}
