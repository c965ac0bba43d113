// Colours of the map: a sequential scale for metrics (pale = low, deep red = high) and a
// categorical palette for communities. Pure functions, unit-tested.

const sequentialStops: readonly [number, number, number][] = [
  [198, 219, 239],
  [107, 174, 214],
  [33, 113, 181],
  [240, 140, 40],
  [192, 38, 38],
];

const toHex = (channel: number) => Math.round(channel).toString(16).padStart(2, '0');

/** The colour at t ∈ [0, 1] of the sequential scale; values outside are clamped. */
export function sequentialColor(t: number): string {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const scaled = clamped * (sequentialStops.length - 1);
  const index = Math.min(sequentialStops.length - 2, Math.floor(scaled));
  const within = scaled - index;
  const from = sequentialStops[index] ?? sequentialStops[0]!;
  const to = sequentialStops[index + 1] ?? from;
  return `#${[0, 1, 2].map((c) => toHex(from[c]! + (to[c]! - from[c]!) * within)).join('')}`;
}

/** CSS gradient of the sequential scale, for the legend. */
export const sequentialGradient = `linear-gradient(90deg, ${[0, 0.25, 0.5, 0.75, 1].map(sequentialColor).join(', ')})`;

const communityPalette = [
  '#4263eb',
  '#12b886',
  '#f76707',
  '#ae3ec9',
  '#e03131',
  '#1098ad',
  '#f59f00',
  '#5c940d',
  '#d6336c',
  '#364fc7',
  '#087f5b',
  '#862e9c',
  '#c92a2a',
  '#0b7285',
  '#e67700',
  '#495057',
];

/** Communities ranked by size (largest first) get distinct colours; the palette repeats after 16. */
export function communityColor(rank: number): string {
  return communityPalette[((rank % communityPalette.length) + communityPalette.length) % communityPalette.length]!;
}

export interface RankScale {
  /** The value's rank among all values, scaled to [0, 1]; null stays null. */
  position(value: number | null): number | null;
  min: number;
  median: number;
  max: number;
}

/**
 * A rank (quantile) scale: heavy-tailed metrics such as betweenness would paint almost every node
 * the palest colour on a linear scale, so colours follow each value's rank instead.
 */
export function rankScale(values: readonly (number | null)[]): RankScale {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  const lowerBound = (value: number) => {
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid]! < value) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const upperBound = (value: number) => {
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid]! <= value) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return {
    position(value) {
      if (value === null || !Number.isFinite(value) || n <= 1) return value === null ? null : 0.5;
      // Ties share the middle of their rank range, so equal values get equal colours.
      const middleRank = (lowerBound(value) + upperBound(value) - 1) / 2;
      return middleRank / (n - 1);
    },
    min: sorted[0] ?? 0,
    median: sorted[Math.floor((n - 1) / 2)] ?? 0,
    max: sorted[n - 1] ?? 0,
  };
}
