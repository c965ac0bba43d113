import { canonicalize } from '../../../common/canonicalJson.ts';
import type { InclusionProof, LedgerExport, SignedTreeHead } from '../../api/ledger.ts';
import { base64ToBytes, bytesEqual, bytesToBase64, utf8Bytes, type Bytes } from './bytes.ts';
import { inclusionProblem, leafHash, MerkleFrontier } from './rfc6962.ts';
import { Ed25519UnsupportedError, importEd25519PublicKey, verifyEd25519, webCryptoProblem } from './webCrypto.ts';

// Re-checks an exported ledger in the browser, trusting nothing the server computed: every leaf hash
// is recomputed from the entry's canonical bytes, the root is rebuilt entry by entry, every signed tree
// head's Ed25519 signature is verified, and one entry's audit path from the API must reach the signed root.

export type BrowserVerification =
  | {
      ok: true;
      entries: number;
      /** Base64 root of all entries, as the signed tree head states it. */
      rootHash: string;
      signedHeads: number;
      inclusion: { sequence: number; treeSize: number; pathLength: number } | null;
    }
  | { ok: false; unsupported: boolean; firstBadSequence: number | null; reason: string };

export interface VerifyLedgerOptions {
  fetchInclusionProof: (sequence: number, treeSize: number) => Promise<InclusionProof>;
  /** The entry whose inclusion proof is checked; the newest one by default. */
  inclusionSequence?: number;
  onProgress?: (verified: number, total: number) => void;
}

type Failure = Extract<BrowserVerification, { ok: false }>;
const fail = (firstBadSequence: number | null, reason: string): Failure => ({
  ok: false,
  unsupported: false,
  firstBadSequence,
  reason,
});

/** The exact bytes of a ledger entry; the same as ledgerEntryBytes on the server. */
export function ledgerEntryBytes(ledgerId: string, sequence: number, recordedAt: string, payload: unknown): Bytes {
  return utf8Bytes(canonicalize({ ledgerId, sequence, recordedAt, payload }));
}

async function headProblem(head: SignedTreeHead, key: CryptoKey, root: Bytes): Promise<string | null> {
  if (head.rootHash !== bytesToBase64(root)) return `the signed tree head of size ${head.size} states another root`;
  const signature = base64ToBytes(head.signature);
  if (signature?.length !== 64) return `the tree head of size ${head.size} has a malformed signature`;
  const { ledgerId, size, rootHash, timestamp } = head;
  const message = utf8Bytes(canonicalize({ ledgerId, size, rootHash, timestamp }));
  return (await verifyEd25519(key, signature, message))
    ? null
    : `the Ed25519 signature of the tree head of size ${head.size} does not verify`;
}

async function recomputeLeaf(ledgerId: string, log: LedgerExport, position: number): Promise<Bytes | string> {
  const entry = log.entries[position];
  if (!entry) return `entry ${position} is missing`;
  if (entry.sequence !== position) return `position ${position} holds sequence ${entry.sequence}`;
  let leaf: Bytes;
  try {
    leaf = await leafHash(ledgerEntryBytes(ledgerId, entry.sequence, entry.recordedAt, entry.payload));
  } catch (error) {
    return `entry ${position} is not canonical JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  const stored = base64ToBytes(entry.leafHash);
  if (!stored || !bytesEqual(stored, leaf)) return `entry ${position} does not match its leaf hash`;
  return leaf;
}

async function checkInclusion(
  leaves: Bytes[],
  signedRoot: Bytes,
  options: VerifyLedgerOptions,
): Promise<Failure | { sequence: number; treeSize: number; pathLength: number }> {
  const treeSize = leaves.length;
  const sequence = Math.min(Math.max(0, options.inclusionSequence ?? treeSize - 1), treeSize - 1);
  const response = await options.fetchInclusionProof(sequence, treeSize);
  const leaf = leaves[sequence] as Bytes;
  if (response.treeSize !== treeSize || response.sequence !== sequence)
    return fail(sequence, 'the server answered a proof for another entry or tree size');
  if (response.leafHash !== bytesToBase64(leaf))
    return fail(sequence, `the server's leaf hash for entry ${sequence} differs from the recomputed one`);
  if (response.treeHead && response.treeHead.rootHash !== bytesToBase64(signedRoot))
    return fail(sequence, 'the proof comes with a tree head that differs from the verified one');
  const path = response.proof.map(base64ToBytes);
  if (path.some((node) => node === undefined)) return fail(sequence, 'the inclusion proof is not base64');
  const problem = await inclusionProblem(sequence, treeSize, leaf, path as Bytes[], signedRoot);
  if (problem) return fail(sequence, `the inclusion proof of entry ${sequence} fails: ${problem}`);
  return { sequence, treeSize, pathLength: path.length };
}

export async function verifyLedgerInBrowser(
  log: LedgerExport,
  options: VerifyLedgerOptions,
): Promise<BrowserVerification> {
  const unavailable = webCryptoProblem();
  if (unavailable) return { ok: false, unsupported: true, firstBadSequence: null, reason: unavailable };
  let key: CryptoKey;
  try {
    key = await importEd25519PublicKey(log.publicKeyPem);
  } catch (error) {
    const unsupported = error instanceof Ed25519UnsupportedError;
    return { ok: false, unsupported, firstBadSequence: null, reason: String((error as Error).message) };
  }

  const headsBySize = new Map<number, SignedTreeHead[]>();
  for (const head of log.treeHeads) {
    if (head.ledgerId !== log.ledgerId) return fail(null, `a tree head of size ${head.size} belongs to another ledger`);
    if (head.size > log.entries.length)
      return fail(log.entries.length, `a tree head of size ${head.size} covers entries missing from the export`);
    headsBySize.set(head.size, [...(headsBySize.get(head.size) ?? []), head]);
  }

  const frontier = new MerkleFrontier();
  const leaves: Bytes[] = [];
  let signedSize = 0;
  let signedHeads = 0;
  let signedRoot: Bytes | null = null;
  for (let position = 0; position < log.entries.length; position++) {
    const leaf = await recomputeLeaf(log.ledgerId, log, position);
    if (typeof leaf === 'string') return fail(position, leaf);
    leaves.push(leaf);
    await frontier.append(leaf);
    const heads = headsBySize.get(position + 1) ?? [];
    if (heads.length > 0) {
      const root = await frontier.root();
      for (const head of heads) {
        const problem = await headProblem(head, key, root);
        if (problem) return fail(position, problem);
      }
      signedSize = position + 1;
      signedHeads += heads.length;
      signedRoot = root;
    }
    if (position % 25 === 24) options.onProgress?.(position + 1, log.entries.length);
  }
  if (log.entries.length > signedSize)
    return fail(signedSize, `entry ${signedSize} is not covered by any signed tree head`);
  if (!signedRoot) return { ok: true, entries: 0, rootHash: '', signedHeads, inclusion: null };

  const inclusion = await checkInclusion(leaves, signedRoot, options);
  if ('ok' in inclusion) return inclusion;
  return { ok: true, entries: leaves.length, rootHash: bytesToBase64(signedRoot), signedHeads, inclusion };
}
