import { cpus } from 'node:os';

// What every benchmark prints with: sizes from the environment, one JSON line per figure with the
// machine's core count and CPU model, and the small statistics the figures use.

/** A positive whole number from the environment, or the fallback. */
export function setting(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

/** Positive whole numbers from a comma-separated environment variable, or the fallback. */
export function settingList(name: string, fallback: number[]): number[] {
  const values = (process.env[name] ?? '')
    .split(',')
    .map(Number)
    .filter((value) => Number.isFinite(value) && value > 0)
    .map(Math.floor);
  return values.length > 0 ? values : fallback;
}

const machine = { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' };

export const print = (figure: Record<string, unknown>) => console.log(JSON.stringify({ ...figure, ...machine }));
export const round = (n: number, digits = 3) => Number(n.toFixed(digits));
export const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
