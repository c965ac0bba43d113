// Column storage of the match index: one typed array per field, grown by doubling. Every field of
// every organization and item is a number here, so ranking never touches a JavaScript object and the
// whole index can be copied into SharedArrayBuffers for worker threads.

export type NumberArray = Int8Array | Uint8Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;

export const VALUE_DIMENSIONS = 5;
export const SYSTEM_SLOTS = 8;
/** Doubles per organization in contextRow (contextRow.ts: one cache line). */
export const CONTEXT_ROW_WIDTH = 8;

export interface OrgColumns {
  alive: Uint8Array;
  /** Radians; NaN without coordinates. */
  lat: Float64Array;
  lon: Float64Array;
  cosLat: Float64Array;
  country: Int32Array;
  nace: Int32Array;
  /** Index in sizeClasses, −1 unknown. */
  sizeClass: Int8Array;
  /** NaN unknown. */
  employees: Float64Array;
  goals: Uint8Array;
  /** VALUE_DIMENSIONS per organization. */
  values: Uint8Array;
  risk: Uint8Array;
  digital: Uint8Array;
  /** SYSTEM_SLOTS per organization: product number + 1, 0 for an empty slot. */
  systems: Int32Array;
  /** Bit per ERP / CRM / accounting kind present. */
  systemKinds: Uint8Array;
  culture: Int32Array;
  trust: Float64Array;
  /** −1 unknown. */
  cluster: Int32Array;
  scope: Uint8Array;
  itemStart: Int32Array;
  offerCount: Int32Array;
  needCount: Int32Array;
  /** Σ of the priority weights of the organization's needs. */
  needWeight: Int32Array;
  /** Postings written for the organization's current items (they go stale when it changes). */
  postingCount: Int32Array;
  /** The hot fields of the columns above, one row per organization (contextRow.ts). */
  contextRow: Float64Array;
  /** A few of those in 32 bits, for a bound of the context score that misses no cache (contextRow.ts). */
  contextKey: Uint32Array;
}

export interface ItemColumns {
  org: Int32Array;
  tag: Int32Array;
  priority: Uint8Array;
  /** Number of the item's text language (language.ts). */
  language: Uint8Array;
  /** NaN unknown. */
  quantity: Float64Array;
  unit: Int32Array;
  /** Day numbers; −Infinity / +Infinity for open ends. */
  from: Float64Array;
  until: Float64Array;
  termStart: Int32Array;
  termCount: Int32Array;
  /** BM25 document length in quarter tokens: 4 per title token, 1 per description token. */
  length: Int32Array;
}

type Widths<T> = { [K in keyof T]: number };

const orgWidths: Widths<OrgColumns> = {
  alive: 1,
  lat: 1,
  lon: 1,
  cosLat: 1,
  country: 1,
  nace: 1,
  sizeClass: 1,
  employees: 1,
  goals: 1,
  values: VALUE_DIMENSIONS,
  risk: 1,
  digital: 1,
  systems: SYSTEM_SLOTS,
  systemKinds: 1,
  culture: 1,
  trust: 1,
  cluster: 1,
  scope: 1,
  itemStart: 1,
  offerCount: 1,
  needCount: 1,
  needWeight: 1,
  postingCount: 1,
  contextRow: CONTEXT_ROW_WIDTH,
  contextKey: 1,
};

const itemWidths: Widths<ItemColumns> = {
  org: 1,
  tag: 1,
  priority: 1,
  language: 1,
  quantity: 1,
  unit: 1,
  from: 1,
  until: 1,
  termStart: 1,
  termCount: 1,
  length: 1,
};

/** A typed array of the same kind as `template` with room for `length` elements, prefix copied. */
export function resized<A extends NumberArray>(template: A, length: number, shared = false): A {
  const Kind = template.constructor as new (buffer: ArrayBufferLike) => A;
  const buffer = shared
    ? new SharedArrayBuffer(length * template.BYTES_PER_ELEMENT)
    : new ArrayBuffer(length * template.BYTES_PER_ELEMENT);
  const next = new Kind(buffer);
  next.set(template.length <= length ? template : (template.subarray(0, length) as A));
  return next;
}

function resizeColumns<T extends object>(columns: T, widths: Widths<T>, capacity: number, shared = false): T {
  const next: Record<string, NumberArray> = {};
  for (const key of Object.keys(widths) as Array<keyof T & string>) {
    next[key] = resized(columns[key] as NumberArray, capacity * (widths[key] as number), shared);
  }
  return next as T;
}

export function emptyOrgColumns(): OrgColumns {
  return {
    alive: new Uint8Array(0),
    lat: new Float64Array(0),
    lon: new Float64Array(0),
    cosLat: new Float64Array(0),
    country: new Int32Array(0),
    nace: new Int32Array(0),
    sizeClass: new Int8Array(0),
    employees: new Float64Array(0),
    goals: new Uint8Array(0),
    values: new Uint8Array(0),
    risk: new Uint8Array(0),
    digital: new Uint8Array(0),
    systems: new Int32Array(0),
    systemKinds: new Uint8Array(0),
    culture: new Int32Array(0),
    trust: new Float64Array(0),
    cluster: new Int32Array(0),
    scope: new Uint8Array(0),
    itemStart: new Int32Array(0),
    offerCount: new Int32Array(0),
    needCount: new Int32Array(0),
    needWeight: new Int32Array(0),
    postingCount: new Int32Array(0),
    contextRow: new Float64Array(0),
    contextKey: new Uint32Array(0),
  };
}

