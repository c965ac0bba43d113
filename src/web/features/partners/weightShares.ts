import { matchComponents, type MatchWeights } from '../../../common/matching.ts';

/** What a component counts after the weights are scaled to sum 1, in whole percent. */
export function shareOf(weights: MatchWeights, name: keyof MatchWeights): number {
  const sum = matchComponents.reduce((total, n) => total + weights[n], 0);
  return sum > 0 ? Math.round((weights[name] / sum) * 100) : 0;
}

/** Only the ratios matter: the largest weight sits at the end of its slider, so small ones stay adjustable. */
export function spread(weights: MatchWeights): MatchWeights {
  const max = Math.max(...matchComponents.map((n) => weights[n]));
  if (max <= 0) return weights;
  const scaled = { ...weights };
  for (const n of matchComponents) scaled[n] = Math.round((weights[n] / max) * 100) / 100;
  return scaled;
}
