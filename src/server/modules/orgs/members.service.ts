import type { OrgRole } from '../../../common/vocabulary.ts';
import type { Deps, Tx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { can } from './orgs.policy.ts';
import * as repo from './orgs.repository.ts';
import { loadOrgFor } from './orgs.service.ts';

export async function listMembers(deps: Deps, actor: Actor, orgId: string) {
  const { myRole } = await loadOrgFor(deps.db, actor, orgId, 'view');
  // Member lists (with e-mails) are for the organization's own people only.
  if (!myRole) throw new AppError('not_found');
  return repo.listMembers(deps.db, orgId);
}

// An organization never loses its last owner, whatever the order of concurrent changes.
async function assertOwnerRemains(tx: Tx, orgId: string, change: { userId: string; newRole: OrgRole | null }) {
  const members = await repo.lockMembers(tx, orgId);
  const target = members.find((m) => m.userId === change.userId);
  if (!target) throw new AppError('not_found');
  const ownersAfter = members.filter((m) =>
    m.userId === change.userId ? change.newRole === 'owner' : m.role === 'owner',
  ).length;
  if (ownersAfter === 0) {
    throw new AppError('org.last_owner', { detail: 'Make another member an owner first.' });
  }
  return target;
}

export async function changeMemberRole(deps: Deps, actor: Actor, orgId: string, userId: string, role: OrgRole) {
  await deps.db.transaction(async (tx) => {
    // Lock before reading the actor's own role, so that a concurrent demotion of the actor is seen.
    await repo.lockMembers(tx, orgId);
    const { myRole } = await loadOrgFor(tx, actor, orgId, 'manageMembers');
    const target = await assertOwnerRemains(tx, orgId, { userId, newRole: role });
    if ((role === 'owner' || target.role === 'owner') && !can(myRole, 'grantOwner')) {
      throw new AppError('forbidden', { detail: 'Only an owner can grant or take the owner role.' });
    }
    await repo.setMemberRole(tx, orgId, userId, role);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'member.role_changed',
      subjectType: 'user',
      subjectId: userId,
      data: { from: target.role, to: role },
    });
  });
}

// Removing oneself is leaving; removing someone else needs the manageMembers right.
export async function removeMember(deps: Deps, actor: Actor, orgId: string, userId: string) {
  await deps.db.transaction(async (tx) => {
    const leaving = userId === actor.userId;
    await repo.lockMembers(tx, orgId);
    const { myRole } = await loadOrgFor(tx, actor, orgId, leaving ? 'view' : 'manageMembers');
    if (!myRole) throw new AppError('not_found');
    const target = await assertOwnerRemains(tx, orgId, { userId, newRole: null });
    if (!leaving && target.role === 'owner' && !can(myRole, 'grantOwner')) {
      throw new AppError('forbidden', { detail: 'Only an owner can remove an owner.' });
    }
    await repo.deleteMember(tx, orgId, userId);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: leaving ? 'member.left' : 'member.removed',
      subjectType: 'user',
      subjectId: userId,
    });
  });
}
