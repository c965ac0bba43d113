import { cultureFit, kogutSingh } from './culture.ts';
import { haversineRadians } from './geo.ts';
import { SYSTEM_SLOTS } from './indexColumns.ts';
import {
  COS_LAT,
  CULTURE,
  DIGITAL,
  GOALS,
  HAS_SYSTEMS,
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

function cultureOf(ctx: QueryContext, c: number): number {
  const i32 = ctx.rows.i32;
  const profile = i32[2 * ROW * c + CULTURE] as number;
  let fit = ctx.cultureCache[profile] as number;
  if (Number.isNaN(fit)) {
    const table = ctx.index.cultureTable;
    fit = cultureFit(kogutSingh(table, table, (i32[2 * ROW * ctx.org + CULTURE] as number) * 6, profile * 6));
    ctx.cultureCache[profile] = fit;
  }
  return fit;
}

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

/** Σ weight · component over the seven context components (complementarity excluded). */
export function contextScore(ctx: QueryContext, c: number): number {
  return geographyScore(ctx, c) + otherContextScore(ctx, c);
}
