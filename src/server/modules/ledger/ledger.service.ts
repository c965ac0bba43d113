import { randomUUID } from 'node:crypto';
import type { Config } from '../../config.ts';
import { findMasterKey, loadMasterKey, opens, openSecret, sealSecret } from '../../crypto/sealing.ts';
import type { Deps, DbOrTx, Tx } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, validationError } from '../../http/errors.ts';
import { findVisibleCollaboration } from '../collaborations/collaborations.repository.ts';
import { isActiveMember } from '../networks/networks.repository.ts';
import { canonicalize } from './engine/canonicalJson.ts';
import { consistencyProof, inclusionProof, leafHash, MerkleAccumulator } from './engine/merkle.ts';
import { generateLedgerKeyPair, signTreeHead } from './engine/treeHead.ts';
import { ledgerEntryBytes } from './engine/ledgerEntry.ts';
import * as repo from './ledger.repository.ts';

export type LedgerPayload = Record<string, unknown>;

/** What signing needs from the configuration: the master key that seals signing keys at rest. */
export type LedgerKeyConfig = Pick<Config, 'masterKey' | 'dataDir'>;

// The ledger id is bound in, so a sealed key copied to another ledger does not open.
const signingKeyAad = (ledgerId: string) => `synergia:ledger-signing-key:v1:${ledgerId}`;

function sealSigningKey(config: LedgerKeyConfig, ledgerId: string, privateKeyPem: string): Buffer {
  return sealSecret(loadMasterKey(config), signingKeyAad(ledgerId), Buffer.from(privateKeyPem, 'utf8'));
}

export async function createLedger(
  tx: Tx,
  config: LedgerKeyConfig,
  subjectType: 'collaboration' | 'network',
  subjectId: string,
) {
  const id = randomUUID();
  const { publicKeyPem, privateKeyPem } = generateLedgerKeyPair();
  const privateKeySealed = sealSigningKey(config, id, privateKeyPem);
  await repo.insertLedger(tx, { id, subjectType, subjectId, publicKeyPem, privateKeySealed });
  return id;
}

/**
 * Whether the master key opens the ledgers' sealed signing keys (true when none is stored yet; false
 * when there is no master key to try, which is then not created).
 */
export async function masterKeyOpensSigningKeys(db: DbOrTx, config: LedgerKeyConfig): Promise<boolean> {
  const sample = await repo.findAnySealedSigningKey(db);
  if (!sample) return true;
  const key = findMasterKey(config);
  return key !== undefined && opens(() => openSecret(key, signingKeyAad(sample.ledgerId), sample.sealed));
}

/** The ledger's signing key; a key still in the clear (an older ledger) is sealed now, in the caller's transaction. */
async function signingKeyOf(tx: Tx, config: LedgerKeyConfig, ledger: repo.LedgerRow): Promise<string> {
  if (ledger.privateKeySealed) {
    return openSecret(loadMasterKey(config), signingKeyAad(ledger.id), ledger.privateKeySealed).toString('utf8');
  }
  if (!ledger.privateKeyPem) throw new Error(`ledger ${ledger.id} has no signing key`);
  await repo.sealSigningKey(tx, ledger.id, sealSigningKey(config, ledger.id, ledger.privateKeyPem));
  return ledger.privateKeyPem;
}

// Appends in the caller's transaction: the entry lands with the record it describes, or not at all.
export async function appendLedgerEntry(
  tx: Tx,
  config: LedgerKeyConfig,
  ledgerId: string,
  payload: LedgerPayload,
  now: Date,
) {
  const ledger = await repo.lockLedger(tx, ledgerId);
  if (!ledger) throw new Error(`ledger ${ledgerId} does not exist`);
  const signingKey = await signingKeyOf(tx, config, ledger);
  // A JSON round trip drops undefined fields, as the database's jsonb will.
  const stored = JSON.parse(canonicalize(payload)) as LedgerPayload;
  const sequence = ledger.size;
  const recordedAt = now.toISOString();
  const leaf = leafHash(ledgerEntryBytes(ledgerId, sequence, recordedAt, stored));
  const tree = MerkleAccumulator.fromFrontier(
    ledger.size,
    ledger.frontier.map((h) => Buffer.from(h, 'base64')),
  );
  tree.append(leaf);
  const head = signTreeHead(
    { ledgerId, size: tree.size, rootHash: tree.root().toString('base64'), timestamp: recordedAt },
    signingKey,
  );
  await repo.insertEntry(tx, { ledgerId, sequence, recordedAt, payload: stored, leafHash: leaf.toString('base64') });
  await repo.insertTreeHead(tx, head);
  await repo.saveFrontier(
    tx,
    ledgerId,
    tree.size,
    tree.frontier.map((h) => h.toString('base64')),
  );
  return { sequence, treeHead: head };
}