export function emptyItemColumns(): ItemColumns {
  return {
    org: new Int32Array(0),
    tag: new Int32Array(0),
    priority: new Uint8Array(0),
    language: new Uint8Array(0),
    quantity: new Float64Array(0),
    unit: new Int32Array(0),
    from: new Float64Array(0),
    until: new Float64Array(0),
    termStart: new Int32Array(0),
    termCount: new Int32Array(0),
    length: new Int32Array(0),
  };
}

export function resizeOrgColumns(columns: OrgColumns, capacity: number, shared = false): OrgColumns {
  return resizeColumns(columns, orgWidths, capacity, shared);
}

export function resizeItemColumns(columns: ItemColumns, capacity: number, shared = false): ItemColumns {
  return resizeColumns(columns, itemWidths, capacity, shared);
}

export function nextCapacity(current: number, needed: number): number {
  let capacity = Math.max(16, current);
  while (capacity < needed) capacity *= 2;
  return capacity;
}

/** Append-only lists of 32-bit integers, one per key (a tag or a term). */
export interface PostingStore {
  lists: Int32Array[];
  lengths: number[];
}

export function emptyPostingStore(): PostingStore {
  return { lists: [], lengths: [] };
}

/**
 * Makes room for one entry of `stride` numbers for organization `org` in a list, keeping the list
 * sorted by organization (the search walks every list in tiles of organizations), and returns where
 * to write it. Indexing appends in order; a re-indexed organization's entries move into place.
 */
function placeEntry(store: PostingStore, key: number, org: number, stride: number): number {
  while (store.lists.length <= key) {
    store.lists.push(new Int32Array(0));
    store.lengths.push(0);
  }
  const length = store.lengths[key] as number;
  let list = store.lists[key] as Int32Array;
  if (length + stride > list.length) {
    list = resized(list, Math.max(4, list.length * 2));
    store.lists[key] = list;
  }
  store.lengths[key] = length + stride;
  if (length === 0 || (list[length - stride] as number) <= org) return length;
  let lo = 0;
  let hi = length / stride;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid * stride] as number) > org) hi = mid;
    else lo = mid + 1;
  }
  list.copyWithin(lo * stride + stride, lo * stride, length);
  return lo * stride;
}

/** Adds an organization to a term list. */
export function pushPosting(store: PostingStore, key: number, org: number): void {
  const at = placeEntry(store, key, org, 1);
  (store.lists[key] as Int32Array)[at] = org;
}

/** Adds an (organization, code) pair to a tag list. */
export function pushPostingPair(store: PostingStore, key: number, org: number, code: number): void {
  const at = placeEntry(store, key, org, 2);
  const list = store.lists[key] as Int32Array;
  list[at] = org;
  list[at + 1] = code;
}

/** The live part of a list; empty for an unknown key. */
export function postingsOf(store: PostingStore, key: number): Int32Array {
  const list = store.lists[key];
  return list === undefined ? new Int32Array(0) : list.subarray(0, store.lengths[key] ?? 0);
}

/** All lists of a store packed into one SharedArrayBuffer, viewed back as the same store shape. */
export function packPostings(store: PostingStore): { data: Int32Array; offsets: Int32Array } {
  const offsets = new Int32Array(new SharedArrayBuffer((store.lists.length + 1) * 4));
  for (let key = 0; key < store.lists.length; key++) offsets[key + 1] = (offsets[key] ?? 0) + (store.lengths[key] ?? 0);
  const data = new Int32Array(new SharedArrayBuffer(Math.max(1, offsets[store.lists.length] ?? 0) * 4));
  for (let key = 0; key < store.lists.length; key++) data.set(postingsOf(store, key), offsets[key] ?? 0);
  return { data, offsets };
}

export function unpackPostings(packed: { data: Int32Array; offsets: Int32Array }): PostingStore {
  const lists: Int32Array[] = [];
  const lengths: number[] = [];
  for (let key = 0; key + 1 < packed.offsets.length; key++) {
    const start = packed.offsets[key] ?? 0;
    const end = packed.offsets[key + 1] ?? 0;
    lists.push(packed.data.subarray(start, end));
    lengths.push(end - start);
  }
  return { lists, lengths };
}

/** Columns trimmed to `count` rows in SharedArrayBuffers (one copy; workers then read them in place). */
export function shareOrgColumns(columns: OrgColumns, count: number): OrgColumns {
  return resizeColumns(columns, orgWidths, count, true);
}

export function shareItemColumns(columns: ItemColumns, count: number): ItemColumns {
  return resizeColumns(columns, itemWidths, count, true);
}
