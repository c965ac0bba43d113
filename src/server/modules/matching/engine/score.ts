import type { Priority, StrategicGoal } from '../../../../common/vocabulary.ts';
import { strategicGoals } from '../../../../common/vocabulary.ts';
import { distanceDecay, type GeoScope } from './geo.ts';

// The partner score of organization Y for organization X. Every component lies in [0, 1].
//
// 1. complementarity — both ways. For a need n and an offer o:
//      relevance(n, o) = 0.6 · tag(n, o) + 0.4 · text(n, o)
//        tag:  exact 1, sibling 0.6, parent/child 0.4, else 0 (taxonomy.ts)
//        text: R / (R + 8), R = BM25(need words → offer words), k1 1.2, b 0.75, idf and average
//              length over all offers in the index, stemmed and without stop words (text.ts, bm25.ts) or
//              the words of the writer's own town and region (geography scores where it is)
//      match(n, o) = relevance · (0.7 + 0.15 · quantity + 0.15 · time)
//        quantity: min(1, offered / needed) in the same unit, 0.5 when unknown or in another unit
//        time:     1 when the windows overlap (open ends allowed), else exp(−gap days / 90)
//    a = Σ_n w(n) · max_o match(n, o) / Σ_n w(n) over X's needs and Y's offers, with w by priority
//        low 1, medium 2, high 3, critical 4; b likewise over Y's needs and X's offers.
//      complementarity = 0.75 · 2ab / (a + b) + 0.25 · (a + b) / 2, so a one-sided pair scores low.
// 2. strategic fit — min(1, (|G∩H| + 0.5 · P) / |G∪H|) over the goal sets, P = complementary goal pairs
//    across the two differences (e.g. innovation ↔ access to capabilities); 0.5 when either has no goals.
// 3. values — 1 − ‖v − u‖₂ / (100 · √5) over the five 0–100 values.
// 4. operational — 0.6 · (1 − |Δ digital maturity| / 4) + 0.4 · systems, systems 1 for a shared
//    product, 0.5 for a shared kind (ERP, CRM, accounting) or when either lists none, else 0.2.
// 5. risk — 1 − |Δ risk appetite| / 4.
// 6. culture — exp(−KS / 2), KS the Kogut–Singh index over the six Hofstede dimensions (culture.ts).
// 7. geography — 2^(−distance / h), h = 25 / 200 / 2000 km for a local / national / international
//    scope (X's preference); 0.5 without coordinates.
// 8. trust — Beta(2, 2) prior mean of Y's ratings in [0, 1], (Σr + 2) / (count + 4), plus 20 % of the
//    remaining gap when verified; 0.5 without data. Ratings are those Y's partners gave it after a
//    collaboration (1–5 stars → 0–1); verified means a manager of one of Y's networks vouched for it.
//
// Weights w (user-adjustable) are normalised to sum 1. The seven components after complementarity
// form the context fit, their weighted mean C = Σ_{i≥2} wᵢ · componentᵢ / (1 − w₁). Complementarity
// and context multiply, as in a weighted geometric mean:
//   base  = complementarity^w₁ · C^(1 − w₁)
// so a look-alike neighbour that covers none of X's needs scores near 0 however similar it is,
// while between complementary candidates the better fit wins. w₁ = 1 ranks by complementarity alone,
// w₁ = 0 by fit alone.
// total = 0.95 · base · (1 − penalties) + 0.05 · [Y outside X's cluster]
//   penalties: size asymmetry 0.1 (size classes two apart or employees more than 10× apart),
//   dependence 0.15 (Y would cover a high/critical need of X in full, with at most 2 alternatives in
//   the index). Y inside X's cluster gets no diversity bonus and a lock-in warning.

export const componentNames = [
  'complementarity',
  'strategic',
  'values',
  'operational',
  'risk',
  'culture',
  'geography',
  'trust',
] as const;
export type ComponentName = (typeof componentNames)[number];
export type Weights = Record<ComponentName, number>;
export type ComponentScores = Record<ComponentName, number>;

