import { and, eq, gte, inArray, ne } from 'drizzle-orm';
import type { StrategicProfileInput } from '../../../common/schemas.ts';
import type { DbOrTx } from '../../deps.ts';
import { listings, networkMembers, orgs, strategicProfiles } from '../../db/schema.ts';
import { resolveCulture, type MatchItem, type MatchProfile } from './engine/matchProfile.ts';
import { neutralTrust } from './engine/score.ts';

const neutralStrategy: Omit<StrategicProfileInput, 'visibility'> = {
  goals: [],
  values: { sustainability: 50, growth: 50, quality: 50, community: 50, innovation: 50 },
  riskAppetite: 3,
  digitalMaturity: 3,
  businessSystems: [],
  cultureOverrides: {},
};

const pageSize = 5_000;

// What matching may use: organizations that are not private, and their public and network-only items.
// Suggestions are drawn from networks the asking organization shares, so network-only items are visible there.
// With `changedSince`: organizations changed since then, private ones included — those come back
// in `hiddenIds`, for the index to forget. One query serves both.
export async function loadMatchProfiles(
  db: DbOrTx,
  changedSince?: Date,
): Promise<{ profiles: MatchProfile[]; hiddenIds: string[]; newest: Date | null }> {
  const profiles: MatchProfile[] = [];
  const hiddenIds: string[] = [];
  let newest: Date | null = null;
  for (let offset = 0; ; offset += pageSize) {
    const rows = await db
      .select({ org: orgs, strategy: strategicProfiles })
      .from(orgs)
      .leftJoin(strategicProfiles, eq(strategicProfiles.orgId, orgs.id))
      .where(changedSince ? gte(orgs.updatedAt, changedSince) : ne(orgs.visibility, 'private'))
      .orderBy(orgs.id)
      .limit(pageSize)
      .offset(offset);
    if (rows.length === 0) break;
    const ids = rows.map((r) => r.org.id);
    const [items, memberships] = await Promise.all([
      db
        .select()
        .from(listings)
        .where(and(inArray(listings.orgId, ids), inArray(listings.visibility, ['public', 'network']))),
      db
        .select({ orgId: networkMembers.orgId, networkId: networkMembers.networkId })
        .from(networkMembers)
        .where(and(inArray(networkMembers.orgId, ids), eq(networkMembers.status, 'active'))),
    ]);
    const itemsByOrg = groupBy(items, (i) => i.orgId);
    const networksByOrg = groupBy(memberships, (m) => m.orgId);
    for (const { org, strategy } of rows) {
      if (!newest || org.updatedAt > newest) newest = org.updatedAt;
      if (org.visibility === 'private') {
        hiddenIds.push(org.id);
        continue;
      }
      const own = itemsByOrg.get(org.id) ?? [];
      const s = strategy ?? neutralStrategy;
      profiles.push({
        id: org.id,
        country: org.country,
        latitude: org.latitude,
        longitude: org.longitude,
        naceCode: org.naceCode,
        employees: org.employees,
        turnoverBand: org.turnoverBand,
        goals: s.goals,
        values: s.values,
        riskAppetite: s.riskAppetite,
        digitalMaturity: s.digitalMaturity,
        businessSystems: s.businessSystems,
        culture: resolveCulture(org.country, s.cultureOverrides),
        offers: own.filter((i) => i.kind === 'offer').map(toItem),
        needs: own.filter((i) => i.kind === 'need').map(toItem),
        // No ratings or verification exist yet: every organization gets the neutral prior.
        trust: neutralTrust,
        // Network communities come with network analytics; until then no cluster is known.
        clusterId: null,
        networks: (networksByOrg.get(org.id) ?? []).map((m) => m.networkId),
        scope: 'national',
      });
    }
    if (rows.length < pageSize) break;
  }
  return { profiles, hiddenIds, newest };
}

function toItem(row: typeof listings.$inferSelect): MatchItem {
  return {
    id: row.id,
    capability: row.capability,
    title: row.title,
    description: row.description,
    quantity: row.quantity,
    unit: row.unit,
    availableFrom: row.availableFrom,
    availableUntil: row.availableUntil,
    priority: row.priority,
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
