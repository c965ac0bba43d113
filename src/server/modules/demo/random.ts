// A small seeded pseudo-random generator (sfc32, seeded through splitmix32) for reproducible demo data.
// Not for anything security-related.

export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** k distinct elements (fewer if the list is shorter), in random order. */
  sample<T>(items: readonly T[], k: number): T[];
  /** True with probability p. */
  chance(p: number): boolean;
  /** Normally distributed value (Box–Muller). */
  normal(mean: number, sd: number): number;
}

/** Mixes a 32-bit value (splitmix32 finaliser); also handy to derive per-item seeds. */
export function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A seed for item `index` of a run seeded with `seed`: independent of every other index. */
export function deriveSeed(seed: number, index: number): number {
  return mix32(mix32(seed >>> 0) ^ mix32(Math.imul(index, 0x632be5ab) ^ 0x5bd1e995));
}

export function createRandom(seed: number): Random {
  let a = mix32(seed);
  let b = mix32(a ^ 0x6a09e667);
  let c = mix32(b ^ 0xbb67ae85);
  let d = 1;

  function next(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  // Discard the first outputs so close seeds diverge.
  for (let i = 0; i < 12; i++) next();

  function int(min: number, max: number): number {
    const lo = Math.ceil(Math.min(min, max));
    const hi = Math.floor(Math.max(min, max));
    return lo + Math.floor(next() * (hi - lo + 1));
  }

  function pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  }

  function sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.max(0, Math.min(k, copy.length));
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(next() * (copy.length - i));
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    return copy.slice(0, n);
  }

  function chance(p: number): boolean {
    return next() < p;
  }

  function normal(mean: number, sd: number): number {
    const u = 1 - next(); // (0, 1]
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  return { next, int, pick, sample, chance, normal };
}
