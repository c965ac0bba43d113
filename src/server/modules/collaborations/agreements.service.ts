import type { AgreementContent } from '../../../common/agreement.ts';
import type { Deps, DbOrTx, Tx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { appendLedgerEntry } from '../ledger/ledger.service.ts';
import { canonicalHash, canonicalize } from '../ledger/engine/canonicalJson.ts';
import { checkAgreement, type Party } from './agreementChecker.ts';
import { diffAgreements } from './agreementDiff.ts';
import * as repo from './agreements.repository.ts';
import { authorizeCollaboration } from './collaborations.policy.ts';
import { listParties, type CollaborationRow } from './collaborations.repository.ts';
import { loadCollaborationFor, moveToState } from './collaborations.service.ts';

const closedStates = ['completed', 'terminated'];

async function acceptedParties(db: DbOrTx, collaborationId: string): Promise<Party[]> {
  const parties = await listParties(db, [collaborationId]);
  return parties.filter((p) => p.status === 'accepted').map((p) => ({ orgId: p.orgId, name: p.orgName }));
}

const sortedParties = (parties: Party[]) => [...parties].sort((a, b) => a.orgId.localeCompare(b.orgId));

// What every party signs: the collaboration, the parties and the clauses, in RFC 8785 canonical form.
export function signedDocument(
  collaboration: CollaborationRow,
  version: number,
  parties: Party[],
  content: AgreementContent,
) {
  return {
    collaborationId: collaboration.id,
    name: collaboration.name,
    kind: collaboration.kind,
    version,
    parties: sortedParties(parties),
    content,
  };
}

async function loadVersion(db: DbOrTx, collaborationId: string, version: number) {
  const row = await repo.findVersion(db, collaborationId, version);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function listVersions(deps: Deps, actor: Actor, collaborationId: string) {
  await loadCollaborationFor(deps.db, actor, collaborationId);
  return (await repo.listVersions(deps.db, collaborationId)).map(presentSummary);
}

export async function getVersion(deps: Deps, actor: Actor, collaborationId: string, version: number) {
  await loadCollaborationFor(deps.db, actor, collaborationId);
  const row = await loadVersion(deps.db, collaborationId, version);
  const [signatures, parties] = await Promise.all([
    repo.listSignatures(deps.db, row.id),
    acceptedParties(deps.db, collaborationId),
  ]);
  return {
    ...presentSummary(row),
    content: row.content,
    signatures: signatures.map((s) => ({ ...s, signedAt: s.signedAt.toISOString() })),
    findings: checkAgreement(row.content, parties),
  };
}

// A contribution linked to the resource inventory must name a resource of the contributing party.
async function checkContributedResources(db: DbOrTx, content: AgreementContent) {
  const linked = content.contributions.flatMap((c, index) =>
    c.resourceId ? [{ ...c, index, resourceId: c.resourceId }] : [],
  );
  const owners = await repo.resourceOwners(
    db,
    linked.map((c) => c.resourceId),
  );
  for (const c of linked) {
    if (owners.get(c.resourceId) !== c.partyOrgId) {
      throw validationError(
        `content.contributions.${c.index}.resourceId`,
        "is not a resource of the contributing party's inventory",
      );
    }
  }
}

// Every edit lands in a draft: the open one, or a new version copied forward from the latest.
export async function editDraft(deps: Deps, actor: Actor, collaborationId: string, content: AgreementContent) {
  const version = await deps.db.transaction(async (tx) => {
    const { collaboration, roles } = await loadCollaborationFor(tx, actor, collaborationId, true);
    authorizeCollaboration(roles, 'edit');
    await checkContributedResources(tx, content);
    if (closedStates.includes(collaboration.state))
      throw new AppError('agreement.not_editable', { detail: 'The collaboration is closed.' });
    const latest = await repo.latestVersion(tx, collaborationId);
    if (latest?.status === 'draft') {
      await repo.updateVersion(tx, latest.id, { content, updatedAt: deps.now() });
      return latest.version;
    }
    const created = await repo.insertVersion(tx, {
      collaborationId,
      version: (latest?.version ?? 0) + 1,
      status: 'draft',
      content,
      createdByUserId: actor.userId,
    });
    return created.version;
  });
  return getVersion(deps, actor, collaborationId, version);
}

export async function proposeVersion(deps: Deps, actor: Actor, collaborationId: string, version: number) {
  await deps.db.transaction(async (tx) => {
    const { collaboration, roles } = await loadCollaborationFor(tx, actor, collaborationId, true);
    authorizeCollaboration(roles, 'commit');
    const row = await loadVersion(tx, collaborationId, version);
    if (row.status !== 'draft')
      throw new AppError('agreement.not_editable', { detail: `Version ${version} is ${row.status}.` });
    if (collaboration.state === 'proposed') {
      throw new AppError('collaboration.invalid_transition', {
        detail: 'Wait until at least one invited party has accepted.',
      });
    }
    const parties = await acceptedParties(tx, collaborationId);
    const blocking = checkAgreement(row.content, parties).filter((f) => f.severity === 'error');
    if (blocking.length > 0) {
      throw new AppError('agreement.incomplete', {
        detail: blocking.map((f) => f.message).join(' '),
        errors: blocking.map((f) => ({ field: `content.${f.clause}`, message: f.message })),
      });
    }
    const contentHash = canonicalHash(signedDocument(collaboration, version, parties, row.content));
    const now = deps.now();
    await repo.setStatusWhere(tx, collaborationId, 'proposed', 'superseded');
    await repo.updateVersion(tx, row.id, { status: 'proposed', parties, contentHash, proposedAt: now });
    await appendLedgerEntry(
      tx,
      deps.config,
      collaboration.ledgerId,
      { type: 'agreement.proposed', version, contentHash },
      now,
    );
    await recordAudit(tx, audit(actor, collaboration, 'agreement.proposed', { version }));
  });
  return getVersion(deps, actor, collaborationId, version);
}

export async function signVersion(
  deps: Deps,
  actor: Actor,
  collaborationId: string,
  version: number,
  input: { orgId: string; contentHash: string },
) {
  await deps.db.transaction(async (tx) => {
    const { collaboration, roles } = await loadCollaborationFor(tx, actor, collaborationId, true);
    authorizeCollaboration(roles, 'commit', input.orgId);
    const row = await loadVersion(tx, collaborationId, version);
    if (row.status !== 'proposed')
      throw new AppError('agreement.not_proposed', { detail: `Version ${version} is ${row.status}.` });
    const parties = row.parties ?? [];
    const current = await acceptedParties(tx, collaborationId);
    if (canonicalize(sortedParties(current)) !== canonicalize(sortedParties(parties))) {
      throw new AppError('agreement.not_proposed', {
        detail: 'The parties changed since this version was proposed; propose it again.',
      });
    }
    if (input.contentHash !== row.contentHash)
      throw new AppError('agreement.hash_mismatch', { detail: `The proposed version hashes to ${row.contentHash}.` });
    const now = deps.now();
    const signed = await repo.insertSignature(tx, {
      versionId: row.id,
      orgId: input.orgId,
      userId: actor.userId,
      contentHash: row.contentHash,
      signedAt: now,
    });
    if (!signed) throw new AppError('agreement.already_signed');
    await appendLedgerEntry(
      tx,
      deps.config,
      collaboration.ledgerId,
      { type: 'agreement.signed', version, orgId: input.orgId, userId: actor.userId, contentHash: row.contentHash },
      now,
    );
    await recordAudit(tx, audit(actor, collaboration, 'agreement.signed', { version, orgId: input.orgId }));
    const signatures = await repo.listSignatures(tx, row.id);
    if (parties.every((p) => signatures.some((s) => s.orgId === p.orgId)))
      await takeEffect(tx, deps, actor, collaboration, row);
  });
  return getVersion(deps, actor, collaborationId, version);
}

async function takeEffect(tx: Tx, deps: Deps, actor: Actor, collaboration: CollaborationRow, row: repo.VersionRow) {
  const now = deps.now();
  await repo.setStatusWhere(tx, collaboration.id, 'effective', 'superseded');
  await repo.updateVersion(tx, row.id, { status: 'effective', effectiveAt: now });
  await appendLedgerEntry(
    tx,
    deps.config,
    collaboration.ledgerId,
    { type: 'agreement.effective', version: row.version, contentHash: row.contentHash },
    now,
  );
  if (collaboration.state === 'negotiating' || collaboration.state === 'under_review') {
    await moveToState(
      tx,
      deps,
      actor,
      collaboration,
      'active',
      `agreement version ${row.version} signed by every party`,
    );
  }
}

export async function diffVersions(deps: Deps, actor: Actor, collaborationId: string, from: number, to: number) {
  await loadCollaborationFor(deps.db, actor, collaborationId);
  const [a, b] = await Promise.all([
    loadVersion(deps.db, collaborationId, from),
    loadVersion(deps.db, collaborationId, to),
  ]);
  return diffAgreements(a.content, b.content);
}

// The exact bytes the parties sign; a draft shows what would be signed with today's parties.
export async function canonicalDocument(deps: Deps, actor: Actor, collaborationId: string, version: number) {
  const { collaboration } = await loadCollaborationFor(deps.db, actor, collaborationId);
  const row = await loadVersion(deps.db, collaborationId, version);
  const parties = row.parties ?? (await acceptedParties(deps.db, collaborationId));
  return canonicalize(signedDocument(collaboration, version, parties, row.content));
}

function presentSummary(row: repo.VersionRow) {
  return {
    version: row.version,
    status: row.status,
    contentHash: row.contentHash,
    createdAt: row.createdAt.toISOString(),
    proposedAt: row.proposedAt?.toISOString() ?? null,
    effectiveAt: row.effectiveAt?.toISOString() ?? null,
  };
}

function audit(actor: Actor, collaboration: CollaborationRow, action: string, data: Record<string, unknown>) {
  return {
    actorUserId: actor.userId,
    orgId: collaboration.initiatorOrgId,
    action,
    subjectType: 'collaboration',
    subjectId: collaboration.id,
    data,
  };
}
