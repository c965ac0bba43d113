import type { z } from 'zod';
import type { createRelationBody, updateRelationBody } from '../../../common/networkAnalytics.ts';
import type { Deps, DbOrTx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { can } from '../orgs/orgs.policy.ts';
import { findVisibleOrg } from '../orgs/orgs.repository.ts';
import { loadOrgFor } from '../orgs/orgs.service.ts';
import * as repo from './relations.repository.ts';
import { scheduleReanalysis } from './scheduleAnalysis.ts';

type CreateInput = z.infer<typeof createRelationBody>;
type UpdateInput = z.infer<typeof updateRelationBody>;

// Relations are private to the organizations they name: only their members see them, and only the declaring
// organization's owners and admins change what it declared.

async function loadOwnOrg(db: DbOrTx, actor: Actor, orgId: string) {
  const found = await loadOrgFor(db, actor, orgId, 'view');
  if (found.myRole === null) {
    throw new AppError('forbidden', { detail: "Only the organization's members can see its relations." });
  }
  return found;
}

function presentRelation(row: repo.RelationWithNames, orgId: string) {
  const { relation: r } = row;
  const counterpartIsSupplier = r.customerOrgId === orgId;
  return {
    id: r.id,
    direction: counterpartIsSupplier ? ('supplier' as const) : ('customer' as const),
    counterpart: counterpartIsSupplier
      ? { orgId: r.supplierOrgId, name: row.supplierName }
      : { orgId: r.customerOrgId, name: row.customerName },
    supplierOrgId: r.supplierOrgId,
    customerOrgId: r.customerOrgId,
    declaredByOrgId: r.declaredByOrgId,
    declaredByUs: r.declaredByOrgId === orgId,
    capability: r.capability,
    share: r.share,
    critical: r.critical,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function listRelations(deps: Deps, actor: Actor, orgId: string) {
  const { myRole } = await loadOwnOrg(deps.db, actor, orgId);
  const items = (await repo.listRelationsOf(deps.db, orgId)).map((row) => presentRelation(row, orgId));
  const declared = (direction: 'supplier' | 'customer') =>
    items.filter((i) => i.declaredByUs && i.direction === direction).reduce((sum, i) => sum + i.share, 0);
  return {
    items,
    declaredInputShare: declared('supplier'),
    declaredRevenueShare: declared('customer'),
    abilities: { edit: can(myRole, 'manageMembers') },
  };
}

async function getRelation(deps: Deps, orgId: string, relationId: string) {
  const row = await repo.findRelationOf(deps.db, orgId, relationId);
  if (!row) throw new AppError('not_found');
  return presentRelation(row, orgId);
}

// Declared shares of one side may not add up to more than the whole.
async function checkShareTotal(
  db: DbOrTx,
  orgId: string,
  direction: 'supplier' | 'customer',
  share: number,
  exceptRelationId: string | null,
) {
  const side = direction === 'supplier' ? 'inputs' : 'revenue';
  const others = await repo.declaredShareTotal(db, orgId, side, exceptRelationId);
  if (others + share > 1 + 1e-9) {
    const left = Math.max(0, 1 - others);
    const percentLeft = Math.round(left * 1000) / 10;
    throw validationError('share', `your declared ${side} would exceed 100 % (${percentLeft} % left to declare)`);
  }
}

async function checkUnique(db: DbOrTx, relation: Omit<repo.NewRelation, 'share'>, exceptRelationId?: string) {
  if (await repo.findDuplicate(db, relation, exceptRelationId)) {
    throw validationError('capability', 'a relation with this counterpart and capability is already declared');
  }
}

export async function createRelation(deps: Deps, actor: Actor, orgId: string, input: CreateInput) {
  const id = await deps.db.transaction(async (tx) => {
    await loadOrgFor(tx, actor, orgId, 'manageMembers');
    if (input.counterpartOrgId === orgId) throw validationError('counterpartOrgId', 'must be another organization');
    if (input.direction === 'customer' && input.critical) {
      throw validationError('critical', 'only an input (a supplier relation) can be critical');
    }
    const counterpart = await findVisibleOrg(tx, actor.userId, input.counterpartOrgId);
    if (!counterpart) throw validationError('counterpartOrgId', 'no organization you can see has this id');
    const supplierOrgId = input.direction === 'supplier' ? input.counterpartOrgId : orgId;
    const customerOrgId = input.direction === 'supplier' ? orgId : input.counterpartOrgId;
    const relation = { supplierOrgId, customerOrgId, declaredByOrgId: orgId, capability: input.capability };
    await checkUnique(tx, relation);
    await checkShareTotal(tx, orgId, input.direction, input.share, null);
    const created = await repo.insertRelation(tx, {
      ...relation,
      share: input.share,
      critical: input.critical,
      createdByUserId: actor.userId,
    });
    await recordAudit(tx, audit(actor, orgId, 'relation.declared', created.id, { ...input }));
    await scheduleReanalysis(tx, [supplierOrgId, customerOrgId], deps.now());
    return created.id;
  });
  return getRelation(deps, orgId, id);
}

// Only what the organization declared itself can change; the counterpart's declarations are read-only.
async function loadDeclaredRelation(tx: DbOrTx, actor: Actor, orgId: string, relationId: string) {
  await loadOwnOrg(tx, actor, orgId);
  const row = await repo.findRelationOf(tx, orgId, relationId);
  if (!row) throw new AppError('not_found');
  await loadOrgFor(tx, actor, orgId, 'manageMembers');
  if (row.relation.declaredByOrgId !== orgId) {
    throw new AppError('forbidden', {
      detail: 'The other organization declared this relation; only it can change it.',
    });
  }
  return row.relation;
}

export async function updateRelation(deps: Deps, actor: Actor, orgId: string, relationId: string, input: UpdateInput) {
  await deps.db.transaction(async (tx) => {
    const relation = await loadDeclaredRelation(tx, actor, orgId, relationId);
    const direction = relation.customerOrgId === orgId ? 'supplier' : 'customer';
    if (input.capability !== undefined)
      await checkUnique(tx, { ...relation, capability: input.capability }, relationId);
    if (input.share !== undefined) await checkShareTotal(tx, orgId, direction, input.share, relationId);
    if (input.critical && direction === 'customer') {
      throw validationError('critical', 'only an input (a supplier relation) can be critical');
    }
    await repo.updateRelation(tx, relationId, { ...input, updatedAt: deps.now() });
    await recordAudit(tx, audit(actor, orgId, 'relation.updated', relationId, { ...input }));
    await scheduleReanalysis(tx, [relation.supplierOrgId, relation.customerOrgId], deps.now());
  });
  return getRelation(deps, orgId, relationId);
}

export async function deleteRelation(deps: Deps, actor: Actor, orgId: string, relationId: string) {
  await deps.db.transaction(async (tx) => {
    const relation = await loadDeclaredRelation(tx, actor, orgId, relationId);
    await repo.deleteRelation(tx, relationId);
    await recordAudit(tx, audit(actor, orgId, 'relation.deleted', relationId));
    await scheduleReanalysis(tx, [relation.supplierOrgId, relation.customerOrgId], deps.now());
  });
}

function audit(actor: Actor, orgId: string, action: string, subjectId: string, data?: Record<string, unknown>) {
  return { actorUserId: actor.userId, orgId, action, subjectType: 'relation', subjectId, data };
}
