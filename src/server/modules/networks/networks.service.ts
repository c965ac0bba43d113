import type { z } from 'zod';
import type { createNetworkBody, DirectoryQuery, updateNetworkBody } from '../../../common/schemas.ts';
import type { NetworkMemberStatus } from '../../../common/vocabulary.ts';
import { randomUUID } from 'node:crypto';
import type { Deps, DbOrTx, Tx } from '../../deps.ts';
import type { networks } from '../../db/schema.ts';
import { appendLedgerEntry, createLedger } from '../ledger/ledger.service.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadOrgFor } from '../orgs/orgs.service.ts';
import * as directoryRepo from './directory.repository.ts';
import { toDirectoryFilter } from './directorySearch.ts';
import * as repo from './networks.repository.ts';

type NetworkWithFacts = NonNullable<Awaited<ReturnType<typeof repo.findVisibleNetwork>>>;

function presentNetwork(row: NetworkWithFacts, memberships: { orgId: string; status: NetworkMemberStatus }[]) {
  const { network } = row;
  return {
    id: network.id,
    name: network.name,
    description: network.description,
    kind: network.kind,
    directory: network.directory,
    managingOrg: { id: network.managingOrgId, name: row.managingOrgName },
    ledgerId: network.ledgerId,
    memberCount: row.memberCount,
    myMemberships: memberships.map(({ orgId, status }) => ({ orgId, status })),
    abilities: { manage: row.canManage },
  };
}

export async function loadNetworkFor(db: DbOrTx, actor: Actor, networkId: string, action: 'view' | 'manage') {
  const row = await repo.findVisibleNetwork(db, actor.userId, networkId);
  if (!row) throw new AppError('not_found');
  if (action === 'manage' && !row.canManage) {
    throw new AppError('forbidden', { detail: "Only the managing organization's owners and admins can do this." });
  }
  return row;
}

export async function createNetwork(deps: Deps, actor: Actor, input: z.infer<typeof createNetworkBody>) {
  const id = await deps.db.transaction(async (tx) => {
    await loadOrgFor(tx, actor, input.managingOrgId, 'manageMembers');
    const network = await insertNetworkWithLedger(tx, deps, input);
    await recordAudit(tx, audit(actor, input.managingOrgId, 'network.created', network.id));
    return network.id;
  });
  return getNetwork(deps, actor, id);
}

// A network starts with its ledger, its managing organization as first member, and both recorded.
export async function insertNetworkWithLedger(
  tx: Tx,
  deps: Pick<Deps, 'config' | 'now'>,
  input: Omit<typeof networks.$inferInsert, 'id' | 'ledgerId'>,
) {
  const now = deps.now();
  const id = randomUUID();
  const ledgerId = await createLedger(tx, deps.config, 'network', id);
  const network = await repo.insertNetwork(tx, { ...input, id, ledgerId });
  await repo.insertMembership(tx, id, input.managingOrgId, 'active');
  await appendLedgerEntry(
    tx,
    deps.config,
    ledgerId,
    { type: 'network.created', name: input.name, managingOrgId: input.managingOrgId },
    now,
  );
  return network;
}

export async function getNetwork(deps: Deps, actor: Actor, networkId: string) {
  const row = await loadNetworkFor(deps.db, actor, networkId, 'view');
  return presentNetwork(row, await repo.myMemberships(deps.db, actor.userId, [networkId]));
}

export async function listNetworks(deps: Deps, actor: Actor) {
  const rows = await repo.listVisibleNetworks(deps.db, actor.userId);
  const memberships = await repo.myMemberships(
    deps.db,
    actor.userId,
    rows.map((r) => r.network.id),
  );
  return rows.map((row) =>
    presentNetwork(
      row,
      memberships.filter((m) => m.networkId === row.network.id),
    ),
  );
}

export async function updateNetwork(
  deps: Deps,
  actor: Actor,
  networkId: string,
  changes: z.infer<typeof updateNetworkBody>,
) {
  await deps.db.transaction(async (tx) => {
    const row = await loadNetworkFor(tx, actor, networkId, 'manage');
    await repo.updateNetwork(tx, networkId, { ...changes, updatedAt: deps.now() });
    await recordAudit(
      tx,
      audit(actor, row.network.managingOrgId, 'network.updated', networkId, { fields: Object.keys(changes) }),
    );
  });
  return getNetwork(deps, actor, networkId);
}

export async function searchDirectory(deps: Deps, actor: Actor, networkId: string, query: DirectoryQuery) {
  const row = await loadNetworkFor(deps.db, actor, networkId, 'view');
  const memberships = await repo.myMemberships(deps.db, actor.userId, [networkId]);
  const isActiveMember = memberships.some((m) => m.status === 'active');
  if (row.network.directory === 'members_only' && !isActiveMember) {
    throw new AppError('forbidden', { detail: 'This directory is for active members only.' });
  }
  const { total, orgs } = await directoryRepo.searchDirectory(
    deps.db,
    actor.userId,
    networkId,
    toDirectoryFilter(query),
  );
  const items = await directoryRepo.visibleListingsOf(
    deps.db,
    actor.userId,
    orgs.map((o) => o.id),
  );
  return {
    total,
    items: orgs.map((org) => ({
      id: org.id,
      name: org.name,
      description: org.description,
      country: org.country,
      region: org.region,
      city: org.city,
      naceCode: org.naceCode,
      sizeClass: org.sizeClass,
      offers: items
        .filter((i) => i.orgId === org.id && i.kind === 'offer')
        .map(({ capability, title }) => ({ capability, title })),
      needs: items
        .filter((i) => i.orgId === org.id && i.kind === 'need')
        .map(({ capability, title }) => ({ capability, title })),
    })),
  };
}

export async function listMemberships(deps: Deps, actor: Actor, networkId: string, status?: NetworkMemberStatus) {
  await loadNetworkFor(deps.db, actor, networkId, 'manage');
  const rows = await repo.listMemberships(deps.db, networkId, status);
  return rows.map((r) => ({ ...r, since: r.since.toISOString(), verifiedAt: r.verifiedAt?.toISOString() ?? null }));
}

function audit(actor: Actor, orgId: string, action: string, networkId: string, data?: Record<string, unknown>) {
  return { actorUserId: actor.userId, orgId, action, subjectType: 'network', subjectId: networkId, data };
}
