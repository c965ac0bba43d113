import type { CreateOrgInput, UpdateOrgInput } from '../../../common/schemas.ts';
import { countryByCode } from '../../../common/reference/countries.ts';
import { naceByCode } from '../../../common/reference/nace.ts';
import { deriveSizeClass } from '../../../common/sizeClass.ts';
import type { Deps, DbOrTx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { allocateSlug } from './allocateSlugs.ts';
import { authorize, type OrgAction } from './orgs.policy.ts';
import { presentOrg } from './orgs.presenter.ts';
import * as repo from './orgs.repository.ts';

// Loads an organization the actor can see and checks the role for the action, or answers 404/403.
export async function loadOrgFor(db: DbOrTx, actor: Actor, orgId: string, action: OrgAction) {
  const found = await repo.findVisibleOrg(db, actor.userId, orgId);
  if (!found) throw new AppError('not_found');
  if (action !== 'view') authorize(found.myRole, action);
  return found;
}

export function checkReferenceCodes(input: { country?: string; naceCode?: string | null }): void {
  if (input.country !== undefined && !countryByCode.has(input.country)) {
    throw validationError('country', 'unknown ISO 3166-1 alpha-2 code');
  }
  if (input.naceCode && !naceByCode.has(input.naceCode)) {
    throw validationError('naceCode', 'unknown NACE Rev. 2 code');
  }
}

export async function createOrg(deps: Deps, actor: Actor, input: CreateOrgInput) {
  checkReferenceCodes(input);
  return deps.db.transaction(async (tx) => {
    const org = await repo.insertOrg(tx, {
      ...input,
      slug: await allocateSlug(tx, input.name),
      sizeClass: deriveSizeClass(input.employees, input.turnoverBand),
    });
    await repo.insertMember(tx, { orgId: org.id, userId: actor.userId, role: 'owner' });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId: org.id,
      action: 'org.created',
      subjectType: 'org',
      subjectId: org.id,
    });
    return presentOrg(org, 'owner');
  });
}

export async function getOrg(deps: Deps, actor: Actor, orgId: string) {
  const { org, myRole } = await loadOrgFor(deps.db, actor, orgId, 'view');
  return presentOrg(org, myRole);
}

export async function listMyOrgs(deps: Deps, actor: Actor) {
  return (await repo.listMyOrgs(deps.db, actor.userId)).map(({ org, myRole }) => presentOrg(org, myRole));
}

export async function updateOrg(deps: Deps, actor: Actor, orgId: string, changes: UpdateOrgInput) {
  return deps.db.transaction(async (tx) => {
    const { org, myRole } = await loadOrgFor(tx, actor, orgId, 'editProfile');
    checkReferenceCodes(changes);
    const employees = changes.employees === undefined ? org.employees : changes.employees;
    const turnoverBand = changes.turnoverBand === undefined ? org.turnoverBand : changes.turnoverBand;
    const updated = await repo.updateOrg(tx, orgId, {
      ...changes,
      sizeClass: deriveSizeClass(employees, turnoverBand),
      updatedAt: deps.now(),
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      orgId,
      action: 'org.updated',
      subjectType: 'org',
      subjectId: orgId,
      data: { fields: Object.keys(changes) },
    });
    return presentOrg(updated, myRole);
  });
}
