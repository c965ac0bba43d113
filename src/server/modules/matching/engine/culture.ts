import { hofstedeByCountry, type HofstedeScores } from '../../../../common/reference/hofstede.ts';
import { hofstedeDimensions } from '../../../../common/vocabulary.ts';

// Kogut and Singh's (1988) cultural distance over Hofstede's six dimensions:
//   KS(a, b) = Σ_d ((I_a,d − I_b,d)² / V_d) / n
// with V_d the variance of dimension d across the countries in hofstede.ts (population variance,
// countries without a score for d left out) and n the number of dimensions both sides have.

/** Population variance of each dimension across countries that publish it, in hofstedeDimensions order. */
export const hofstedeVariances: readonly number[] = hofstedeDimensions.map((dimension) => {
  const scores: number[] = [];
  for (const row of Object.values(hofstedeByCountry)) {
    const score = row[dimension];
    if (score !== null) scores.push(score);
  }
  const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / scores.length;
});

/** Six scores in hofstedeDimensions order, NaN where unknown. */
export function cultureVector(scores: Partial<HofstedeScores> | null): number[] {
  return hofstedeDimensions.map((dimension) => scores?.[dimension] ?? Number.NaN);
}

/** Kogut–Singh index of two six-score vectors (NaN = unknown); NaN when no dimension is shared. */
export function kogutSingh(a: ArrayLike<number>, b: ArrayLike<number>, aOffset = 0, bOffset = 0): number {
  let sum = 0;
  let n = 0;
  for (let d = 0; d < 6; d++) {
    const x = a[aOffset + d] ?? Number.NaN;
    const y = b[bOffset + d] ?? Number.NaN;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    sum += ((x - y) * (x - y)) / (hofstedeVariances[d] ?? 1);
    n++;
  }
  return n === 0 ? Number.NaN : sum / n;
}

/** exp(−KS / 2): 1 for the same culture, about 0.6 at the distance of two typical EU neighbours; 0.5 if unknown. */
export function cultureFit(ks: number): number {
  return Number.isNaN(ks) ? 0.5 : Math.exp(-ks / 2);
}
