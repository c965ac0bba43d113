import type { z } from 'zod';
import type { teamBody } from '../../../common/matching.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { loadOrgFor } from '../orgs/orgs.service.ts';
import { matchEngineFor } from './matchIndexHolder.ts';
import { chooseNetwork, effectiveWeights } from './matching.service.ts';
import * as repo from './matching.repository.ts';

type TeamInput = Pick<z.infer<typeof teamBody>, 'needIds' | 'maxSize' | 'network'>;

export async function findTeam(deps: Deps, actor: Actor, orgId: string, input: TeamInput) {
  const { myRole } = await loadOrgFor(deps.db, actor, orgId, 'view');
  if (!myRole) throw new AppError('not_found');
  return computeTeam(deps, orgId, input, actor.userId);
}

// Also the operator's path (CLI): no actor, no saved user preferences.
export async function computeTeam(deps: Deps, orgId: string, input: TeamInput, userId: string | null) {
  const network = await chooseNetwork(deps, orgId, input.network);
  if (!network) return { network: null, members: [], uncoveredNeedIds: input.needIds, score: 0 };
  // Members' fit is weighed as in the suggestions: network defaults, then the user's saved weights.
  const ranking = await effectiveWeights(deps, userId, network.id, undefined);
  const decisions = await repo.decisionsOf(deps.db, orgId);
  const dismissed = decisions.filter((d) => d.decision === 'dismissed').map((d) => d.candidateOrgId);
  const engine = await matchEngineFor(deps.db);
  const answer = await engine.team(orgId, input.needIds, input.maxSize, {
    filters: { network: network.id, excludeIds: dismissed },
    ranking: { weights: ranking.weights, scope: ranking.scope ?? undefined },
  });
  if ('unknownNeedIds' in answer) {
    const ids = answer.unknownNeedIds.join(', ');
    throw validationError(
      'needIds',
      `not matchable needs of this organization (private needs are never matched): ${ids}`,
    );
  }
  const { team, needIdAt } = answer;
  const cards = await repo.orgCards(
    deps.db,
    team.members.map((m) => m.id),
  );
  return {
    network,
    members: team.members.flatMap((m) => {
      const org = cards.get(m.id);
      const covers = m.covers.map((c) => ({
        needId: needIdAt[c.needPosition] ?? '',
        needTitle: c.needTitle,
        offerTitle: c.offerTitle,
        score: c.match,
      }));
      return org ? [{ org, covers, fit: m.fit }] : [];
    }),
    uncoveredNeedIds: team.uncovered.map((position) => needIdAt[position] ?? ''),
    score: team.score,
  };
}
