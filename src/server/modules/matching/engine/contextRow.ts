import { CONTEXT_ROW_WIDTH, SYSTEM_SLOTS, VALUE_DIMENSIONS, type OrgColumns } from './indexColumns.ts';

// Everything the context score and the candidate filter read of an organization, copied into one
// 64-byte row (one cache line) per organization. Scoring a candidate met on the lists then misses
// memory once, where reading the separate columns (coordinates, goals, values, culture, trust,
// cluster, liveness…) missed it a dozen times: at a million organizations that was most of the time
// spent evaluating candidates. The columns stay the source of truth; syncContextRow copies them.
//
// Row layout, as doubles (f64), 32-bit integers (i32) and bytes (u8) over the same buffer:
//   f64 0–3  latitude, longitude (radians), cos latitude, trust
//   i32 8–9  culture number, cluster (−1 unknown)          (double 4)
//   u8 40–45 goal mask, risk, digital maturity, system kinds, has systems, alive   (double 5)
//   u8 48–52 the five values                                (double 6)
//   i32 14–15 a 64-bit set of the organization's system products, bit product % 64   (double 7),
//            so that two organizations with no product in common rarely read the systems column

// The context key packs, in 32 bits per organization, what bounds the six context components other
// than geography closely without the row: goals, risk and digital maturity exactly, whether it runs
// any system, trust rounded up, and the culture number. At a million organizations the keys (4 MB)
// stay in the processor's cache where the rows (64 MB) do not, so a search can drop most candidates
// whose context cannot be enough before it reads their row.
//   bits 0–6 goal mask · 7–10 risk · 11–14 digital maturity (KEY_UNKNOWN: over 14) · 15 has systems ·
//   16–22 trust · 127, rounded up · 23–30 culture number (KEY_NO_CULTURE: 255 or more)
export const KEY_UNKNOWN = 15;
export const KEY_TRUST_STEPS = 127;
export const KEY_NO_CULTURE = 255;

export const ROW = CONTEXT_ROW_WIDTH;
export const LAT = 0;
export const LON = 1;
export const COS_LAT = 2;
export const TRUST = 3;
export const CULTURE = 8;
export const CLUSTER = 9;
export const GOALS = 40;
export const RISK = 41;
export const DIGITAL = 42;
export const SYSTEM_KINDS = 43;
export const HAS_SYSTEMS = 44;
export const ALIVE = 45;
export const VALUES = 48;
export const PRODUCT_BITS = 14;

/** The three views of the rows; organization `org` starts at f64 org·ROW, i32 org·2·ROW, u8 org·8·ROW. */
export interface ContextRows {
  f64: Float64Array;
  i32: Int32Array;
  u8: Uint8Array;
}

const viewsOf = new WeakMap<Float64Array, ContextRows>();

/** The views of a row array, made once per array (every write and every query asks for them). */
export function contextRows(row: Float64Array): ContextRows {
  let views = viewsOf.get(row);
  if (views === undefined) {
    views = {
      f64: row,
      i32: new Int32Array(row.buffer, row.byteOffset, row.length * 2),
      u8: new Uint8Array(row.buffer, row.byteOffset, row.length * 8),
    };
    viewsOf.set(row, views);
  }
  return views;
}

/** Copies organization `org`'s columns into its row. */
export function syncContextRow(o: OrgColumns, org: number): void {
  const { f64, i32, u8 } = contextRows(o.contextRow);
  const at = org * ROW;
  f64[at + LAT] = o.lat[org] as number;
  f64[at + LON] = o.lon[org] as number;
  f64[at + COS_LAT] = o.cosLat[org] as number;
  f64[at + TRUST] = o.trust[org] as number;
  i32[2 * at + CULTURE] = o.culture[org] as number;
  i32[2 * at + CLUSTER] = o.cluster[org] as number;
  const bytes = 8 * at;
  u8[bytes + GOALS] = o.goals[org] as number;
  u8[bytes + RISK] = o.risk[org] as number;
  u8[bytes + DIGITAL] = o.digital[org] as number;
  u8[bytes + SYSTEM_KINDS] = o.systemKinds[org] as number;
  u8[bytes + HAS_SYSTEMS] = o.systems[org * SYSTEM_SLOTS] === 0 ? 0 : 1;
  u8[bytes + ALIVE] = o.alive[org] as number;
  for (let d = 0; d < VALUE_DIMENSIONS; d++) u8[bytes + VALUES + d] = o.values[org * VALUE_DIMENSIONS + d] as number;
  i32[2 * at + PRODUCT_BITS] = 0;
  i32[2 * at + PRODUCT_BITS + 1] = 0;
  for (let slot = 0; slot < SYSTEM_SLOTS; slot++) {
    const product = o.systems[org * SYSTEM_SLOTS + slot] as number;
    if (product === 0) break;
    const word = 2 * at + PRODUCT_BITS + ((product >> 5) & 1);
    i32[word] = (i32[word] as number) | (1 << (product & 31));
  }
  o.contextKey[org] = contextKeyOf(o, org);
}

function smallField(value: number): number {
  return value < KEY_UNKNOWN ? value : KEY_UNKNOWN;
}

/** Organization `org`'s context key (layout above). */
function contextKeyOf(o: OrgColumns, org: number): number {
  const trust = o.trust[org] as number;
  const trustSteps = trust >= 0 && trust <= 1 ? Math.ceil(trust * KEY_TRUST_STEPS) : KEY_TRUST_STEPS;
  const culture = o.culture[org] as number;
  const cultureCode = culture >= 0 && culture < KEY_NO_CULTURE ? culture : KEY_NO_CULTURE;
  return (
    ((o.goals[org] as number) & 127) |
    (smallField(o.risk[org] as number) << 7) |
    (smallField(o.digital[org] as number) << 11) |
    ((o.systems[org * SYSTEM_SLOTS] === 0 ? 0 : 1) << 15) |
    (trustSteps << 16) |
    ((cultureCode << 23) >>> 0)
  );
}

/** Whether two organizations may share a system product (false: they certainly do not). */
export function mayShareProduct(i32: Int32Array, q: number, c: number): boolean {
  const x = 2 * ROW * q + PRODUCT_BITS;
  const y = 2 * ROW * c + PRODUCT_BITS;
  return (((i32[x] as number) & (i32[y] as number)) | ((i32[x + 1] as number) & (i32[y + 1] as number))) !== 0;
}
