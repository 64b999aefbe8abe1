// The player's wish for less motion (the system's "reduce motion" setting): no fades, no growing
// bars or lines, no turning wheel.

export function reducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
