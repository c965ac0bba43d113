import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { MapTie, NetworkMetricValues, Vulnerability } from '../../../common/networkAnalytics.ts';
import type { DbOrTx } from '../../deps.ts';
import { analyticsMemberMetrics, analyticsSnapshots, jobs, networkMembers, orgs } from '../../db/schema.ts';
import type { AnalysisParameters, NetworkAnalysis } from './computeAnalysis.ts';
import { analysisSingletonKey } from './scheduleAnalysis.ts';

// Dated analyses of a network. The map's ties are kept with the snapshot's network figures (under `tieList`)
// so that a snapshot shows the graph it was computed on; history reads leave them out.

const tieListKey = 'tieList';
const insertBatch = 500;

export async function insertRunningSnapshot(db: DbOrTx, networkId: string, startedAt: Date) {
  const [row] = await db
    .insert(analyticsSnapshots)
    .values({ networkId, status: 'running', startedAt })
    .returning({ id: analyticsSnapshots.id });
  return row!.id;
}

export async function completeSnapshot(db: DbOrTx, snapshotId: string, analysis: NetworkAnalysis, finishedAt: Date) {
  for (let i = 0; i < analysis.members.length; i += insertBatch) {
    await db.insert(analyticsMemberMetrics).values(
      analysis.members.slice(i, i + insertBatch).map((m) => ({
        snapshotId,
        orgId: m.orgId,
        community: m.community,
        metrics: m.metrics,
        vulnerability: m.vulnerability as unknown as Record<string, unknown>,
        computedAt: finishedAt,
      })),
    );
  }
  await db
    .update(analyticsSnapshots)
    .set({
      status: 'done',
      finishedAt,
      members: analysis.network.members,
      ties: analysis.network.ties,
      networkMetrics: { ...analysis.network, [tieListKey]: analysis.ties },
      parameters: analysis.parameters as unknown as Record<string, unknown>,
    })
    .where(eq(analyticsSnapshots.id, snapshotId));
}

export async function failSnapshot(db: DbOrTx, snapshotId: string, error: string, finishedAt: Date) {
  await db
    .update(analyticsSnapshots)
    .set({ status: 'failed', error: error.slice(0, 2000), finishedAt })
    .where(eq(analyticsSnapshots.id, snapshotId));
}

const done = (networkId: string) =>
  and(eq(analyticsSnapshots.networkId, networkId), eq(analyticsSnapshots.status, 'done'));

export interface StoredSnapshot {
  id: string;
  startedAt: Date;
  finishedAt: Date;
  parameters: AnalysisParameters;
  network: NetworkMetricValues;
  ties: MapTie[];
}

export async function findLatestSnapshot(db: DbOrTx, networkId: string): Promise<StoredSnapshot | null> {
  const [row] = await db
    .select()
    .from(analyticsSnapshots)
    .where(done(networkId))
    .orderBy(desc(analyticsSnapshots.finishedAt))
    .limit(1);
  if (!row) return null;
  const { [tieListKey]: ties, ...network } = (row.networkMetrics ?? {}) as Record<string, unknown>;
  return {
    id: row.id,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt!,
    parameters: row.parameters as unknown as AnalysisParameters,
    network: network as unknown as NetworkMetricValues,
    ties: (ties ?? []) as MapTie[],
  };
}

export async function listSnapshotMembers(db: DbOrTx, snapshotId: string) {
  const rows = await db
    .select({
      orgId: analyticsMemberMetrics.orgId,
      name: orgs.name,
      naceCode: orgs.naceCode,
      country: orgs.country,
      region: orgs.region,
      community: analyticsMemberMetrics.community,
      metrics: analyticsMemberMetrics.metrics,
      vulnerability: analyticsMemberMetrics.vulnerability,
    })
    .from(analyticsMemberMetrics)
    .innerJoin(orgs, eq(orgs.id, analyticsMemberMetrics.orgId))
    .where(eq(analyticsMemberMetrics.snapshotId, snapshotId))
    .orderBy(asc(orgs.name), asc(orgs.id));
  return rows.map((r) => ({ ...r, vulnerability: r.vulnerability as unknown as Vulnerability }));
}
export type SnapshotMember = Awaited<ReturnType<typeof listSnapshotMembers>>[number];

/** Network figures of every finished snapshot, oldest first (the map's ties left out). */
export async function listNetworkHistory(db: DbOrTx, networkId: string, limit = 200) {
  const rows = await db
    .select({
      snapshotId: analyticsSnapshots.id,
      finishedAt: analyticsSnapshots.finishedAt,
      network: sql<NetworkMetricValues>`${analyticsSnapshots.networkMetrics} - ${tieListKey}::text`,
    })
    .from(analyticsSnapshots)
    .where(done(networkId))
    .orderBy(desc(analyticsSnapshots.finishedAt))
    .limit(limit);
  return rows.reverse().map((r) => ({ ...r, finishedAt: r.finishedAt! }));
}

/** One member's rows over the network's finished snapshots, oldest first. */
export async function listMemberHistory(db: DbOrTx, networkId: string, orgId: string, limit = 200) {
  const rows = await db
    .select({
      snapshotId: analyticsSnapshots.id,
      finishedAt: analyticsSnapshots.finishedAt,
      vulnerability: analyticsMemberMetrics.vulnerability,
    })
    .from(analyticsMemberMetrics)
    .innerJoin(analyticsSnapshots, eq(analyticsSnapshots.id, analyticsMemberMetrics.snapshotId))
    .where(and(done(networkId), eq(analyticsMemberMetrics.orgId, orgId)))
    .orderBy(desc(analyticsSnapshots.finishedAt))
    .limit(limit);
  return rows
    .reverse()
    .map((r) => ({ ...r, finishedAt: r.finishedAt!, vulnerability: r.vulnerability as unknown as Vulnerability }));
}

/** The network's newest analysis job: queued or running if there is one, else the last that ran. */
export async function findLatestRun(db: DbOrTx, networkId: string) {
  const [row] = await db
    .select()
    .from(jobs)
    .where(eq(jobs.singletonKey, analysisSingletonKey(networkId)))
    .orderBy(sql`case when ${jobs.status} in ('queued', 'running') then 0 else 1 end`, desc(jobs.createdAt))
    .limit(1);
  return row ?? null;
}

/** An organization with a membership (any status) in the network, with its name. */
export async function findNetworkMember(db: DbOrTx, networkId: string, orgId: string) {
  const [row] = await db
    .select({ orgId: orgs.id, name: orgs.name })
    .from(networkMembers)
    .innerJoin(orgs, eq(orgs.id, networkMembers.orgId))
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.orgId, orgId)));
  return row;
}
