import type { z } from 'zod';
import type { requestIntroductionBody } from '../../../common/matching.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { notify, notifyOrgManagers } from '../notifications/notify.ts';
import { listMyOrgs } from '../orgs/orgs.repository.ts';
import { can } from '../orgs/orgs.policy.ts';
import { loadOrgFor } from '../orgs/orgs.service.ts';
import * as repo from './introductions.repository.ts';

// Contact details are revealed only after the other side accepts.
function presentIntroduction(row: repo.IntroductionWithNames, managedOrgIds: Set<string>, myOrgIds: Set<string>) {
  const { introduction: i } = row;
  const responder = i.status === 'accepted' ? row.responder : null;
  return {
    id: i.id,
    from: { orgId: i.fromOrgId, name: row.fromName },
    to: { orgId: i.toOrgId, name: row.toName },
    message: i.message,
    status: i.status,
    direction: myOrgIds.has(i.toOrgId) ? ('incoming' as const) : ('outgoing' as const),
    createdAt: i.createdAt.toISOString(),
    respondedAt: i.respondedAt?.toISOString() ?? null,
    contacts: responder ? { requester: row.requester, responder } : null,
    abilities: { respond: i.status === 'requested' && managedOrgIds.has(i.toOrgId) },
  };
}

async function myOrgRoles(deps: Deps, actor: Actor) {
  const orgs = await listMyOrgs(deps.db, actor.userId);
  return {
    managed: new Set(orgs.filter((o) => can(o.myRole, 'manageMembers')).map((o) => o.org.id)),
    all: new Set(orgs.map((o) => o.org.id)),
  };
}

export async function listIntroductions(deps: Deps, actor: Actor) {
  const roles = await myOrgRoles(deps, actor);
  return (await repo.listIntroductions(deps.db, actor.userId)).map((r) =>
    presentIntroduction(r, roles.managed, roles.all),
  );
}

export async function getIntroduction(deps: Deps, actor: Actor, id: string) {
  const row = await repo.findIntroduction(deps.db, actor.userId, id);
  if (!row) throw new AppError('not_found');
  const roles = await myOrgRoles(deps, actor);
  return presentIntroduction(row, roles.managed, roles.all);
}

export async function requestIntroduction(deps: Deps, actor: Actor, input: z.infer<typeof requestIntroductionBody>) {
  const id = await deps.db.transaction(async (tx) => {
    const { org: from } = await loadOrgFor(tx, actor, input.fromOrgId, 'editProfile');
    await loadOrgFor(tx, actor, input.toOrgId, 'view');
    if (input.fromOrgId === input.toOrgId) throw validationError('toOrgId', 'must be another organization');
    if (await repo.findOpenBetween(tx, input.fromOrgId, input.toOrgId)) {
      throw new AppError('conflict', {
        detail: 'An introduction between these organizations is already waiting for an answer.',
      });
    }
    const created = await repo.insertIntroduction(tx, {
      ...input,
      requestedByUserId: actor.userId,
      status: 'requested',
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId: input.fromOrgId,
      action: 'introduction.requested',
      subjectType: 'introduction',
      subjectId: created.id,
      data: { toOrgId: input.toOrgId },
    });
    await notifyOrgManagers(
      tx,
      [input.toOrgId],
      {
        kind: 'introduction',
        title: `${from.name} asks to be introduced`,
        body: input.message,
        link: '/introductions',
      },
      actor.userId,
    );
    return created.id;
  });
  return getIntroduction(deps, actor, id);
}

export async function answerIntroduction(deps: Deps, actor: Actor, id: string, accept: boolean) {
  await deps.db.transaction(async (tx) => {
    const row = await repo.findIntroduction(tx, actor.userId, id);
    if (!row) throw new AppError('not_found');
    const target = await loadOrgFor(tx, actor, row.introduction.toOrgId, 'view');
    if (!can(target.myRole, 'manageMembers')) {
      throw new AppError('forbidden', { detail: "Only the receiving organization's owners and admins can answer." });
    }
    const status = accept ? 'accepted' : 'declined';
    const answered = await repo.answerIntroduction(tx, id, {
      status,
      respondedByUserId: actor.userId,
      respondedAt: deps.now(),
    });
    if (!answered)
      throw new AppError('conflict', { detail: `This introduction was already ${row.introduction.status}.` });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId: row.introduction.toOrgId,
      action: `introduction.${status}`,
      subjectType: 'introduction',
      subjectId: id,
    });
    await notify(tx, {
      userIds: [row.introduction.requestedByUserId].filter((userId) => userId !== actor.userId),
      kind: 'introduction',
      title: `${row.toName} ${status} your introduction request`,
      link: '/introductions',
    });
  });
  return getIntroduction(deps, actor, id);
}
