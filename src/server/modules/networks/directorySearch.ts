import { foldText } from '../../../common/foldText.ts';
import type { DirectoryQuery } from '../../../common/schemas.ts';
import { naceCodes } from '../../../common/reference/nace.ts';
import type { DirectoryFilter } from './directory.repository.ts';

// Turns free text into a prefix query: "bak bolo" → 'bak:* & bolo:*', "Łódź" → 'lodz:*'. Only letters
// and digits pass, folded as the search indexes fold them (common/foldText.ts).
export function toPrefixQuery(text: string | undefined): string | undefined {
  const terms = foldText(text ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return terms.length === 0 ? undefined : terms.map((t) => `${t}:*`).join(' & ');
}

export function toDirectoryFilter(query: DirectoryQuery): DirectoryFilter {
  const filter: DirectoryFilter = {
    prefixQuery: toPrefixQuery(query.q),
    country: query.country,
    region: query.region || undefined,
    city: query.city || undefined,
    sizeClass: query.sizeClass,
    offers: query.offers || undefined,
    needs: query.needs || undefined,
    limit: query.limit,
    offset: query.offset,
  };
  const sector = query.sector?.toUpperCase();
  if (sector && /^[A-U]$/.test(sector)) {
    filter.divisions = naceCodes.filter((c) => c.level === 2 && c.parent === sector).map((c) => c.code);
  } else if (sector) {
    filter.naceCode = sector;
  }
  return filter;
}
