import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SizeClass } from '../../../common/vocabulary.ts';
import type { DbOrTx } from '../../deps.ts';
import { listings, listingSearchDocument, networkMembers, orgs, orgSearchDocument } from '../../db/schema.ts';
import { visibleTo } from '../orgs/visibility.ts';

export interface DirectoryFilter {
  prefixQuery?: string; // to_tsquery text, e.g. 'bak:* & bolog:*'
  divisions?: string[]; // NACE divisions of a chosen section
  naceCode?: string;
  country?: string;
  region?: string;
  city?: string;
  sizeClass?: SizeClass;
  offers?: string;
  needs?: string;
  limit: number;
  offset: number;
}

// The very expressions of the search indexes, so that the queries use them.
const orgDocument = orgSearchDocument(orgs);
const listingDocument = listingSearchDocument(listings);

// Organizations with a visible listing of the kind, in a capability subtree or matching the text query.
// An uncorrelated IN lets PostgreSQL scan listings once (through its indexes) instead of once per organization.
function withListing(userId: string, kind: 'offer' | 'need' | null, capability: string | null, tsQuery: string | null) {
  return sql`${orgs.id} in (select ${listings.orgId} from ${listings} where true
    ${kind ? sql`and ${listings.kind} = ${kind}` : sql``}
    ${capability ? sql`and (${listings.capability} = ${capability} or ${listings.capability} like ${`${capability}.%`})` : sql``}
    ${tsQuery ? sql`and ${listingDocument} @@ to_tsquery('simple', ${tsQuery})` : sql``}
    and ${visibleTo(userId, listings.orgId, listings.visibility)})`;
}

function conditions(userId: string, f: DirectoryFilter): SQL[] {
  const where: SQL[] = [visibleTo(userId, orgs.id, orgs.visibility)];
  if (f.prefixQuery) {
    // Two index scans united, rather than an OR that would compute every organization's document.
    where.push(
      sql`${orgs.id} in (select ${orgs.id} from ${orgs} where ${orgDocument} @@ to_tsquery('simple', ${f.prefixQuery})
        union select ${listings.orgId} from ${listings} where ${listingDocument} @@ to_tsquery('simple', ${f.prefixQuery})
        and ${visibleTo(userId, listings.orgId, listings.visibility)})`,
    );
  }
  if (f.divisions) where.push(sql`split_part(${orgs.naceCode}, '.', 1) in ${f.divisions}`);
  if (f.naceCode) where.push(sql`(${orgs.naceCode} = ${f.naceCode} or ${orgs.naceCode} like ${`${f.naceCode}%`})`);
  if (f.country) where.push(eq(orgs.country, f.country));
  if (f.region) where.push(sql`lower(${orgs.region}) = lower(${f.region})`);
  if (f.city) where.push(sql`lower(${orgs.city}) = lower(${f.city})`);
  if (f.sizeClass) where.push(eq(orgs.sizeClass, f.sizeClass));
  if (f.offers) where.push(withListing(userId, 'offer', f.offers, null));
  if (f.needs) where.push(withListing(userId, 'need', f.needs, null));
  return where;
}

export async function searchDirectory(db: DbOrTx, userId: string, networkId: string, filter: DirectoryFilter) {
  const rows = await db
    .select({ org: orgs, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(orgs)
    .innerJoin(
      networkMembers,
      and(
        eq(networkMembers.orgId, orgs.id),
        eq(networkMembers.networkId, networkId),
        eq(networkMembers.status, 'active'),
      ),
    )
    .where(and(...conditions(userId, filter)))
    .orderBy(asc(orgs.name), asc(orgs.id))
    .limit(filter.limit)
    .offset(filter.offset);
  return { total: rows[0]?.total ?? 0, orgs: rows.map((r) => r.org) };
}

export async function visibleListingsOf(db: DbOrTx, userId: string, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  return db
    .select({ orgId: listings.orgId, kind: listings.kind, capability: listings.capability, title: listings.title })
    .from(listings)
    .where(and(inArray(listings.orgId, orgIds), visibleTo(userId, listings.orgId, listings.visibility)))
    .orderBy(asc(listings.title));
}
