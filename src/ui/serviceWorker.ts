// Registers the service worker that keeps the game playable offline after the first visit. The
// address is relative, so the worker's scope is the folder the game is served from, whatever it is.

export function registerServiceWorker(): void {
  // The mode, not PROD: a build made under a test runner (NODE_ENV=test) still needs its worker,
  // while the dev server has no sw.js to register.
  if (import.meta.env.MODE !== 'production' || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      // Without a worker the game still runs; it just needs the network to load next time.
    });
  });
}
