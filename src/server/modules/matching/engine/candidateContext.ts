import { cultureFit, kogutSingh } from './culture.ts';
import { haversineRadians } from './geo.ts';
import { SYSTEM_SLOTS } from './indexColumns.ts';
import {
  COS_LAT,
  CULTURE,
  DIGITAL,
  GOALS,
  HAS_SYSTEMS,
  KEY_NO_CULTURE,
  KEY_TRUST_STEPS,
  KEY_UNKNOWN,
  LAT,
  LON,
  mayShareProduct,
  RISK,
  ROW,
  SYSTEM_KINDS,
  TRUST,
  VALUES,
} from './contextRow.ts';
import type { QueryContext } from './queryContext.ts';
import {
  geographyFit,
  operationalFit,
  riskFit,
  strategicFitTable,
  SYSTEMS_NONE,
  SYSTEMS_SAME_KIND,
  SYSTEMS_SAME_PRODUCT,
  valueFit,
  type ComponentScores,
} from './score.ts';

// The seven context components of a candidate for the asking organization (everything but
// complementarity), read from the context rows. Scoring, search and explanations all call these, so
// they agree to the last bit.

const GOAL_SETS = 128;

function systemsFitOf(ctx: QueryContext, c: number): number {
  const u8 = ctx.rows.u8;
  const q = ctx.org;
  if (u8[8 * ROW * q + HAS_SYSTEMS] === 0 || u8[8 * ROW * c + HAS_SYSTEMS] === 0) return SYSTEMS_SAME_KIND;
  if (mayShareProduct(ctx.rows.i32, q, c)) {
    const systems = ctx.index.orgs.systems;
    for (let i = 0; i < SYSTEM_SLOTS; i++) {
      const product = systems[q * SYSTEM_SLOTS + i] as number;
      if (product === 0) break;
      for (let j = 0; j < SYSTEM_SLOTS; j++) {
        const candidate = systems[c * SYSTEM_SLOTS + j] as number;
        if (candidate === 0 || candidate > product) break;
        if (candidate === product) return SYSTEMS_SAME_PRODUCT;
      }
    }
  }
  const kinds = (u8[8 * ROW * q + SYSTEM_KINDS] as number) & (u8[8 * ROW * c + SYSTEM_KINDS] as number);
  return kinds !== 0 ? SYSTEMS_SAME_KIND : SYSTEMS_NONE;
}

export function distanceKm(ctx: QueryContext, c: number): number {
  const f64 = ctx.rows.f64;
  const q = ctx.org * ROW;
  const at = c * ROW;
  return haversineRadians(
    f64[q + LAT] as number,
    f64[q + LON] as number,
    f64[q + COS_LAT] as number,
    f64[at + LAT] as number,
    f64[at + LON] as number,
    f64[at + COS_LAT] as number,
  );
}

/** Culture fit of the asker with culture number `profile`, cached per query. */
function cultureFitOf(ctx: QueryContext, profile: number): number {
  const i32 = ctx.rows.i32;
  let fit = ctx.cultureCache[profile] as number;
  if (Number.isNaN(fit)) {
    const table = ctx.index.cultureTable;
    fit = cultureFit(kogutSingh(table, table, (i32[2 * ROW * ctx.org + CULTURE] as number) * 6, profile * 6));
    ctx.cultureCache[profile] = fit;
  }
  return fit;
}

const cultureOf = (ctx: QueryContext, c: number) => cultureFitOf(ctx, ctx.rows.i32[2 * ROW * c + CULTURE] as number);

/** The six context components other than geography, each in [0, 1], read from the context rows. */
function contextParts(ctx: QueryContext, c: number) {
  const { f64, u8 } = ctx.rows;
  const q = 8 * ROW * ctx.org;
  const at = 8 * ROW * c;
  return {
    strategic: strategicFitTable[(u8[q + GOALS] as number) * GOAL_SETS + (u8[at + GOALS] as number)] as number,
    values: valueFit(u8, u8, q + VALUES, at + VALUES),
    operational: operationalFit(u8[q + DIGITAL] as number, u8[at + DIGITAL] as number, systemsFitOf(ctx, c)),
    risk: riskFit(u8[q + RISK] as number, u8[at + RISK] as number),
    culture: cultureOf(ctx, c),
    trust: f64[c * ROW + TRUST] as number,
  };
}

/** The seven components other than complementarity, each in [0, 1]. */
export function contextComponents(ctx: QueryContext, c: number): Omit<ComponentScores, 'complementarity'> {
  const { strategic, values, operational, risk, culture, trust } = contextParts(ctx, c);
  return {
    strategic,
    values,
    operational,
    risk,
    culture,
    geography: geographyFit(distanceKm(ctx, c), ctx.scope),
    trust,
  };
}

/** Weighted geography component. */
export function geographyScore(ctx: QueryContext, c: number): number {
  return ctx.weights.geography * geographyFit(distanceKm(ctx, c), ctx.scope);
}

/** Σ weight · component over strategic, values, operational, risk, culture and trust. */
export function otherContextScore(ctx: QueryContext, c: number): number {
  const w = ctx.weights;
  const parts = contextParts(ctx, c);
  return (
    w.strategic * parts.strategic +
    w.values * parts.values +
    w.operational * parts.operational +
    w.risk * parts.risk +
    w.culture * parts.culture +
    w.trust * parts.trust
  );
}

// Module-level on purpose: a closure made per call costs more than the bound saves.
function keyField(key: number, shift: number): number {
  return (key >>> shift) & 15;
}

function bothKnown(q: number, k: number, shift: number): boolean {
  return keyField(q, shift) !== KEY_UNKNOWN && keyField(k, shift) !== KEY_UNKNOWN;
}

/**
 * An upper bound of otherContextScore from the two organizations' context keys alone (contextRow.ts):
 * strategic, risk and culture as scored, values at their best (1), systems at their best for two
 * organizations that run any, trust rounded up.
 */
export function otherContextBound(ctx: QueryContext, c: number): number {
  const keys = ctx.index.orgs.contextKey;
  const q = keys[ctx.org] as number;
  const k = keys[c] as number;
  const systems = (q & k & (1 << 15)) !== 0 ? SYSTEMS_SAME_PRODUCT : SYSTEMS_SAME_KIND;
  const culture = (k >>> 23) & 255;
  const w = ctx.weights;
  return (
    w.strategic * (strategicFitTable[(q & 127) * GOAL_SETS + (k & 127)] as number) +
    w.values +
    w.operational * (bothKnown(q, k, 11) ? operationalFit(keyField(q, 11), keyField(k, 11), systems) : 1) +
    w.risk * (bothKnown(q, k, 7) ? riskFit(keyField(q, 7), keyField(k, 7)) : 1) +
    w.culture * (culture === KEY_NO_CULTURE ? 1 : cultureFitOf(ctx, culture)) +
    w.trust * (((k >>> 16) & 127) / KEY_TRUST_STEPS)
  );
}

/** Σ weight · component over the seven context components (complementarity excluded). */
export function contextScore(ctx: QueryContext, c: number): number {
  return geographyScore(ctx, c) + otherContextScore(ctx, c);
}
