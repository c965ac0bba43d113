import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { canTransition, type CollaborationState } from '../../../common/collaboration.ts';
import type { createCollaborationBody } from '../../../common/collaborationSchemas.ts';
import type { Deps, DbOrTx, Tx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { findVisibleNetwork } from '../networks/networks.repository.ts';
import { findVisibleOrg } from '../orgs/orgs.repository.ts';
import { loadOrgFor } from '../orgs/orgs.service.ts';
import { appendLedgerEntry, createLedger } from '../ledger/ledger.service.ts';
import { invitationNotice, notifyOrgManagers } from '../notifications/notify.ts';
import { agreementTemplate } from './agreementTemplates.ts';
import * as agreementsRepo from './agreements.repository.ts';
import { authorizeCollaboration, collaborationAbilities } from './collaborations.policy.ts';
import * as repo from './collaborations.repository.ts';

export async function loadCollaborationFor(db: DbOrTx, actor: Actor, collaborationId: string, lock = false) {
  const collaboration = await repo.findVisibleCollaboration(db, actor.userId, collaborationId, lock);
  if (!collaboration) throw new AppError('not_found');
  const roles = await repo.myPartyRoles(db, actor.userId, collaborationId);
  return { collaboration, roles };
}

// Records a state change: the row, the transition history, the ledger and the audit trail, together.
export async function moveToState(
  tx: Tx,
  deps: Deps,
  actor: Actor,
  collaboration: repo.CollaborationRow,
  to: CollaborationState,
  reason: string,
) {
  const now = deps.now();
  await repo.setState(tx, collaboration.id, to, now);
  await repo.insertTransition(tx, {
    collaborationId: collaboration.id,
    fromState: collaboration.state,
    toState: to,
    actorUserId: actor.userId,
    reason,
    at: now,
  });
  await appendLedgerEntry(
    tx,
    deps.config,
    collaboration.ledgerId,
    { type: 'state.changed', from: collaboration.state, to, reason },
    now,
  );
  await recordAudit(tx, {
    actorUserId: actor.userId,
    orgId: collaboration.initiatorOrgId,
    action: 'collaboration.state_changed',
    subjectType: 'collaboration',
    subjectId: collaboration.id,
    data: { from: collaboration.state, to },
  });
}

export async function createCollaboration(deps: Deps, actor: Actor, input: z.infer<typeof createCollaborationBody>) {
  const id = await deps.db.transaction(async (tx) => {
    await loadOrgFor(tx, actor, input.initiatorOrgId, 'manageMembers');
    const invited = [...new Set(input.partyOrgIds)].filter((orgId) => orgId !== input.initiatorOrgId);
    for (const orgId of invited) {
      if (!(await findVisibleOrg(tx, actor.userId, orgId)))
        throw new AppError('not_found', { detail: `No organization ${orgId}.` });
    }
    if (input.networkId && !(await findVisibleNetwork(tx, actor.userId, input.networkId)))
      throw new AppError('not_found');
    const now = deps.now();
    const collaborationId = randomUUID();
    const ledgerId = await createLedger(tx, deps.config, 'collaboration', collaborationId);
    await repo.insertCollaboration(tx, {
      id: collaborationId,
      name: input.name,
      description: input.description,
      kind: input.kind,
      state: 'proposed',
      networkId: input.networkId ?? null,
      initiatorOrgId: input.initiatorOrgId,
      ledgerId,
    });
    await repo.insertParties(tx, collaborationId, [
      { orgId: input.initiatorOrgId, status: 'accepted' },
      ...invited.map((orgId) => ({ orgId, status: 'invited' as const })),
    ]);
    await repo.insertTransition(tx, {
      collaborationId,
      fromState: null,
      toState: 'proposed',
      actorUserId: actor.userId,
      at: now,
    });
    const content = agreementTemplate(input.kind, [input.initiatorOrgId, ...invited], now.toISOString().slice(0, 10));
    await agreementsRepo.insertVersion(tx, {
      collaborationId,
      version: 1,
      status: 'draft',
      content,
      createdByUserId: actor.userId,
    });
    await appendLedgerEntry(
      tx,
      deps.config,
      ledgerId,
      {
        type: 'collaboration.created',
        name: input.name,
        kind: input.kind,
        initiatorOrgId: input.initiatorOrgId,
        invitedOrgIds: invited,
      },
      now,
    );
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId: input.initiatorOrgId,
      action: 'collaboration.created',
      subjectType: 'collaboration',
      subjectId: collaborationId,
    });
    await notifyOrgManagers(tx, invited, invitationNotice(input.name, collaborationId), actor.userId);
    return collaborationId;
  });
  return getCollaboration(deps, actor, id);
}

export async function getCollaboration(deps: Deps, actor: Actor, collaborationId: string) {
  const { collaboration, roles } = await loadCollaborationFor(deps.db, actor, collaborationId);
  const [parties, transitions] = await Promise.all([
    repo.listParties(deps.db, [collaborationId]),
    repo.listTransitions(deps.db, collaborationId),
  ]);
  return {
    ...presentCollaboration(collaboration, parties),
    transitions: transitions.map((t) => ({
      from: t.fromState,
      to: t.toState,
      reason: t.reason,
      at: t.at.toISOString(),
    })),
    abilities: collaborationAbilities(roles),
  };
}

export async function listCollaborations(deps: Deps, actor: Actor) {
  const rows = await repo.listVisibleCollaborations(deps.db, actor.userId);
  const parties = await repo.listParties(
    deps.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    presentCollaboration(
      row,
      parties.filter((p) => p.collaborationId === row.id),
    ),
  );
}

type PartyRow = Awaited<ReturnType<typeof repo.listParties>>[number];
function presentCollaboration(row: repo.CollaborationRow, parties: PartyRow[]) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    state: row.state,
    networkId: row.networkId,
    initiatorOrgId: row.initiatorOrgId,
    ledgerId: row.ledgerId,
    createdAt: row.createdAt.toISOString(),
    // The initiator first, then the others in the order they were invited.
    parties: [
      ...parties.filter((p) => p.orgId === row.initiatorOrgId),
      ...parties.filter((p) => p.orgId !== row.initiatorOrgId),
    ].map((p) => ({
      orgId: p.orgId,
      name: p.orgName,
      status: p.status,
      invitedAt: p.invitedAt.toISOString(),
      respondedAt: p.respondedAt?.toISOString() ?? null,
    })),
  };
}

export async function transitionCollaboration(
  deps: Deps,
  actor: Actor,
  collaborationId: string,
  to: CollaborationState,
  reason: string,
) {
  await deps.db.transaction(async (tx) => {
    const { collaboration, roles } = await loadCollaborationFor(tx, actor, collaborationId, true);
    authorizeCollaboration(roles, 'commit');
    if (to === 'active' && collaboration.state !== 'under_review') {
      throw new AppError('conflict', {
        detail: 'A collaboration becomes active when every party has signed its agreement.',
      });
    }
    if (!canTransition(collaboration.state, to)) {
      throw new AppError('collaboration.invalid_transition', {
        detail: `A ${collaboration.state} collaboration cannot become ${to}.`,
      });
    }
    await moveToState(tx, deps, actor, collaboration, to, reason);
  });
  return getCollaboration(deps, actor, collaborationId);
}
