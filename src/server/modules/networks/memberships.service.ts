import type { Deps, Tx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { appendLedgerEntry } from '../ledger/ledger.service.ts';
import { touchOrg } from '../orgs/orgs.repository.ts';
import { loadOrgFor } from '../orgs/orgs.service.ts';
import * as repo from './networks.repository.ts';

// Joining takes two consents: the organization asks (or accepts an invitation) and the manager admits (or invites).

type VisibleNetwork = NonNullable<Awaited<ReturnType<typeof repo.findVisibleNetwork>>>;

async function visibleNetwork(tx: Tx, actor: Actor, networkId: string): Promise<VisibleNetwork> {
  const row = await repo.findVisibleNetwork(tx, actor.userId, networkId);
  if (!row) throw new AppError('not_found');
  return row;
}

function requireManager(row: { canManage: boolean }) {
  if (!row.canManage) {
    throw new AppError('forbidden', { detail: "Only the managing organization's owners and admins can do this." });
  }
}

// Every membership change is audited and lands in the network's ledger in the same transaction.
async function record(tx: Tx, deps: Deps, actor: Actor, network: VisibleNetwork, orgId: string, action: string) {
  const networkId = network.network.id;
  await recordAudit(tx, { actorUserId: actor.userId, orgId, action, subjectType: 'network', subjectId: networkId });
  await appendLedgerEntry(tx, deps.config, network.network.ledgerId, { type: action, orgId }, deps.now());
  // Membership decides where the organization is suggested: derived indexes must see the change.
  await touchOrg(tx, orgId, deps.now());
}

// Bulk admission (CSV import, demo data): one ledger entry lists every organization admitted.
export async function admitImportedMembers(
  tx: Tx,
  deps: Pick<Deps, 'config' | 'now'>,
  network: { id: string; ledgerId: string },
  orgIds: string[],
) {
  if (orgIds.length === 0) return;
  await repo.insertActiveMemberships(tx, network.id, orgIds);
  const entry = { type: 'network.members_imported', orgIds };
  await appendLedgerEntry(tx, deps.config, network.ledgerId, entry, deps.now());
}

// Bulk verification (demo data): one ledger entry lists every organization verified.
export async function verifyImportedMembers(
  tx: Tx,
  deps: Pick<Deps, 'config' | 'now'>,
  network: { id: string; ledgerId: string },
  orgIds: string[],
) {
  if (orgIds.length === 0) return;
  await repo.setMembershipsVerified(tx, network.id, orgIds, deps.now());
  const entry = { type: 'network.members_verified', orgIds };
  await appendLedgerEntry(tx, deps.config, network.ledgerId, entry, deps.now());
}

export async function requestToJoin(deps: Deps, actor: Actor, networkId: string, orgId: string) {
  return deps.db.transaction(async (tx) => {
    const network = await visibleNetwork(tx, actor, networkId);
    await loadOrgFor(tx, actor, orgId, 'manageMembers');
    const existing = await repo.findMembership(tx, networkId, orgId);
    if (existing && existing.status !== 'invited') throw new AppError('network.membership_exists');
    if (existing) await repo.setMembershipStatus(tx, networkId, orgId, 'active', deps.now());
    else await repo.insertMembership(tx, networkId, orgId, 'requested');
    const status = existing ? 'active' : 'requested';
    await record(tx, deps, actor, network, orgId, existing ? 'network.invitation_accepted' : 'network.join_requested');
    return { orgId, status } as const;
  });
}

export async function inviteOrg(deps: Deps, actor: Actor, networkId: string, orgId: string) {
  return deps.db.transaction(async (tx) => {
    const network = await visibleNetwork(tx, actor, networkId);
    requireManager(network);
    await loadOrgFor(tx, actor, orgId, 'view');
    const existing = await repo.findMembership(tx, networkId, orgId);
    if (existing && existing.status !== 'requested') throw new AppError('network.membership_exists');
    if (existing) await repo.setMembershipStatus(tx, networkId, orgId, 'active', deps.now());
    else await repo.insertMembership(tx, networkId, orgId, 'invited');
    const status = existing ? 'active' : 'invited';
    await record(tx, deps, actor, network, orgId, existing ? 'network.member_admitted' : 'network.org_invited');
    return { orgId, status } as const;
  });
}

const allowedManagerMoves: Record<string, readonly string[]> = {
  requested: ['active'],
  active: ['suspended'],
  suspended: ['active'],
};

export async function setMemberStatus(
  deps: Deps,
  actor: Actor,
  networkId: string,
  orgId: string,
  status: 'active' | 'suspended',
) {
  await deps.db.transaction(async (tx) => {
    const network = await visibleNetwork(tx, actor, networkId);
    requireManager(network);
    const existing = await repo.findMembership(tx, networkId, orgId);
    if (!existing) throw new AppError('not_found');
    if (orgId === network.network.managingOrgId)
      throw new AppError('conflict', { detail: 'The managing organization cannot be suspended.' });
    if (!allowedManagerMoves[existing.status]?.includes(status)) {
      throw new AppError('conflict', { detail: `A ${existing.status} membership cannot become ${status}.` });
    }
    await repo.setMembershipStatus(tx, networkId, orgId, status, deps.now());
    await record(
      tx,
      deps,
      actor,
      network,
      orgId,
      status === 'active' ? 'network.member_admitted' : 'network.member_suspended',
    );
  });
}

// A manager vouches that an active member is who it says (registration, references checked): the
// verified status counts in the trust component of partner matching. Withdrawn by the same call.
export async function setMemberVerified(deps: Deps, actor: Actor, networkId: string, orgId: string, verified: boolean) {
  await deps.db.transaction(async (tx) => {
    const network = await visibleNetwork(tx, actor, networkId);
    requireManager(network);
    const existing = await repo.findMembership(tx, networkId, orgId);
    if (!existing) throw new AppError('not_found');
    if (existing.status !== 'active') {
      throw new AppError('conflict', { detail: `Only active members are verified; this one is ${existing.status}.` });
    }
    // Vouching for oneself says nothing.
    if (orgId === network.network.managingOrgId) {
      throw new AppError('conflict', { detail: 'The managing organization cannot verify itself.' });
    }
    if ((existing.verifiedAt !== null) === verified) return;
    await repo.setMembershipsVerified(tx, networkId, [orgId], verified ? deps.now() : null);
    await record(tx, deps, actor, network, orgId, verified ? 'network.member_verified' : 'network.member_unverified');
  });
}

// The manager removes a member, or the member's own admins leave; the managing organization stays.
export async function removeMembership(deps: Deps, actor: Actor, networkId: string, orgId: string) {
  await deps.db.transaction(async (tx) => {
    const network = await visibleNetwork(tx, actor, networkId);
    if (!network.canManage) await loadOrgFor(tx, actor, orgId, 'manageMembers');
    const existing = await repo.findMembership(tx, networkId, orgId);
    if (!existing) throw new AppError('not_found');
    if (orgId === network.network.managingOrgId)
      throw new AppError('conflict', { detail: 'The managing organization cannot leave its network.' });
    await repo.deleteMembership(tx, networkId, orgId);
    await record(tx, deps, actor, network, orgId, network.canManage ? 'network.member_removed' : 'network.member_left');
  });
}
