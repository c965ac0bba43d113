import {
  memberMetricKeys,
  vulnerabilityDimensions,
  type MapTie,
  type MemberMetricKey,
  type MemberMetricValues,
  type Vulnerability,
  type VulnerabilityDimension,
} from '../../../common/networkAnalytics.ts';
import { naceSection } from '../../../common/reference/nace.ts';
import type { Job } from '../../jobs/jobQueue.ts';
import type { SnapshotMember, StoredSnapshot } from './snapshots.repository.ts';

// Shapes stored snapshots into the API's views (see src/common/networkAnalytics.ts).

export function presentMapMember(row: SnapshotMember, showVulnerability: boolean) {
  return {
    orgId: row.orgId,
    name: row.name,
    sector: row.naceCode ? naceSection(row.naceCode) : null,
    country: row.country || null,
    region: row.region || null,
    community: row.community,
    metrics: row.metrics as unknown as MemberMetricValues,
    vulnerability: showVulnerability ? row.vulnerability.overall : null,
  };
}

// Ties every member of the network may see: its collaborations were placed in the network by their
// parties. Declared supply relations and accepted introductions are private to the two organizations:
// beyond the network's managers, only the organizations at either end see them on the map.
const networkWideTies = new Set<MapTie['types'][number]['type']>(['collaboration']);

export interface TieViewer {
  manager: boolean;
  myOrgIds: string[];
}

export function tiesVisibleTo(ties: MapTie[], viewer: TieViewer): MapTie[] {
  if (viewer.manager) return ties;
  const mine = new Set(viewer.myOrgIds);
  return ties.flatMap((tie) => {
    if (mine.has(tie.source) || mine.has(tie.target)) return [tie];
    const types = tie.types.filter((t) => networkWideTies.has(t.type));
    if (types.length === 0) return [];
    return [{ ...tie, types, weight: types.reduce((sum, t) => sum + t.weight, 0), supply: null }];
  });
}

export function presentSnapshot(
  snapshot: StoredSnapshot,
  members: ReturnType<typeof presentMapMember>[],
  viewer: TieViewer,
) {
  return {
    id: snapshot.id,
    startedAt: snapshot.startedAt.toISOString(),
    finishedAt: snapshot.finishedAt.toISOString(),
    parameters: snapshot.parameters,
    network: snapshot.network,
    members,
    ties: tiesVisibleTo(snapshot.ties, viewer),
  };
}

export function presentRun(job: Job | null) {
  if (!job) return null;
  return {
    jobId: job.id,
    status: job.status,
    progress: job.progress ?? null,
    error: job.status === 'failed' ? (job.lastError ?? null) : null,
    createdAt: job.createdAt.toISOString(),
  };
}

export function dimensionScores(vulnerability: Vulnerability): Record<VulnerabilityDimension, number> {
  const scores = Object.fromEntries(vulnerabilityDimensions.map((d) => [d, 0])) as Record<
    VulnerabilityDimension,
    number
  >;
  for (const d of vulnerability.dimensions) scores[d.dimension] = d.score;
  return scores;
}

/** Share of members whose value is at most this member's; null when the member's value is null. */
export function percentiles(
  all: MemberMetricValues[],
  mine: MemberMetricValues,
): Record<MemberMetricKey, number | null> {
  const result = {} as Record<MemberMetricKey, number | null>;
  for (const key of memberMetricKeys) {
    const value = mine[key];
    if (value === null) {
      result[key] = null;
      continue;
    }
    const values = all.map((m) => m[key]).filter((v): v is number => v !== null);
    result[key] = values.length === 0 ? null : values.filter((v) => v <= value + 1e-12).length / values.length;
  }
  return result;
}

export function tiesOf(orgId: string, ties: MapTie[], members: SnapshotMember[]) {
  const byId = new Map(members.map((m) => [m.orgId, m]));
  const own = byId.get(orgId);
  return ties
    .filter((t) => t.source === orgId || t.target === orgId)
    .map((t) => {
      const other = t.source === orgId ? t.target : t.source;
      const peer = byId.get(other);
      return {
        orgId: other,
        name: peer?.name ?? '',
        weight: t.weight,
        types: t.types,
        sameCommunity: peer !== undefined && peer.community === own?.community,
      };
    })
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
}
