// Verifies an exported ledger end to end and names the first entry that does not verify.
//
// "First bad entry" is the first position at which the export stops agreeing with the genuine log:
//   altered payload or timestamp at k -> k (its leaf hash no longer matches);
//   rows k and k+1 swapped            -> k (position k carries sequence k+1);
//   row k deleted                     -> k (the missing sequence; for the last row that is the shortened
//                                           log's length, caught because a signed tree head still covers it);
//   forged row inserted at k          -> k (wrong sequence, wrong leaf hash, beyond the newest signed head, or,
//                                           when it copies a neighbour's sequence with a self-consistent leaf
//                                           hash, whichever copy the next signed tree head does not contain).
// This is exact while untouched rows keep their stored leaf hashes. An attacker who also rewrites leaf hashes
// and renumbers rows is caught only by a root mismatch, which can be narrowed to the range between the last
// verified tree head and the failing one; the report then names the first entry of that range.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { CanonicalJsonError } from './canonicalJson.ts';
import { decodeBase64Strict } from './decodeBase64Strict.ts';
import { ledgerEntryBytes, type LedgerEntry } from './ledgerEntry.ts';
import { HASH_LENGTH, MerkleAccumulator, leafHash } from './merkle.ts';
import { verifyTreeHead, type SignedTreeHead } from './treeHead.ts';

export { ledgerEntryBytes, ledgerEntryLeafHash, type LedgerEntry } from './ledgerEntry.ts';

export interface LedgerExport {
  ledgerId: string;
  entries: readonly LedgerEntry[];
  treeHeads: readonly SignedTreeHead[];
  publicKeyPem: string;
  /** Accept entries after the newest signed tree head, as a live ledger has between two signatures. */
  allowUnsignedTail?: boolean;
}

export type LogFailure = { ok: false; firstBadSequence: number; reason: string };

export type LogVerification =
  | {
      ok: true;
      size: number;
      /** Base64 root of all entries. */
      rootHash: string;
      /** Size of the largest verified signed tree head. */
      signedSize: number;
    }
  | LogFailure;

interface VerificationContext {
  log: LedgerExport;
  /** Recomputed leaf hashes of the entries accepted so far. */
  leaves: Buffer[];
  headSizes: readonly number[];
  headsBySize: ReadonlyMap<number, readonly SignedTreeHead[]>;
  /** Why a tree head cannot be trusted (other ledger, bad signature), or undefined when it can. */
  whyUntrusted: (head: SignedTreeHead) => string | undefined;
}

interface HeadFailure {
  headSize: number;
  failure: LogFailure;
}

export function verifyLog(log: LedgerExport): LogVerification {
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey(log.publicKeyPem);
  } catch {
    return failure(0, 'publicKeyPem is not a PEM public key');
  }
  if (publicKey.asymmetricKeyType !== 'ed25519') return failure(0, 'the ledger key is not an Ed25519 key');

  const headsBySize = new Map<number, SignedTreeHead[]>();
  for (const [index, head] of log.treeHeads.entries()) {
    if (!Number.isSafeInteger(head.size) || head.size < 0) {
      return failure(0, `tree head #${index} has no valid size`);
    }
    headsBySize.set(head.size, [...(headsBySize.get(head.size) ?? []), head]);
  }
  const headSizes = [...headsBySize.keys()].sort((a, b) => a - b);
  const largestHeadSize = headSizes.at(-1) ?? 0;

  const trustCache = new Map<SignedTreeHead, string | undefined>();
  const whyUntrusted = (head: SignedTreeHead): string | undefined => {
    if (!trustCache.has(head)) {
      let problem: string | undefined;
      if (head.ledgerId !== log.ledgerId) problem = `tree head at size ${head.size} belongs to another ledger`;
      else if (!verifyTreeHead(head, publicKey)) problem = `tree head at size ${head.size} has an invalid signature`;
      trustCache.set(head, problem);
    }
    return trustCache.get(head);
  };
  const leaves: Buffer[] = [];
  const context: VerificationContext = { log, leaves, headSizes, headsBySize, whyUntrusted };

  const { entries, ledgerId } = log;
  const accumulator = new MerkleAccumulator();
  let verifiedSize = 0;
  let headFailure = checkHeadsAt(context, 0, accumulator, verifiedSize);

  for (let position = 0; position < entries.length; position++) {
    const entry = entries[position] as LedgerEntry;
    const repeatsPrevious = position > 0 && entry.sequence === position - 1;

    if (headFailure !== undefined) {
      // Only an inserted copy of the previous row, found one row late, can explain a failed head.
      if (position === headFailure.headSize && repeatsPrevious) {
        const resolution = resolveRepeatedSequence(context, position, verifiedSize);
        if (resolution.confirmed) return resolution.failure;
      }
      return headFailure.failure;
    }

    if (entry.sequence !== position) {
      if (repeatsPrevious) {
        return resolveRepeatedSequence(context, position, verifiedSize).failure;
      }
      return failure(position, describeSequenceMismatch(position, entry.sequence));
    }
    if (!log.allowUnsignedTail && position >= largestHeadSize) {
      return failure(
        position,
        `entry ${position} is not covered by any signed tree head (largest: ${largestHeadSize})`,
      );
    }
    const leaf = recomputeLeaf(ledgerId, entry, position);
    if (typeof leaf === 'string') return failure(position, leaf);

    leaves.push(leaf);
    accumulator.append(leaf);
    headFailure = checkHeadsAt(context, position + 1, accumulator, verifiedSize);
    if (headFailure === undefined && headsBySize.has(position + 1)) verifiedSize = position + 1;
  }
  if (headFailure !== undefined) return headFailure.failure;

  if (largestHeadSize > entries.length) {
    const heads = headsBySize.get(largestHeadSize) ?? [];
    const problem = heads.map(whyUntrusted).find((reason) => reason !== undefined);
    return failure(
      entries.length,
      problem ??
        `the signed tree head at size ${largestHeadSize} covers entries the log no longer has after ${entries.length} entries`,
    );
  }
  return { ok: true, size: entries.length, rootHash: accumulator.root().toString('base64'), signedSize: verifiedSize };
}

