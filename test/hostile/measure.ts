// Time and memory of one call, with the generous limits the hostile corpus asserts.

export interface Measured<T> {
  value: T;
  ms: number;
  heapGrowthMb: number;
}

export function measure<T>(run: () => T): Measured<T> {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const value = run();
  const ms = performance.now() - started;
  const heapGrowthMb = Math.max(0, process.memoryUsage().heapUsed - heapBefore) / 1_048_576;
  return { value, ms, heapGrowthMb };
}