export const defaultWeights: Readonly<Weights> = {
  complementarity: 0.4,
  strategic: 0.1,
  values: 0.08,
  operational: 0.08,
  risk: 0.06,
  culture: 0.08,
  geography: 0.12,
  trust: 0.08,
};

/** Weights clipped at 0 and scaled to sum 1; missing ones take the default, all-zero gives the defaults. */
export function normalizeWeights(partial: Partial<Weights> = {}): Weights {
  const raw = { ...defaultWeights };
  for (const name of componentNames) {
    const value = partial[name];
    if (value !== undefined && Number.isFinite(value)) raw[name] = Math.max(0, value);
  }
  const sum = componentNames.reduce((total, name) => total + raw[name], 0);
  if (sum <= 0) return normalizeWeights();
  for (const name of componentNames) raw[name] /= sum;
  return raw;
}

export const RELEVANCE_TAG_SHARE = 0.6;
export const TEXT_HALF_SATURATION = 8;
export const DIVERSITY_SHARE = 0.05;
export const SIZE_PENALTY = 0.1;
export const DEPENDENCE_PENALTY = 0.15;
export const MAX_ALTERNATIVES_FOR_DEPENDENCE = 2;

export const priorityWeights: Readonly<Record<Priority, number>> = { low: 1, medium: 2, high: 3, critical: 4 };
export const priorityOrder: readonly Priority[] = ['low', 'medium', 'high', 'critical'];
/** priorityWeights by the index's priority level (its position in priorityOrder). */
export const priorityWeightByLevel: readonly number[] = priorityOrder.map((priority) => priorityWeights[priority]);

/** R / (R + 8): maps an unbounded BM25 score into [0, 1). */
export function saturateText(bm25: number): number {
  return bm25 / (bm25 + TEXT_HALF_SATURATION);
}

export function relevance(tag: number, text: number): number {
  return RELEVANCE_TAG_SHARE * tag + (1 - RELEVANCE_TAG_SHARE) * text;
}

export function quantityFit(
  needed: number,
  neededUnit: number | string,
  offered: number,
  offeredUnit: number | string,
) {
  if (Number.isNaN(needed) || Number.isNaN(offered) || neededUnit !== offeredUnit) return 0.5;
  if (needed <= 0) return 1;
  return Math.min(1, offered / needed);
}

/** Windows as day numbers, −Infinity / +Infinity for open ends. */
export function timeFit(needFrom: number, needUntil: number, offerFrom: number, offerUntil: number): number {
  const gap = Math.max(needFrom, offerFrom) - Math.min(needUntil, offerUntil);
  return gap <= 0 ? 1 : Math.exp(-gap / 90);
}

export function itemMatch(relevanceScore: number, quantity: number, time: number): number {
  return relevanceScore * (0.7 + 0.15 * quantity + 0.15 * time);
}

/** 0.75 · harmonic mean + 0.25 · arithmetic mean: rewards pairs that help each other. */
export function combineDirections(a: number, b: number): number {
  const sum = a + b;
  if (sum <= 0) return 0;
  return 0.75 * ((2 * a * b) / sum) + 0.25 * (sum / 2);
}

/** Goal pairs where one side's aim is what the other side's aim needs. */
export const complementaryGoals: ReadonlyArray<readonly [StrategicGoal, StrategicGoal]> = [
  ['market_expansion', 'access_to_capabilities'],
  ['innovation', 'access_to_capabilities'],
  ['cost_reduction', 'bargaining_power'],
  ['risk_mitigation', 'sustainability'],
];

