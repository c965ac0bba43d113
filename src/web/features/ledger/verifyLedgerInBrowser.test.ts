import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildLedgerExport } from '../../../server/modules/ledger/engine/ledgerFixture.ts';
import { inclusionProof } from '../../../server/modules/ledger/engine/merkle.ts';
import { ledgerEntryBytes as serverEntryBytes } from '../../../server/modules/ledger/engine/ledgerEntry.ts';
import { generateLedgerKeyPair } from '../../../server/modules/ledger/engine/treeHead.ts';
import type { InclusionProof, LedgerExport } from '../../api/ledger.ts';
import { ledgerEntryBytes, verifyLedgerInBrowser } from './verifyLedgerInBrowser.ts';

// The browser verifier runs here on Node's WebCrypto, against logs built by the server's own engine.

const keyPair = generateLedgerKeyPair();
const ledgerId = '6c1f0d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const build = (length: number): LedgerExport =>
  buildLedgerExport({ ledgerId, length, keyPair, headSizes: Array.from({ length }, (_, i) => i + 1) }) as LedgerExport;

function proofServer(log: LedgerExport) {
  const leaves = log.entries.map((e) => Buffer.from(e.leafHash, 'base64'));
  return async (sequence: number, treeSize: number): Promise<InclusionProof> => ({
    sequence,
    treeSize,
    leafHash: log.entries[sequence]?.leafHash ?? '',
    proof: inclusionProof(leaves, sequence, treeSize).map((h) => h.toString('base64')),
    treeHead: log.treeHeads.find((h) => h.size === treeSize) ?? null,
  });
}

describe('verifyLedgerInBrowser', () => {
  test('serialises entries to the same bytes as the server', () => {
    const payload = { type: 'party.accepted', orgId: 'x', note: 'é ✓', n: 1e21 };
    assert.deepEqual(
      Buffer.from(ledgerEntryBytes(ledgerId, 3, '2025-01-01T00:00:00.000Z', payload)),
      serverEntryBytes(ledgerId, 3, '2025-01-01T00:00:00.000Z', payload),
    );
  });

  for (const length of [1, 2, 7, 12, 33]) {
    test(`accepts a genuine log of ${length} entries and checks an inclusion proof`, async () => {
      const log = build(length);
      const result = await verifyLedgerInBrowser(log, { fetchInclusionProof: proofServer(log), inclusionSequence: 0 });
      assert.equal(result.ok, true, JSON.stringify(result));
      if (!result.ok) return;
      assert.equal(result.entries, length);
      assert.equal(result.signedHeads, length);
      assert.equal(result.rootHash, log.treeHeads.at(-1)?.rootHash);
      assert.equal(result.inclusion?.sequence, 0);
    });
  }

  test('names the first altered entry', async () => {
    const log = build(12);
    const entries = structuredClone(log.entries);
    entries[5]!.payload = { ...entries[5]!.payload, version: 99 };
    const result = await verifyLedgerInBrowser({ ...log, entries }, { fetchInclusionProof: proofServer(log) });
    assert.deepEqual(result, {
      ok: false,
      unsupported: false,
      firstBadSequence: 5,
      reason: 'entry 5 does not match its leaf hash',
    });
  });

  test('refuses a forged tree head signature', async () => {
    const log = build(4);
    const treeHeads = structuredClone(log.treeHeads);
    const forged = Buffer.from(treeHeads[2]!.signature, 'base64');
    forged[0] = (forged[0] ?? 0) ^ 1;
    treeHeads[2]!.signature = forged.toString('base64');
    const result = await verifyLedgerInBrowser({ ...log, treeHeads }, { fetchInclusionProof: proofServer(log) });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.firstBadSequence, 2);
    assert.match(result.reason, /signature of the tree head of size 3 does not verify/);
  });

  test('refuses a dropped last entry that a signed head still covers', async () => {
    const log = build(6);
    const result = await verifyLedgerInBrowser(
      { ...log, entries: log.entries.slice(0, 5) },
      { fetchInclusionProof: proofServer(log) },
    );
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.firstBadSequence, 5);
  });

  test('refuses an inclusion proof that does not reach the signed root', async () => {
    const log = build(9);
    const honest = proofServer(log);
    const lying = async (sequence: number, treeSize: number) => {
      const proof = await honest(sequence, treeSize);
      return { ...proof, proof: [...proof.proof].reverse() };
    };
    const result = await verifyLedgerInBrowser(log, { fetchInclusionProof: lying, inclusionSequence: 4 });
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.reason, /inclusion proof of entry 4 fails/);
  });
});
