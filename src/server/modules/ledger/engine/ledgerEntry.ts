// The bytes a ledger entry contributes to the Merkle tree. The appending database layer and every verifier
// must use this one function: any difference in how an entry is serialised would read as tampering.
import { canonicalBytes } from './canonicalJson.ts';
import { leafHash } from './merkle.ts';

export interface LedgerEntry {
  sequence: number;
  /** Any JSON value (RFC 8785 I-JSON). */
  payload: unknown;
  /** ISO 8601 time at which the entry was appended; hashed, so it cannot be back-dated later. */
  recordedAt: string;
  /** Base64 of `ledgerEntryLeafHash(...)`. */
  leafHash: string;
}

export function ledgerEntryBytes(ledgerId: string, sequence: number, recordedAt: string, payload: unknown): Buffer {
  if (!Number.isSafeInteger(sequence) || sequence < 0) {
    throw new RangeError(`ledger sequence must be a non-negative safe integer, got ${sequence}`);
  }
  return canonicalBytes({ ledgerId, sequence, recordedAt, payload });
}

export function ledgerEntryLeafHash(ledgerId: string, sequence: number, recordedAt: string, payload: unknown): Buffer {
  return leafHash(ledgerEntryBytes(ledgerId, sequence, recordedAt, payload));
}
