import assert from 'node:assert/strict';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { IntegrityError } from '../../crypto/sealing.ts';
import { ledgers } from '../../db/schema.ts';
import { createAlliance } from '../../testing/collaborationFactories.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { generateLedgerKeyPair, verifyTreeHead } from './engine/treeHead.ts';
import { appendLedgerEntry } from './ledger.service.ts';

// Ledger signing keys are sealed by the master key: a copy of the database alone cannot sign.

const t = await createTestApp();
const db = t.deps.db;
const rowOf = async (ledgerId: string) => (await db.select().from(ledgers).where(eq(ledgers.id, ledgerId)))[0]!;
const append = (ledgerId: string, config = t.deps.config) =>
  db.transaction((tx) => appendLedgerEntry(tx, config, ledgerId, { type: 'test.keys' }, new Date()));

describe('ledger signing keys at rest', () => {
  test('are stored sealed, never in the clear, and still sign what the public key verifies', async () => {
    const { ledgerId } = await createAlliance(t);
    const row = await rowOf(ledgerId);
    assert.equal(row.privateKeyPem, null);
    assert.ok(row.privateKeySealed && row.privateKeySealed.length > 60);
    assert.ok(!row.privateKeySealed.toString('latin1').includes('PRIVATE KEY'));
    const { treeHead } = await append(ledgerId);
    assert.equal(verifyTreeHead(treeHead, row.publicKeyPem), true);
  });

  test('a key kept in the clear by an older ledger is sealed by its next append', async () => {
    const { ledgerId } = await createAlliance(t);
    const legacy = generateLedgerKeyPair();
    await db
      .update(ledgers)
      .set({ privateKeyPem: legacy.privateKeyPem, privateKeySealed: null, publicKeyPem: legacy.publicKeyPem })
      .where(eq(ledgers.id, ledgerId));
    const { treeHead } = await append(ledgerId);
    assert.equal(verifyTreeHead(treeHead, legacy.publicKeyPem), true, 'signed with the legacy key');
    const row = await rowOf(ledgerId);
    assert.equal(row.privateKeyPem, null);
    assert.ok(row.privateKeySealed);
    const next = await append(ledgerId);
    assert.equal(verifyTreeHead(next.treeHead, legacy.publicKeyPem), true, 'the sealed key is the same key');
    const publicOfLegacy = createPublicKey(createPrivateKey(legacy.privateKeyPem)).export({
      type: 'spki',
      format: 'pem',
    });
    assert.equal(publicOfLegacy, row.publicKeyPem);
  });

  test('a sealed key does not open under another ledger or another master key, and nothing is appended', async () => {
    const one = await createAlliance(t);
    const two = await createAlliance(t);
    const sizeBefore = (await rowOf(two.ledgerId)).size;
    const sealedOfOne = (await rowOf(one.ledgerId)).privateKeySealed;
    await db.update(ledgers).set({ privateKeySealed: sealedOfOne }).where(eq(ledgers.id, two.ledgerId));
    await assert.rejects(append(two.ledgerId), IntegrityError);
    const otherMasterKey = { ...t.deps.config, masterKey: Buffer.alloc(32, 7) };
    await assert.rejects(append(one.ledgerId, otherMasterKey), IntegrityError);
    assert.equal((await rowOf(two.ledgerId)).size, sizeBefore);
  });
});
