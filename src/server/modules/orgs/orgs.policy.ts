import type { OrgRole } from '../../../common/vocabulary.ts';
import { AppError } from '../../http/errors.ts';

export type OrgAction = 'view' | 'editProfile' | 'manageMembers' | 'grantOwner';

const allowed: Record<OrgAction, readonly OrgRole[]> = {
  view: ['owner', 'admin', 'member', 'viewer'],
  editProfile: ['owner', 'admin', 'member'],
  manageMembers: ['owner', 'admin'],
  grantOwner: ['owner'],
};

export function can(role: OrgRole | null, action: OrgAction): boolean {
  return role !== null && allowed[action].includes(role);
}

// The caller can already see the organization (else it got a 404); here it lacks the role.
export function authorize(role: OrgRole | null, action: OrgAction): void {
  if (!can(role, action)) throw new AppError('forbidden', { detail: `Your role does not allow: ${action}` });
}

export function orgAbilities(role: OrgRole | null) {
  return { edit: can(role, 'editProfile'), manageMembers: can(role, 'manageMembers') };
}
