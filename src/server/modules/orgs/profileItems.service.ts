import type { z } from 'zod';
import type { OfferInput, ResourceInput, updateOfferBody, updateResourceBody } from '../../../common/schemas.ts';
import { capabilityById } from '../../../common/reference/capabilities.ts';
import type { Deps, Tx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadOrgFor } from './orgs.service.ts';
import { touchOrg } from './orgs.repository.ts';
import * as repo from './profileItems.repository.ts';

type ResourceChanges = z.infer<typeof updateResourceBody>;
type ListingChanges = z.infer<typeof updateOfferBody>;

export function presentResource(row: repo.ResourceRow) {
  const { createdAt: _c, updatedAt: _u, ...view } = row;
  return view;
}

export function presentListing(row: repo.ListingRow) {
  const { createdAt: _c, updatedAt: _u, kind: _k, ...view } = row;
  return view;
}

function checkCapability(capability: string | undefined): void {
  if (capability !== undefined && !capabilityById.has(capability)) {
    throw validationError('capability', 'unknown capability; see GET /api/v1/reference/capabilities');
  }
}

function checkTimeWindow(from: string | null, until: string | null): void {
  if (from && until && from > until) throw validationError('availableUntil', 'must not be before availableFrom');
}

export async function listResources(deps: Deps, actor: Actor, orgId: string) {
  await loadOrgFor(deps.db, actor, orgId, 'view');
  return (await repo.listVisibleResources(deps.db, actor.userId, orgId)).map(presentResource);
}

export async function addResource(deps: Deps, actor: Actor, orgId: string, input: ResourceInput) {
  return deps.db.transaction(async (tx) => {
    await loadOrgFor(tx, actor, orgId, 'editProfile');
    const row = await repo.insertResource(tx, { ...input, orgId });
    await recordChange(tx, deps, actor, {
      orgId: orgId,
      action: 'resource.added',
      subjectType: 'resource',
      subjectId: row.id,
    });
    return presentResource(row);
  });
}

export async function changeResource(deps: Deps, actor: Actor, orgId: string, id: string, changes: ResourceChanges) {
  return deps.db.transaction(async (tx) => {
    await loadOrgFor(tx, actor, orgId, 'editProfile');
    const row = await repo.updateResource(tx, orgId, id, { ...changes, updatedAt: deps.now() });
    if (!row) throw new AppError('not_found');
    await recordChange(tx, deps, actor, {
      orgId: orgId,
      action: 'resource.changed',
      subjectType: 'resource',
      subjectId: id,
    });
    return presentResource(row);
  });
}

export async function removeResource(deps: Deps, actor: Actor, orgId: string, id: string) {
  await deps.db.transaction(async (tx) => {
    await loadOrgFor(tx, actor, orgId, 'editProfile');
    if (!(await repo.deleteResource(tx, orgId, id))) throw new AppError('not_found');
    await recordChange(tx, deps, actor, {
      orgId: orgId,
      action: 'resource.removed',
      subjectType: 'resource',
      subjectId: id,
    });
  });
}

export async function listListings(deps: Deps, actor: Actor, orgId: string, kind: repo.ListingKind) {
  await loadOrgFor(deps.db, actor, orgId, 'view');
  return (await repo.listVisibleListings(deps.db, actor.userId, orgId, kind)).map(presentListing);
}

export async function addListing(deps: Deps, actor: Actor, orgId: string, kind: repo.ListingKind, input: OfferInput) {
  checkCapability(input.capability);
  return deps.db.transaction(async (tx) => {
    await loadOrgFor(tx, actor, orgId, 'editProfile');
    const row = await repo.insertListing(tx, { ...input, orgId, kind });
    await recordChange(tx, deps, actor, {
      orgId: orgId,
      action: `${kind}.added`,
      subjectType: kind,
      subjectId: row.id,
    });
    return presentListing(row);
  });
}

export async function changeListing(
  deps: Deps,
  actor: Actor,
  target: { orgId: string; kind: repo.ListingKind; id: string },
  changes: ListingChanges,
) {
  checkCapability(changes.capability);
  return deps.db.transaction(async (tx) => {
    await loadOrgFor(tx, actor, target.orgId, 'editProfile');
    const row = await repo.updateListing(tx, target.orgId, target.kind, target.id, {
      ...changes,
      updatedAt: deps.now(),
    });
    if (!row) throw new AppError('not_found');
    // Checked after merging, so that a partial change cannot invert the window; the transaction rolls back.
    checkTimeWindow(row.availableFrom, row.availableUntil);
    await recordChange(tx, deps, actor, {
      orgId: target.orgId,
      action: `${target.kind}.changed`,
      subjectType: target.kind,
      subjectId: target.id,
    });
    return presentListing(row);
  });
}

export async function removeListing(
  deps: Deps,
  actor: Actor,
  target: { orgId: string; kind: repo.ListingKind; id: string },
) {
  await deps.db.transaction(async (tx) => {
    await loadOrgFor(tx, actor, target.orgId, 'editProfile');
    if (!(await repo.deleteListing(tx, target.orgId, target.kind, target.id))) throw new AppError('not_found');
    await recordChange(tx, deps, actor, {
      orgId: target.orgId,
      action: `${target.kind}.removed`,
      subjectType: target.kind,
      subjectId: target.id,
    });
  });
}

// Audits the change and marks the organization's profile as changed.
async function recordChange(
  tx: Tx,
  deps: Deps,
  actor: Actor,
  change: { orgId: string; action: string; subjectType: string; subjectId: string },
) {
  await recordAudit(tx, { actorUserId: actor.userId, ...change });
  await touchOrg(tx, change.orgId, deps.now());
}
