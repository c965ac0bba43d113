// Builds genuine exported ledgers for tests and benchmarks, exactly as the appending side would.
import { createPrivateKey, createHash } from 'node:crypto';
import { ledgerEntryLeafHash, type LedgerEntry } from './ledgerEntry.ts';
import { MerkleAccumulator } from './merkle.ts';
import { signTreeHead, type LedgerKeyPair, type SignedTreeHead } from './treeHead.ts';
import type { LedgerExport } from './verifyLog.ts';

export interface LedgerFixtureOptions {
  ledgerId: string;
  length: number;
  /** Sizes at which a tree head is signed; the final size is always added. */
  headSizes?: readonly number[];
  keyPair: LedgerKeyPair;
  startTime?: number;
}

/** A realistic ~200-byte entry: an organisation signing a version of a collaboration agreement. */
export function signatureEventPayload(sequence: number): Record<string, unknown> {
  const digest = createHash('sha256').update(`agreement version ${sequence}`).digest('hex');
  return {
    type: 'agreement.signed',
    collaborationId: `c0ffee00-0000-4000-8000-${String(sequence % 997).padStart(12, '0')}`,
    version: 1 + (sequence % 7),
    orgId: `org-${sequence % 131}`,
    userId: `user-${sequence % 1009}`,
    documentHash: digest,
    role: sequence % 3 === 0 ? 'lead' : 'partner',
  };
}

export function buildLedgerExport(options: LedgerFixtureOptions): LedgerExport {
  const { ledgerId, length, keyPair } = options;
  const startTime = options.startTime ?? Date.UTC(2025, 0, 1);
  const privateKey = createPrivateKey(keyPair.privateKeyPem);
  const headSizes = new Set([...(options.headSizes ?? []).filter((size) => size <= length), length]);
  const accumulator = new MerkleAccumulator();
  const entries: LedgerEntry[] = [];
  const treeHeads: SignedTreeHead[] = [];
  const signHead = (size: number): void => {
    const timestamp = new Date(startTime + size * 1000 + 500).toISOString();
    const rootHash = accumulator.root().toString('base64');
    treeHeads.push(signTreeHead({ ledgerId, size, rootHash, timestamp }, privateKey));
  };
  if (headSizes.has(0)) signHead(0);
  for (let sequence = 0; sequence < length; sequence++) {
    const recordedAt = new Date(startTime + sequence * 1000).toISOString();
    const payload = signatureEventPayload(sequence);
    const leaf = ledgerEntryLeafHash(ledgerId, sequence, recordedAt, payload);
    accumulator.append(leaf);
    entries.push({ sequence, payload, recordedAt, leafHash: leaf.toString('base64') });
    if (headSizes.has(sequence + 1)) signHead(sequence + 1);
  }
  return { ledgerId, entries, treeHeads, publicKeyPem: keyPair.publicKeyPem };
}
