import type { DbOrTx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import type { PartyRole } from '../collaborations/collaborations.policy.ts';
import { findVisibleCollaboration, myPartyRoles } from '../collaborations/collaborations.repository.ts';

export interface WorkContext {
  collaborationId: string;
  collaborationName: string;
  roles: PartyRole[];
}

// The collaboration the object lives in, as the actor sees it; a collaboration they cannot see is a 404.
export async function loadWorkContext(db: DbOrTx, actor: Actor, collaborationId: string): Promise<WorkContext> {
  const collaboration = await findVisibleCollaboration(db, actor.userId, collaborationId);
  if (!collaboration) throw new AppError('not_found');
  const roles = await myPartyRoles(db, actor.userId, collaborationId);
  return { collaborationId, collaborationName: collaboration.name, roles };
}

export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}