// A ledger is readable by its subject's members: a collaboration's parties, a network's active members.
async function loadLedgerFor(db: DbOrTx, actor: Actor, ledgerId: string) {
  const ledger = await repo.findLedger(db, ledgerId);
  const readable =
    ledger?.subjectType === 'collaboration'
      ? Boolean(await findVisibleCollaboration(db, actor.userId, ledger.subjectId))
      : ledger?.subjectType === 'network' && (await isActiveMember(db, actor.userId, ledger.subjectId));
  if (!ledger || !readable) throw new AppError('not_found');
  return ledger;
}

const presentEntry = (e: repo.LedgerEntryRow) => ({
  sequence: e.sequence,
  recordedAt: e.recordedAt,
  payload: e.payload,
  leafHash: e.leafHash,
});
const presentHead = (h: repo.TreeHeadRow) => ({
  ledgerId: h.ledgerId,
  size: h.size,
  rootHash: h.rootHash,
  timestamp: h.timestamp,
  signature: h.signature,
});

export async function listLedgerEntries(deps: Deps, actor: Actor, ledgerId: string, from: number, limit: number) {
  const ledger = await loadLedgerFor(deps.db, actor, ledgerId);
  const entries = await repo.listEntries(deps.db, ledgerId, from, limit);
  return { ledgerId, size: ledger.size, entries: entries.map(presentEntry) };
}

export async function getTreeHead(deps: Deps, actor: Actor, ledgerId: string) {
  const ledger = await loadLedgerFor(deps.db, actor, ledgerId);
  const head = await repo.latestTreeHead(deps.db, ledgerId);
  return { treeHead: head ? presentHead(head) : null, publicKeyPem: ledger.publicKeyPem };
}

function checkSize(field: string, size: number, ledgerSize: number) {
  if (size < 1 || size > ledgerSize)
    throw validationError(field, `must be between 1 and the ledger size ${ledgerSize}`);
}

export async function getInclusionProof(
  deps: Deps,
  actor: Actor,
  ledgerId: string,
  sequence: number,
  treeSize?: number,
) {
  const ledger = await loadLedgerFor(deps.db, actor, ledgerId);
  const size = treeSize ?? ledger.size;
  checkSize('treeSize', size, ledger.size);
  if (sequence >= size) throw validationError('sequence', `must be below the tree size ${size}`);
  const leaves = await repo.listLeafHashes(deps.db, ledgerId, size);
  const head = await repo.treeHeadAt(deps.db, ledgerId, size);
  return {
    sequence,
    treeSize: size,
    leafHash: leaves[sequence]!.toString('base64'),
    proof: inclusionProof(leaves, sequence, size).map((h) => h.toString('base64')),
    treeHead: head ? presentHead(head) : null,
  };
}

export async function getConsistencyProof(deps: Deps, actor: Actor, ledgerId: string, first: number, second: number) {
  const ledger = await loadLedgerFor(deps.db, actor, ledgerId);
  checkSize('second', second, ledger.size);
  if (first < 1 || first > second) throw validationError('first', `must be between 1 and second (${second})`);
  const leaves = await repo.listLeafHashes(deps.db, ledgerId, second);
  const [firstHead, secondHead] = await Promise.all([
    repo.treeHeadAt(deps.db, ledgerId, first),
    repo.treeHeadAt(deps.db, ledgerId, second),
  ]);
  return {
    first,
    second,
    proof: consistencyProof(leaves, first, second).map((h) => h.toString('base64')),
    firstTreeHead: firstHead ? presentHead(firstHead) : null,
    secondTreeHead: secondHead ? presentHead(secondHead) : null,
  };
}

// The whole log, in the form `synergia ledger verify --file` and the browser verifier read.
export async function exportLedger(deps: Deps, actor: Actor, ledgerId: string) {
  const ledger = await loadLedgerFor(deps.db, actor, ledgerId);
  return exportLedgerUnchecked(deps.db, ledger);
}

export async function exportLedgerUnchecked(db: DbOrTx, ledger: repo.LedgerRow) {
  const [entries, heads] = await Promise.all([repo.listEntries(db, ledger.id), repo.listTreeHeads(db, ledger.id)]);
  return {
    ledgerId: ledger.id,
    publicKeyPem: ledger.publicKeyPem,
    entries: entries.map(presentEntry),
    treeHeads: heads.map(presentHead),
  };
}
