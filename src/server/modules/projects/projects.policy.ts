import { AppError } from '../../http/errors.ts';
import { actingParties, type PartyRole } from '../collaborations/collaborations.policy.ts';

// Joint work is read by every party that sees the collaboration and written by non-viewers of accepted parties.

export function workingParties(roles: PartyRole[]): PartyRole[] {
  return actingParties(roles, 'edit');
}

// The party the actor writes as: the first accepted organization in which they are not a viewer.
export function authorizeWork(roles: PartyRole[]): PartyRole {
  const [first] = workingParties(roles);
  if (!first) {
    throw new AppError('forbidden', {
      detail: 'Only members of an accepted party (not viewers) can change joint work.',
    });
  }
  return first;
}

export function workAbilities(roles: PartyRole[]) {
  return { edit: workingParties(roles).length > 0 };
}

// A task is deleted by the people of its owner organization or by whoever created it.
export function canDeleteTask(
  roles: PartyRole[],
  task: { ownerOrgId: string; createdByUserId: string | null },
  userId: string,
) {
  const working = workingParties(roles);
  return working.length > 0 && (task.createdByUserId === userId || working.some((r) => r.orgId === task.ownerOrgId));
}
