import type { z } from 'zod';
import { hasBeenActive, type ratePartnerBody } from '../../../common/partnerRatings.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { notifyOrgManagers } from '../notifications/notify.ts';
import { touchOrg } from '../orgs/orgs.repository.ts';
import { authorizeCollaboration } from './collaborations.policy.ts';
import * as repo from './collaborations.repository.ts';
import { loadCollaborationFor } from './collaborations.service.ts';
import * as ratings from './ratings.repository.ts';

// After working together, each party rates the others (1–5, with a comment). A rating can be changed,
// not multiplied: one per rater, rated organization and collaboration. Ratings feed the trust
// component of partner matching, so the rated organization is touched for the match index to re-read.

export async function ratePartner(
  deps: Deps,
  actor: Actor,
  collaborationId: string,
  input: z.infer<typeof ratePartnerBody>,
) {
  await deps.db.transaction(async (tx) => {
    const { collaboration, roles } = await loadCollaborationFor(tx, actor, collaborationId, true);
    authorizeCollaboration(roles, 'rate', input.raterOrgId);
    const transitions = await repo.listTransitions(tx, collaborationId);
    if (!hasBeenActive(transitions.map((t) => ({ to: t.toState })))) {
      throw new AppError('conflict', {
        detail: 'Partners are rated once the collaboration has been active: its agreement has taken effect.',
      });
    }
    const rated = (await repo.listParties(tx, [collaborationId])).find((p) => p.orgId === input.ratedOrgId);
    const workedTogether = rated?.status === 'accepted' || rated?.status === 'exited';
    if (!workedTogether || input.ratedOrgId === input.raterOrgId) {
      throw new AppError('collaboration.not_party', {
        detail: 'Only another party that took part in the collaboration can be rated.',
        errors: [{ field: 'ratedOrgId', message: 'not another party of this collaboration' }],
      });
    }
    const now = deps.now();
    await ratings.saveRating(tx, { collaborationId, ...input, ratedByUserId: actor.userId, updatedAt: now });
    await touchOrg(tx, input.ratedOrgId, now);
    await notifyOrgManagers(tx, [input.ratedOrgId], ratingNotice(collaboration, input.score), actor.userId);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId: input.raterOrgId,
      action: 'collaboration.partner_rated',
      subjectType: 'collaboration',
      subjectId: collaborationId,
      data: { ratedOrgId: input.ratedOrgId, score: input.score },
    });
  });
  return listPartnerRatings(deps, actor, collaborationId);
}

function ratingNotice(collaboration: { id: string; name: string }, score: number) {
  return {
    kind: 'collaboration',
    title: `A partner rated your organization ${score} of 5 in “${collaboration.name}”`,
    link: `/collaborations/${collaboration.id}`,
    collaborationId: collaboration.id,
  };
}

export async function listPartnerRatings(deps: Deps, actor: Actor, collaborationId: string) {
  await loadCollaborationFor(deps.db, actor, collaborationId);
  const rows = await ratings.listRatings(deps.db, collaborationId);
  return { items: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })) };
}
