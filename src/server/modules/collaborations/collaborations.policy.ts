import type { PartyStatus } from '../../../common/collaboration.ts';
import type { OrgRole } from '../../../common/vocabulary.ts';
import { AppError } from '../../http/errors.ts';

export interface PartyRole {
  orgId: string;
  status: PartyStatus;
  role: OrgRole;
}

export type CollaborationAction = 'edit' | 'commit' | 'rate';

// Editing drafts: any non-viewer of an accepted party. Committing (invite, transition, sign): its owners
// and admins. Rating partners: the owners and admins of a party that took part, also after it exited,
// when its view of the others matters most.
const rolesFor: Record<CollaborationAction, readonly OrgRole[]> = {
  edit: ['owner', 'admin', 'member'],
  commit: ['owner', 'admin'],
  rate: ['owner', 'admin'],
};

const statusesFor: Record<CollaborationAction, readonly PartyStatus[]> = {
  edit: ['accepted'],
  commit: ['accepted'],
  rate: ['accepted', 'exited'],
};

export function actingParties(roles: PartyRole[], action: CollaborationAction): PartyRole[] {
  return roles.filter((r) => statusesFor[action].includes(r.status) && rolesFor[action].includes(r.role));
}

export function authorizeCollaboration(roles: PartyRole[], action: CollaborationAction, orgId?: string): PartyRole {
  const acting = actingParties(roles, action).filter((r) => orgId === undefined || r.orgId === orgId);
  const [first] = acting;
  if (!first) {
    throw new AppError('forbidden', {
      detail: {
        edit: 'Only members of an accepted party can edit.',
        commit: 'Only owners and admins of an accepted party can do this.',
        rate: 'Only owners and admins of a party that took part can rate its partners.',
      }[action],
    });
  }
  return first;
}

export function collaborationAbilities(roles: PartyRole[]) {
  return {
    edit: actingParties(roles, 'edit').length > 0,
    commit: actingParties(roles, 'commit').length > 0,
    respond: roles.filter((r) => r.status === 'invited' && rolesFor.commit.includes(r.role)).map((r) => r.orgId),
    sign: actingParties(roles, 'commit').map((r) => r.orgId),
    rate: actingParties(roles, 'rate').map((r) => r.orgId),
  };
}
