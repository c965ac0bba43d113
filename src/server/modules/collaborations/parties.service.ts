import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { appendLedgerEntry } from '../ledger/ledger.service.ts';
import { scheduleReanalysis } from '../network-analytics/scheduleAnalysis.ts';
import { invitationNotice, notifyOrgManagers } from '../notifications/notify.ts';
import { findVisibleOrg } from '../orgs/orgs.repository.ts';
import { loadOrgFor } from '../orgs/orgs.service.ts';
import { effectiveVersion } from './agreements.repository.ts';
import { authorizeCollaboration } from './collaborations.policy.ts';
import * as repo from './collaborations.repository.ts';
import { getCollaboration, loadCollaborationFor, moveToState } from './collaborations.service.ts';

const openStates = ['proposed', 'negotiating', 'active', 'under_review'];

export async function inviteParty(deps: Deps, actor: Actor, collaborationId: string, orgId: string) {
  await deps.db.transaction(async (tx) => {
    const { collaboration, roles } = await loadCollaborationFor(tx, actor, collaborationId, true);
    authorizeCollaboration(roles, 'commit');
    if (!openStates.includes(collaboration.state))
      throw new AppError('collaboration.invalid_transition', { detail: 'The collaboration is closed.' });
    if (!(await findVisibleOrg(tx, actor.userId, orgId))) throw new AppError('not_found');
    const parties = await repo.listParties(tx, [collaborationId]);
    const existing = parties.find((p) => p.orgId === orgId);
    if (existing && existing.status !== 'declined' && existing.status !== 'exited') {
      throw new AppError('conflict', { detail: `The organization is already ${existing.status}.` });
    }
    if (existing) await repo.setPartyStatus(tx, collaborationId, orgId, 'invited', deps.now());
    else await repo.insertParties(tx, collaborationId, [{ orgId, status: 'invited' }]);
    await appendLedgerEntry(tx, deps.config, collaboration.ledgerId, { type: 'party.invited', orgId }, deps.now());
    await recordAudit(tx, audit(actor, orgId, 'collaboration.party_invited', collaborationId));
    await notifyOrgManagers(tx, [orgId], invitationNotice(collaboration.name, collaborationId), actor.userId);
  });
  return getCollaboration(deps, actor, collaborationId);
}

// The invited organization's owners or admins accept or decline; the first acceptance opens negotiation.
export async function respondToInvitation(
  deps: Deps,
  actor: Actor,
  collaborationId: string,
  orgId: string,
  accept: boolean,
) {
  await deps.db.transaction(async (tx) => {
    const { collaboration } = await loadCollaborationFor(tx, actor, collaborationId, true);
    await loadOrgFor(tx, actor, orgId, 'manageMembers');
    const party = (await repo.listParties(tx, [collaborationId])).find((p) => p.orgId === orgId);
    if (party?.status !== 'invited')
      throw new AppError('collaboration.not_party', { detail: 'There is no open invitation for this organization.' });
    const now = deps.now();
    await repo.setPartyStatus(tx, collaborationId, orgId, accept ? 'accepted' : 'declined', now);
    await appendLedgerEntry(
      tx,
      deps.config,
      collaboration.ledgerId,
      { type: accept ? 'party.accepted' : 'party.declined', orgId },
      now,
    );
    await recordAudit(
      tx,
      audit(actor, orgId, accept ? 'collaboration.accepted' : 'collaboration.declined', collaborationId),
    );
    // A new party changes the ties of the collaboration's network: its analysis is refreshed.
    if (accept) await scheduleReanalysis(tx, [orgId], now);
    if (accept && collaboration.state === 'proposed') {
      await moveToState(tx, deps, actor, collaboration, 'negotiating', 'a party accepted the invitation');
    }
  });
  return accept ? getCollaboration(deps, actor, collaborationId) : null;
}

// Leaving follows the effective agreement's exit terms: the notice period is recorded with the exit.
export async function exitCollaboration(
  deps: Deps,
  actor: Actor,
  collaborationId: string,
  orgId: string,
  reason: string,
) {
  await deps.db.transaction(async (tx) => {
    const { collaboration, roles } = await loadCollaborationFor(tx, actor, collaborationId, true);
    authorizeCollaboration(roles, 'commit', orgId);
    const effective = await effectiveVersion(tx, collaborationId);
    const noticeDays = effective?.content.exit.noticeDays ?? 0;
    const now = deps.now();
    const effectiveFrom = new Date(now.getTime() + noticeDays * 86_400_000).toISOString().slice(0, 10);
    await repo.setPartyStatus(tx, collaborationId, orgId, 'exited', now);
    await appendLedgerEntry(
      tx,
      deps.config,
      collaboration.ledgerId,
      {
        type: 'party.exited',
        orgId,
        reason,
        noticeDays,
        effectiveFrom,
        contributedResources: effective?.content.exit.contributedResources ?? null,
        sharedData: effective?.content.exit.sharedData ?? null,
      },
      now,
    );
    await recordAudit(tx, audit(actor, orgId, 'collaboration.exited', collaborationId));
    await scheduleReanalysis(tx, [orgId], now);
  });
  return getCollaboration(deps, actor, collaborationId);
}

function audit(actor: Actor, orgId: string, action: string, collaborationId: string) {
  return { actorUserId: actor.userId, orgId, action, subjectType: 'collaboration', subjectId: collaborationId };
}
