import type { WhatIfResult } from '../../../common/networkAnalytics.ts';
import type { Deps, DbOrTx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { myMemberships } from '../networks/networks.repository.ts';
import { loadNetworkFor } from '../networks/networks.service.ts';
import {
  dimensionScores,
  percentiles,
  presentMapMember,
  presentRun,
  presentSnapshot,
  tiesOf,
  tiesVisibleTo,
} from './analytics.presenter.ts';
import { loadNetworkData } from './graphAssembly.repository.ts';
import { queueAnalysis } from './scheduleAnalysis.ts';
import * as snapshots from './snapshots.repository.ts';
import { currentCommunities, simulateRemoval } from './whatIf.ts';

// Who sees what (documented in the README):
// - analytics routes are for the network's active members and its managers (owners/admins of the managing org);
// - the map, network figures and structural metrics of every member are visible to all of them, but on
//   the map a member sees other organizations' supply relations and introductions only if it is one of
//   the two ends (managers see every tie: declared relations feed the network's analytics);
// - a member's vulnerability (scores and evidence) only to that member's own people and to the managers;
// - a what-if run by a manager covers the whole network; run by a member, it keeps what concerns the
//   member's own organizations (their lost inputs, their collaborations, their vulnerability changes).

interface Access {
  network: { id: string; name: string };
  manager: boolean;
  myOrgIds: string[];
}

async function loadAccess(db: DbOrTx, actor: Actor, networkId: string): Promise<Access> {
  const row = await loadNetworkFor(db, actor, networkId, 'view');
  const mine = (await myMemberships(db, actor.userId, [networkId])).filter((m) => m.status === 'active');
  if (!row.canManage && mine.length === 0) {
    throw new AppError('forbidden', { detail: "Network analytics are for the network's members." });
  }
  return {
    network: { id: row.network.id, name: row.network.name },
    manager: row.canManage,
    myOrgIds: mine.map((m) => m.orgId),
  };
}

const seesVulnerabilityOf = (access: Access, orgId: string) => access.manager || access.myOrgIds.includes(orgId);

export async function getNetworkAnalytics(deps: Deps, actor: Actor, networkId: string) {
  const access = await loadAccess(deps.db, actor, networkId);
  const latest = await snapshots.findLatestSnapshot(deps.db, networkId);
  const members = latest ? await snapshots.listSnapshotMembers(deps.db, latest.id) : [];
  const history = await snapshots.listNetworkHistory(deps.db, networkId);
  return {
    network: access.network,
    latest: latest
      ? presentSnapshot(
          latest,
          members.map((m) => presentMapMember(m, seesVulnerabilityOf(access, m.orgId))),
          access,
        )
      : null,
    history: history.map((h) => ({
      snapshotId: h.snapshotId,
      finishedAt: h.finishedAt.toISOString(),
      network: h.network,
    })),
    run: presentRun(await snapshots.findLatestRun(deps.db, networkId)),
    abilities: { run: access.manager, seeAllVulnerability: access.manager, whatIf: true },
    myOrgIds: access.myOrgIds,
  };
}

export async function startAnalysis(deps: Deps, actor: Actor, networkId: string) {
  return deps.db.transaction(async (tx) => {
    await loadNetworkFor(tx, actor, networkId, 'manage');
    const jobId = await queueAnalysis(tx, networkId);
    if (jobId) return { jobId, alreadyQueued: false };
    const pending = await snapshots.findLatestRun(tx, networkId);
    if (!pending) throw new AppError('conflict', { detail: 'An analysis is already queued.' });
    return { jobId: pending.id, alreadyQueued: true };
  });
}

async function loadMember(db: DbOrTx, networkId: string, orgId: string) {
  const member = await snapshots.findNetworkMember(db, networkId, orgId);
  if (!member) throw new AppError('not_found');
  return member;
}

export async function getMemberVulnerability(deps: Deps, actor: Actor, networkId: string, orgId: string) {
  const access = await loadAccess(deps.db, actor, networkId);
  const org = await loadMember(deps.db, networkId, orgId);
  if (!seesVulnerabilityOf(access, orgId)) {
    throw new AppError('forbidden', { detail: "Only the organization itself and the network's managers see this." });
  }
  const history = await snapshots.listMemberHistory(deps.db, networkId, orgId);
  const last = history.at(-1);
  return {
    org,
    latest: last
      ? { snapshotId: last.snapshotId, finishedAt: last.finishedAt.toISOString(), vulnerability: last.vulnerability }
      : null,
    history: history.map((h) => ({
      snapshotId: h.snapshotId,
      finishedAt: h.finishedAt.toISOString(),
      overall: h.vulnerability.overall,
      scores: dimensionScores(h.vulnerability),
    })),
  };
}

export async function getMemberPosition(deps: Deps, actor: Actor, networkId: string, orgId: string) {
  const access = await loadAccess(deps.db, actor, networkId);
  const org = await loadMember(deps.db, networkId, orgId);
  const latest = await snapshots.findLatestSnapshot(deps.db, networkId);
  const members = latest ? await snapshots.listSnapshotMembers(deps.db, latest.id) : [];
  const mine = members.find((m) => m.orgId === orgId);
  if (!latest || !mine) return { org, latest: null };
  const metrics = members.map((m) => presentMapMember(m, false).metrics);
  const own = presentMapMember(mine, false);
  return {
    org,
    latest: {
      snapshotId: latest.id,
      finishedAt: latest.finishedAt.toISOString(),
      members: members.length,
      community: mine.community,
      communitySize: members.filter((m) => m.community === mine.community).length,
      metrics: own.metrics,
      percentiles: percentiles(metrics, own.metrics),
      ties: tiesOf(orgId, tiesVisibleTo(latest.ties, access), members),
    },
  };
}

export async function runWhatIf(deps: Deps, actor: Actor, networkId: string, remove: string[]): Promise<WhatIfResult> {
  const access = await loadAccess(deps.db, actor, networkId);
  const data = await loadNetworkData(deps.db, networkId);
  const memberIds = new Set(data.members.map((m) => m.orgId));
  remove.forEach((orgId, i) => {
    if (!memberIds.has(orgId)) throw validationError(`remove.${i}`, 'is not an active member of this network');
  });
  const outcome = simulateRemoval(data, currentCommunities(data), [...new Set(remove)], {
    topChanges: access.manager ? 20 : data.members.length,
  });
  if (access.manager) return { scope: 'network', ...outcome };
  const mine = new Set(access.myOrgIds);
  return {
    scope: 'member',
    ...outcome,
    lostSingleSourceInputs: outcome.lostSingleSourceInputs.filter((l) => mine.has(l.customer.orgId)),
    affectedCollaborations: outcome.affectedCollaborations.filter((c) =>
      data.collaborations.some((k) => k.id === c.collaborationId && k.partyOrgIds.some((id) => mine.has(id))),
    ),
    vulnerabilityChanges: outcome.vulnerabilityChanges.filter((v) => mine.has(v.orgId)),
  };
}