export function goalMask(goals: readonly StrategicGoal[]): number {
  let mask = 0;
  for (const goal of goals) {
    const bit = strategicGoals.indexOf(goal);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

const complementaryMasks = complementaryGoals.map(([a, b]) => [goalMask([a]), goalMask([b])] as const);

export function strategicFitOfMasks(a: number, b: number): number {
  if (a === 0 || b === 0) return 0.5;
  const onlyA = a & ~b;
  const onlyB = b & ~a;
  let pairs = 0;
  for (const [x, y] of complementaryMasks) {
    if ((onlyA & x && onlyB & y) || (onlyA & y && onlyB & x)) pairs++;
  }
  return Math.min(1, (bitCount(a & b) + 0.5 * pairs) / bitCount(a | b));
}

export function strategicFit(a: readonly StrategicGoal[], b: readonly StrategicGoal[]): number {
  return strategicFitOfMasks(goalMask(a), goalMask(b));
}

/** All 128 × 128 goal-set pairs, so that the index reads strategic fit from a table. */
export const strategicFitTable: Float64Array = (() => {
  const size = 1 << strategicGoals.length;
  const table = new Float64Array(size * size);
  for (let a = 0; a < size; a++) for (let b = 0; b < size; b++) table[a * size + b] = strategicFitOfMasks(a, b);
  return table;
})();

const VALUE_SCALE = 100 * Math.sqrt(5);

export function valueFit(a: ArrayLike<number>, b: ArrayLike<number>, aOffset = 0, bOffset = 0): number {
  let sum = 0;
  for (let d = 0; d < 5; d++) {
    const diff = (a[aOffset + d] ?? 0) - (b[bOffset + d] ?? 0);
    sum += diff * diff;
  }
  return 1 - Math.sqrt(sum) / VALUE_SCALE;
}

export const SYSTEMS_SAME_PRODUCT = 1;
export const SYSTEMS_SAME_KIND = 0.5;
export const SYSTEMS_NONE = 0.2;

export interface SystemRef {
  kind: string;
  name: string;
}

/** Shared product 1; shared ERP/CRM/accounting kind or nothing known 0.5; else 0.2. */
export function systemsFit(a: readonly SystemRef[], b: readonly SystemRef[]): number {
  if (a.length === 0 || b.length === 0) return SYSTEMS_SAME_KIND;
  const key = (s: SystemRef) => `${s.kind}:${s.name.trim().toLowerCase()}`;
  const products = new Set(a.map(key));
  if (b.some((s) => products.has(key(s)))) return SYSTEMS_SAME_PRODUCT;
  const kinds = new Set(a.filter((s) => s.kind !== 'other').map((s) => s.kind));
  return b.some((s) => kinds.has(s.kind)) ? SYSTEMS_SAME_KIND : SYSTEMS_NONE;
}

export function operationalFit(digitalA: number, digitalB: number, systems: number): number {
  return 0.6 * (1 - Math.abs(digitalA - digitalB) / 4) + 0.4 * systems;
}

export function riskFit(a: number, b: number): number {
  return 1 - Math.abs(a - b) / 4;
}

export function geographyFit(distanceKm: number, scope: GeoScope): number {
  return Number.isNaN(distanceKm) ? 0.5 : distanceDecay(distanceKm, scope);
}

export interface Trust {
  verified: boolean;
  /** Sum of ratings, each in [0, 1] (e.g. (stars − 1) / 4). */
  ratingSum: number;
  ratingCount: number;
}

export const neutralTrust: Readonly<Trust> = { verified: false, ratingSum: 0, ratingCount: 0 };

export function trustScore(trust: Trust): number {
  const count = Math.max(0, trust.ratingCount);
  const sum = Math.min(count, Math.max(0, trust.ratingSum));
  const mean = (sum + 2) / (count + 4);
  return trust.verified ? mean + 0.2 * (1 - mean) : mean;
}

/** complementarity^w · contextMean^(1 − w); contextMean is the weighted mean of the other components. */
export function compositeBase(complementarity: number, contextMean: number, complementarityWeight: number): number {
  return Math.pow(complementarity, complementarityWeight) * Math.pow(contextMean, 1 - complementarityWeight);
}

/** The final score from the base, the summed penalties and the diversity flag. */
export function combineTotal(base: number, penalties: number, outsideCluster: boolean): number {
  return (1 - DIVERSITY_SHARE) * base * (1 - penalties) + (outsideCluster ? DIVERSITY_SHARE : 0);
}
