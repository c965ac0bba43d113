// Writing one organization into the index: its numeric columns and its items with their terms.

import { deriveSizeClass } from '../../../../common/sizeClass.ts';
import { sizeClasses, valueDimensions } from '../../../../common/vocabulary.ts';
import { syncContextRow } from './contextRow.ts';
import { cultureVector } from './culture.ts';
import { geoScopes, toRadians } from './geo.ts';
import { nextCapacity, resized, resizeOrgColumns, SYSTEM_SLOTS, VALUE_DIMENSIONS } from './indexColumns.ts';
import type { MatchItem, MatchProfile } from './matchProfile.ts';
import { goalMask, priorityOrder, trustScore } from './score.ts';
import { registerTag } from './taxonomy.ts';
import { ensureItemCapacity, type TermsSeen } from './indexStorage.ts';
import { countItemTerms, type PlaceWords } from './itemTerms.ts';

import { lookup } from './dictionary.ts';
import type { MatchIndex } from './matchIndex.ts';

const dayCache = new Map<string, number>();
function dayNumber(iso: string | null, open: number): number {
  if (iso === null) return open;
  let day = dayCache.get(iso);
  if (day === undefined) {
    day = Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
    if (Number.isNaN(day)) day = open;
    if (dayCache.size > 100_000) dayCache.clear();
    dayCache.set(iso, day);
  }
  return day;
}

const systemKindBits: Readonly<Record<string, number>> = { erp: 1, crm: 2, accounting: 4 };

function cultureNumber(index: MatchIndex, profile: MatchProfile): number {
  const vector = cultureVector(profile.culture);
  const number = lookup(index.cultures, vector.join(','));
  if ((number + 1) * 6 > index.cultureTable.length) {
    index.cultureTable = resized(index.cultureTable, nextCapacity(index.cultureTable.length, (number + 1) * 6));
  }
  index.cultureTable.set(vector, number * 6);
  return number;
}

export function writeOrgColumns(index: MatchIndex, org: number, profile: MatchProfile): void {
  const o = index.orgs;
  o.alive[org] = 1;
  const hasPoint = profile.latitude !== null && profile.longitude !== null;
  o.lat[org] = hasPoint ? toRadians(profile.latitude ?? 0) : Number.NaN;
  o.lon[org] = hasPoint ? toRadians(profile.longitude ?? 0) : Number.NaN;
  o.cosLat[org] = hasPoint ? Math.cos(o.lat[org] ?? 0) : Number.NaN;
  o.country[org] = lookup(index.countries, profile.country.trim().toUpperCase());
  o.nace[org] = lookup(index.naceCodes, (profile.naceCode ?? '').trim().toUpperCase());
  const size = deriveSizeClass(profile.employees, profile.turnoverBand);
  o.sizeClass[org] = size === null ? -1 : sizeClasses.indexOf(size);
  o.employees[org] = profile.employees ?? Number.NaN;
  o.goals[org] = goalMask(profile.goals);
  valueDimensions.forEach((dimension, d) => {
    o.values[org * VALUE_DIMENSIONS + d] = Math.max(0, Math.min(100, Math.round(profile.values[dimension])));
  });
  o.risk[org] = profile.riskAppetite;
  o.digital[org] = profile.digitalMaturity;
  let kinds = 0;
  const products = new Set<number>();
  for (const system of profile.businessSystems) {
    kinds |= systemKindBits[system.kind] ?? 0;
    products.add(lookup(index.products, `${system.kind}:${system.name.trim().toLowerCase()}`));
  }
  const sorted = [...products].sort((a, b) => a - b).slice(0, SYSTEM_SLOTS);
  for (let slot = 0; slot < SYSTEM_SLOTS; slot++) o.systems[org * SYSTEM_SLOTS + slot] = (sorted[slot] ?? -1) + 1;
  o.systemKinds[org] = kinds;
  o.culture[org] = cultureNumber(index, profile);
  o.trust[org] = trustScore(profile.trust);
  o.cluster[org] = profile.clusterId ?? -1;
  o.scope[org] = Math.max(0, geoScopes.indexOf(profile.scope));
  syncContextRow(o, org);
}

export function ensureOrgCapacity(index: MatchIndex, rows: number): void {
  if (rows > index.orgs.alive.length) {
    index.orgs = resizeOrgColumns(index.orgs, nextCapacity(index.orgs.alive.length, rows));
  }
}

/** Term-pool code of an item term: bit 7 set when the term is in the title, bits 0–6 the tf in quarters. */
export function termCode(titleCount: number, descriptionCount: number): number {
  return (titleCount > 0 ? 128 : 0) | Math.min(127, 4 * titleCount + descriptionCount);
}

/** Appends one item of `org`; words of its place names (`places`, from placeWords) do not count. */
export function appendItem(
  index: MatchIndex,
  org: number,
  item: MatchItem,
  isOffer: boolean,
  termsSeen: TermsSeen,
  places: PlaceWords,
): void {
  const { language, title, description } = countItemTerms(index, item.title, item.description, places);
  // In quarter tokens, like the frequencies.
  const length = 4 * title.length + description.length;
  const row = index.itemCount;
  ensureItemCapacity(index, row + 1, index.termPoolLength + title.terms.length + description.terms.length);
  const it = index.items;
  const tag = registerTag(index.taxonomy, item.capability.trim());
  it.org[row] = org;
  it.tag[row] = tag;
  it.priority[row] = Math.max(0, priorityOrder.indexOf(item.priority));
  it.language[row] = language;
  it.quantity[row] = item.quantity ?? Number.NaN;
  it.unit[row] = lookup(index.units, item.unit.trim().toLowerCase());
  it.from[row] = dayNumber(item.availableFrom, Number.NEGATIVE_INFINITY);
  it.until[row] = dayNumber(item.availableUntil, Number.POSITIVE_INFINITY);
  it.termStart[row] = index.termPoolLength;
  it.length[row] = length;
  // The item's distinct terms in ascending order: a merge of the title's and the description's.
  let t = 0;
  let d = 0;
  while (t < title.terms.length || d < description.terms.length) {
    const inTitle = t < title.terms.length ? (title.terms[t] as number) : Number.MAX_SAFE_INTEGER;
    const inText = d < description.terms.length ? (description.terms[d] as number) : Number.MAX_SAFE_INTEGER;
    const term = Math.min(inTitle, inText);
    const code = termCode(
      inTitle === term ? (title.counts[t++] as number) : 0,
      inText === term ? (description.counts[d++] as number) : 0,
    );
    index.termIds[index.termPoolLength] = term;
    index.termFrequencies[index.termPoolLength] = code;
    index.termPoolLength++;
    if (!termsSeen.get(term)) termsSeen.set(term, (code & 128) !== 0);
    if (isOffer) {
      index.offerDocumentFrequency[term] = (index.offerDocumentFrequency[term] ?? 0) + 1;
      const maxima = code & 128 ? index.offerTitleMaxTf : index.offerTextMaxTf;
      if ((code & 127) > (maxima[term] as number)) maxima[term] = code & 127;
      if (length < (index.offerTermMinLength[term] as number)) index.offerTermMinLength[term] = length;
    }
  }
  it.termCount[row] = index.termPoolLength - (it.termStart[row] as number);
  if (isOffer) {
    index.offerDocumentCount++;
    index.offerLengthSum += length;
  }
  index.itemTitles[row] = title.text;
  index.itemIds[row] = item.id;
  index.itemCount++;
}
