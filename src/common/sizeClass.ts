import type { SizeClass, TurnoverBand } from './vocabulary.ts';

// EU Recommendation 2003/361: staff headcount and turnover ceilings.
const turnoverCeilingMillions: Record<TurnoverBand, number> = {
  under_2m: 2,
  '2m_10m': 10,
  '10m_50m': 50,
  over_50m: Number.POSITIVE_INFINITY,
};

export function deriveSizeClass(employees: number | null, turnoverBand: TurnoverBand | null): SizeClass | null {
  if (employees === null) return null;
  const turnover = turnoverBand === null ? 0 : turnoverCeilingMillions[turnoverBand];
  if (employees < 10 && turnover <= 2) return 'micro';
  if (employees < 50 && turnover <= 10) return 'small';
  if (employees < 250 && turnover <= 50) return 'medium';
  return 'large';
}
