import { and, desc, eq, gt, gte, inArray, max, ne, or, sql } from 'drizzle-orm';
import type { StrategicProfileInput } from '../../../common/schemas.ts';
import type { DbOrTx } from '../../deps.ts';
import {
  analyticsMemberMetrics,
  analyticsSnapshots,
  listings,
  networkMembers,
  orgs,
  strategicProfiles,
} from '../../db/schema.ts';
import { resolveCulture, type MatchItem, type MatchProfile } from './engine/matchProfile.ts';
import { neutralTrust } from './engine/score.ts';
import { trustOf } from './partnerTrust.repository.ts';

const neutralStrategy: Omit<StrategicProfileInput, 'visibility'> = {
  goals: [],
  values: { sustainability: 50, growth: 50, quality: 50, community: 50, innovation: 50 },
  riskAppetite: 3,
  digitalMaturity: 3,
  businessSystems: [],
  cultureOverrides: {},
};

const pageSize = 5_000;

/** Interns "<network>:<community>" keys as the small numbers the index stores. */
export type ClusterNumbers = Map<string, number>;

export interface ProfileSelection {
  // Organizations changed since then, private ones included (those come back in `hiddenIds`).
  changedSince?: Date;
  // And the members covered by network analyses finished since then: their clusters changed.
  analysedSince?: Date;
}

// What matching may use: organizations that are not private, and their public and network-only items.
// Suggestions are drawn from networks the asking organization shares, so network-only items are visible there.
// With a selection: the organizations it names, private ones included — those come back in `hiddenIds`,
// for the index to forget. One query serves both.
// An organization's cluster is its community in the latest analysis of its most recently analysed
// network (network analytics, Louvain), so that suggestions can favour partners outside it.
export async function loadMatchProfiles(
  db: DbOrTx,
  selection: ProfileSelection | undefined,
  clusterNumbers: ClusterNumbers,
): Promise<{ profiles: MatchProfile[]; hiddenIds: string[]; newest: Date | null }> {
  const selected = selection
    ? or(
        selection.changedSince ? gte(orgs.updatedAt, selection.changedSince) : sql`false`,
        selection.analysedSince
          ? inArray(
              orgs.id,
              db
                .select({ orgId: analyticsMemberMetrics.orgId })
                .from(analyticsMemberMetrics)
                .innerJoin(analyticsSnapshots, eq(analyticsSnapshots.id, analyticsMemberMetrics.snapshotId))
                .where(
                  and(
                    eq(analyticsSnapshots.status, 'done'),
                    gt(analyticsSnapshots.finishedAt, selection.analysedSince),
                  ),
                ),
            )
          : sql`false`,
      )
    : ne(orgs.visibility, 'private');
  const profiles: MatchProfile[] = [];
  const hiddenIds: string[] = [];
  let newest: Date | null = null;
  for (let offset = 0; ; offset += pageSize) {
    const rows = await db
      .select({ org: orgs, strategy: strategicProfiles })
      .from(orgs)
      .leftJoin(strategicProfiles, eq(strategicProfiles.orgId, orgs.id))
      .where(selected)
      .orderBy(orgs.id)
      .limit(pageSize)
      .offset(offset);
    if (rows.length === 0) break;
    const ids = rows.map((r) => r.org.id);
    const [items, memberships, communities] = await Promise.all([
      db
        .select()
        .from(listings)
        .where(and(inArray(listings.orgId, ids), inArray(listings.visibility, ['public', 'network']))),
      db
        .select({
          orgId: networkMembers.orgId,
          networkId: networkMembers.networkId,
          verifiedAt: networkMembers.verifiedAt,
        })
        .from(networkMembers)
        .where(and(inArray(networkMembers.orgId, ids), eq(networkMembers.status, 'active'))),
      latestCommunities(db, ids),
    ]);
    const itemsByOrg = groupBy(items, (i) => i.orgId);
    const networksByOrg = groupBy(memberships, (m) => m.orgId);
    const verifiedIds = new Set(memberships.filter((m) => m.verifiedAt !== null).map((m) => m.orgId));
    const trust = await trustOf(db, ids, verifiedIds);
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
        places: [org.city, org.region],
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
        trust: trust.get(org.id) ?? neutralTrust,
        clusterId: clusterNumber(clusterNumbers, communities.get(org.id)),
        networks: (networksByOrg.get(org.id) ?? []).map((m) => m.networkId),
        scope: 'national',
      });
    }
    if (rows.length < pageSize) break;
  }
  return { profiles, hiddenIds, newest };
}

// Each organization's community in the newest finished analysis that includes it.
async function latestCommunities(db: DbOrTx, orgIds: string[]): Promise<Map<string, string>> {
  const rows = await db
    .selectDistinctOn([analyticsMemberMetrics.orgId], {
      orgId: analyticsMemberMetrics.orgId,
      networkId: analyticsSnapshots.networkId,
      community: analyticsMemberMetrics.community,
    })
    .from(analyticsMemberMetrics)
    .innerJoin(analyticsSnapshots, eq(analyticsSnapshots.id, analyticsMemberMetrics.snapshotId))
    .where(and(inArray(analyticsMemberMetrics.orgId, orgIds), eq(analyticsSnapshots.status, 'done')))
    .orderBy(analyticsMemberMetrics.orgId, desc(analyticsSnapshots.finishedAt));
  return new Map(rows.map((r) => [r.orgId, `${r.networkId}:${r.community}`]));
}

function clusterNumber(numbers: ClusterNumbers, key: string | undefined): number | null {
  if (key === undefined) return null;
  let number = numbers.get(key);
  if (number === undefined) numbers.set(key, (number = numbers.size));
  return number;
}

// When the newest network analysis finished, to notice newer ones.
export async function latestAnalysisAt(db: DbOrTx): Promise<Date | null> {
  const [latest] = await db
    .select({ finishedAt: max(analyticsSnapshots.finishedAt) })
    .from(analyticsSnapshots)
    .where(eq(analyticsSnapshots.status, 'done'));
  return latest?.finishedAt ?? null;
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