function checkHeadsAt(
  context: VerificationContext,
  size: number,
  accumulator: MerkleAccumulator,
  verifiedSize: number,
): HeadFailure | undefined {
  const heads = context.headsBySize.get(size);
  if (heads === undefined) return undefined;
  const root = accumulator.root();
  for (const head of heads) {
    const problem = context.whyUntrusted(head);
    if (problem !== undefined) return { headSize: size, failure: failure(verifiedSize, problem) };
    if (!root.equals(decodeBase64Strict(head.rootHash) ?? Buffer.alloc(0))) {
      const range = size - 1 > verifiedSize ? `sequences ${verifiedSize}..${size - 1}` : `sequence ${verifiedSize}`;
      return {
        headSize: size,
        failure: failure(
          verifiedSize,
          `root of the first ${size} entries does not match its signed tree head (${range})`,
        ),
      };
    }
  }
  return undefined;
}

/**
 * Positions `position - 1` and `position` both carry sequence `position - 1` and both match their own leaf hash.
 * One of them was inserted; the smallest signed tree head covering that sequence says which one it holds.
 * `confirmed` is false when no signed head settles it.
 */
function resolveRepeatedSequence(
  context: VerificationContext,
  position: number,
  verifiedSize: number,
): { confirmed: boolean; failure: LogFailure } {
  const { log, leaves, headSizes, headsBySize, whyUntrusted } = context;
  const sequence = position - 1;
  const repeated = `sequence ${sequence} appears at positions ${sequence} and ${position}`;
  const own = recomputeLeaf(log.ledgerId, log.entries[position] as LedgerEntry, sequence);
  if (typeof own === 'string') return { confirmed: true, failure: failure(position, `${repeated}; ${own}`) };

  const head = headSizes
    .filter((size) => size >= position)
    .flatMap((size) => headsBySize.get(size) ?? [])
    .find((candidate) => whyUntrusted(candidate) === undefined);
  if (head === undefined) {
    return { confirmed: false, failure: failure(sequence, `${repeated}; no signed tree head covers it`) };
  }

  const tail: Buffer[] = [];
  for (let next = position + 1; next <= head.size; next++) {
    const entry = log.entries[next];
    const leaf = entry?.sequence === next - 1 ? recomputeLeaf(log.ledgerId, entry, next - 1) : undefined;
    if (leaf === undefined || typeof leaf === 'string') {
      return { confirmed: false, failure: failure(sequence, `${repeated}; the entries after it do not verify either`) };
    }
    tail.push(leaf);
  }
  const base = new MerkleAccumulator();
  for (const leaf of leaves.slice(0, sequence)) base.append(leaf);
  const expectedRoot = decodeBase64Strict(head.rootHash) ?? Buffer.alloc(0);
  const rootWith = (candidate: Buffer): Buffer => {
    const accumulator = base.clone();
    accumulator.append(candidate);
    for (const leaf of tail) accumulator.append(leaf);
    return accumulator.root();
  };

  if (rootWith(own).equals(expectedRoot)) {
    const reason = `${repeated}; the signed tree head at size ${head.size} holds the copy at position ${position}, so the entry at position ${sequence} was inserted`;
    return { confirmed: true, failure: failure(sequence, reason) };
  }
  if (rootWith(leaves[sequence] as Buffer).equals(expectedRoot)) {
    const reason = `${repeated}; the signed tree head at size ${head.size} holds the copy at position ${sequence}, so the entry at position ${position} was inserted`;
    return { confirmed: true, failure: failure(position, reason) };
  }
  return {
    confirmed: false,
    failure: failure(verifiedSize, `${repeated}; neither copy matches the signed tree head at size ${head.size}`),
  };
}

function recomputeLeaf(ledgerId: string, entry: LedgerEntry, sequence: number): Buffer | string {
  if (typeof entry.recordedAt !== 'string') return `entry ${sequence} has no recordedAt timestamp`;
  const stored = decodeBase64Strict(entry.leafHash);
  if (stored?.length !== HASH_LENGTH) return `entry ${sequence} has a leafHash that is not base64 of 32 bytes`;
  let bytes: Buffer;
  try {
    bytes = ledgerEntryBytes(ledgerId, sequence, entry.recordedAt, entry.payload);
  } catch (error) {
    if (error instanceof CanonicalJsonError) return `entry ${sequence} payload is not canonical JSON: ${error.message}`;
    throw error;
  }
  const computed = leafHash(bytes);
  if (!computed.equals(stored)) {
    return `entry ${sequence} does not match its leaf hash: its payload, timestamp or sequence was altered`;
  }
  return computed;
}

function describeSequenceMismatch(position: number, found: unknown): string {
  if (typeof found === 'number' && Number.isSafeInteger(found) && found > position) {
    return `sequence ${position} is missing or out of order: position ${position} holds sequence ${found}`;
  }
  return `position ${position} holds sequence ${String(found)}, expected ${position}`;
}

function failure(firstBadSequence: number, reason: string): LogFailure {
  return { ok: false, firstBadSequence, reason };
}
