import type { z } from 'zod';
import type { teamBody } from '../../../common/matching.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { loadOrgFor } from '../orgs/orgs.service.ts';
import { matchIndexFor } from './matchIndexHolder.ts';
import * as repo from './matching.repository.ts';
import { buildTeam } from './engine/buildTeam.ts';
import type { MatchIndex } from './engine/matchIndex.ts';

type TeamInput = Pick<z.infer<typeof teamBody>, 'needIds' | 'maxSize' | 'network'>;

export async function findTeam(deps: Deps, actor: Actor, orgId: string, input: TeamInput) {
  const { myRole } = await loadOrgFor(deps.db, actor, orgId, 'view');
  if (!myRole) throw new AppError('not_found');
  return computeTeam(deps, orgId, input);
}

// Also the operator's path (CLI).
export async function computeTeam(deps: Deps, orgId: string, input: TeamInput) {
  const networks = await repo.activeNetworksOf(deps.db, orgId);
  const network = input.network ? networks.find((n) => n.id === input.network) : networks[0];
  if (input.network && !network)
    throw validationError('network', 'the organization is not an active member of this network');
  if (!network) return { network: null, members: [], uncoveredNeedIds: input.needIds, score: 0 };
  const index = await matchIndexFor(deps.db);
  const own = index.orgById.get(orgId);
  const needIdAt = ownNeedIds(index, own);
  const known = new Set(needIdAt);
  const unknown = input.needIds.filter((id) => !known.has(id));
  if (own === undefined || unknown.length > 0) {
    throw validationError('needIds', `not needs of this organization: ${unknown.join(', ')}`);
  }
  const decisions = await repo.decisionsOf(deps.db, orgId);
  const dismissed = decisions.filter((d) => d.decision === 'dismissed').map((d) => d.candidateOrgId);
  const team = buildTeam(index, orgId, input.needIds, input.maxSize, {
    filters: { network: network.id, excludeIds: dismissed },
  });
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

// The organization's need ids in index order, so that need positions map back to ids.
function ownNeedIds(index: MatchIndex, own: number | undefined): string[] {
  if (own === undefined) return [];
  const first = (index.orgs.itemStart[own] as number) + (index.orgs.offerCount[own] as number);
  return Array.from({ length: index.orgs.needCount[own] as number }, (_, i) => index.itemIds[first + i] ?? '');
}
