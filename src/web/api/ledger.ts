import { api } from './client.ts';

// The ledger routes declare their shapes inline on the server; these mirror them.

export interface LedgerEntry {
  sequence: number;
  recordedAt: string;
  payload: Record<string, unknown>;
  /** Base64 of SHA-256(0x00 ‖ canonical entry bytes). */
  leafHash: string;
}

export interface SignedTreeHead {
  ledgerId: string;
  size: number;
  /** Base64 RFC 6962 root of the first `size` entries. */
  rootHash: string;
  timestamp: string;
  /** Base64 Ed25519 signature over the canonical JSON of the four fields above. */
  signature: string;
}

export interface LedgerEntriesPage {
  ledgerId: string;
  size: number;
  entries: LedgerEntry[];
}

export interface LedgerTreeHead {
  treeHead: SignedTreeHead | null;
  publicKeyPem: string;
}

export interface InclusionProof {
  sequence: number;
  treeSize: number;
  leafHash: string;
  proof: string[];
  treeHead: SignedTreeHead | null;
}

export interface LedgerExport {
  ledgerId: string;
  publicKeyPem: string;
  entries: LedgerEntry[];
  treeHeads: SignedTreeHead[];
}

const base = (ledgerId: string) => `ledgers/${ledgerId}`;

export const listLedgerEntries = (ledgerId: string, from = 0, limit = 1000) =>
  api.get<LedgerEntriesPage>(`${base(ledgerId)}/entries`, { from, limit });
export const getLedgerTreeHead = (ledgerId: string) => api.get<LedgerTreeHead>(`${base(ledgerId)}/tree-head`);
export const getInclusionProof = (ledgerId: string, sequence: number, treeSize?: number) =>
  api.get<InclusionProof>(`${base(ledgerId)}/proofs/inclusion`, { sequence, treeSize });
export const exportLedger = (ledgerId: string) => api.get<LedgerExport>(`${base(ledgerId)}/export`);
