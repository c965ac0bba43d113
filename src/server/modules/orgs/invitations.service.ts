import type { OrgRole } from '../../../common/vocabulary.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { findUserByEmail, findUserById } from '../auth/auth.repository.ts';
import { hashSecret, newSecret } from '../auth/secrets.ts';
import { enqueueEmail } from '../notifications/emailOutbox.ts';
import { can } from './orgs.policy.ts';
import * as orgsRepo from './orgs.repository.ts';
import { loadOrgFor } from './orgs.service.ts';
import * as repo from './invitations.repository.ts';

const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

function presentInvitation(row: repo.InvitationRow) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
  };
}

/**
 * Creates an invitation and its e-mail in one transaction: the e-mail goes through the outbox like every
 * other, so an SMTP failure is retried instead of losing it. `emailed` tells whether it will be sent
 * (SMTP configured); the link is returned either way, for the inviter to share.
 */
export async function inviteMember(deps: Deps, actor: Actor, orgId: string, input: { email: string; role: OrgRole }) {
  const token = newSecret();
  const link = `${deps.config.publicUrl}/invitations/${token}`;
  const invitation = await deps.db.transaction(async (tx) => {
    const { org, myRole } = await loadOrgFor(tx, actor, orgId, 'manageMembers');
    if (input.role === 'owner' && !can(myRole, 'grantOwner')) {
      throw new AppError('forbidden', { detail: 'Only an owner can invite an owner.' });
    }
    const invitation = await repo.insertInvitation(tx, {
      orgId,
      email: input.email,
      role: input.role,
      tokenHash: hashSecret(token),
      invitedBy: actor.userId,
      expiresAt: new Date(deps.now().getTime() + invitationLifetimeMs),
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'invitation.created',
      subjectType: 'invitation',
      subjectId: invitation.id,
      data: { email: input.email, role: input.role },
    });
    await enqueueEmail(tx, deps, {
      userId: (await findUserByEmail(tx, input.email))?.id ?? null,
      to: input.email,
      subject: `You are invited to join ${org.name} on Synergia`,
      text: `You have been invited to join ${org.name} as ${input.role}.\n\nAccept within 7 days: ${link}\n`,
    });
    return invitation;
  });
  return { ...presentInvitation(invitation), link, emailed: deps.mailer.configured };
}

export async function listInvitations(deps: Deps, actor: Actor, orgId: string) {
  await loadOrgFor(deps.db, actor, orgId, 'manageMembers');
  return (await repo.listInvitations(deps.db, orgId)).map(presentInvitation);
}

export async function revokeInvitation(deps: Deps, actor: Actor, orgId: string, invitationId: string) {
  await deps.db.transaction(async (tx) => {
    await loadOrgFor(tx, actor, orgId, 'manageMembers');
    if (!(await repo.deleteInvitation(tx, orgId, invitationId))) throw new AppError('not_found');
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'invitation.revoked',
      subjectType: 'invitation',
      subjectId: invitationId,
    });
  });
}

export async function previewInvitation(deps: Deps, token: string) {
  const found = await repo.findOpenInvitationByTokenHash(deps.db, hashSecret(token));
  if (!found || found.invitation.expiresAt <= deps.now()) throw new AppError('invitation.invalid');
  return { orgName: found.orgName, role: found.invitation.role, email: found.invitation.email };
}

export async function acceptInvitation(deps: Deps, actor: Actor, token: string) {
  return deps.db.transaction(async (tx) => {
    const found = await repo.findOpenInvitationByTokenHash(tx, hashSecret(token));
    if (!found || found.invitation.expiresAt <= deps.now()) throw new AppError('invitation.invalid');
    const user = await findUserById(tx, actor.userId);
    if (user?.email !== found.invitation.email) throw new AppError('invitation.wrong_email');
    const { orgId, role, id } = found.invitation;
    await orgsRepo.insertMember(tx, { orgId, userId: actor.userId, role });
    await repo.markAccepted(tx, id, deps.now());
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'invitation.accepted',
      subjectType: 'invitation',
      subjectId: id,
    });
    return { orgId, role };
  });
}
