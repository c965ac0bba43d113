import { randomUUID } from 'node:crypto';
import type { CreateOrgInput, OfferInput, ResourceInput, StrategicProfileInput } from '../../../common/schemas.ts';
import { deriveSizeClass } from '../../../common/sizeClass.ts';
import { bulkInsert } from '../../db/bulkInsert.ts';
import { allocateSlugs } from './allocateSlugs.ts';
import type { DbOrTx } from '../../deps.ts';
import { listings, orgs, resources, strategicProfiles } from '../../db/schema.ts';

export interface OrgBundle {
  identity: CreateOrgInput;
  strategy?: StrategicProfileInput;
  resources?: ResourceInput[];
  offers: OfferInput[];
  needs: OfferInput[];
}

// Many organizations with their profiles in a few statements (imports, demo data); returns their ids in order.
export async function insertOrgBundles(db: DbOrTx, bundles: OrgBundle[]): Promise<string[]> {
  const ids = bundles.map(() => randomUUID());
  const slugs = await allocateSlugs(
    db,
    bundles.map((b) => b.identity.name),
  );
  await bulkInsert(
    db,
    orgs,
    bundles.map((b, i) => ({
      ...b.identity,
      id: ids[i],
      slug: slugs[i]!,
      sizeClass: deriveSizeClass(b.identity.employees, b.identity.turnoverBand),
    })),
  );
  await bulkInsert(
    db,
    strategicProfiles,
    bundles.flatMap((b, i) => (b.strategy ? [{ ...b.strategy, orgId: ids[i]! }] : [])),
  );
  await bulkInsert(
    db,
    resources,
    bundles.flatMap((b, i) => (b.resources ?? []).map((r) => ({ ...r, orgId: ids[i]! }))),
  );
  await bulkInsert(
    db,
    listings,
    bundles.flatMap((b, i) => [
      ...b.offers.map((o) => ({ ...o, orgId: ids[i]!, kind: 'offer' as const })),
      ...b.needs.map((n) => ({ ...n, orgId: ids[i]!, kind: 'need' as const })),
    ]),
  );
  return ids;
}
