import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createAlliance, type Alliance } from '../../testing/collaborationFactories.ts';
import { json } from '../../testing/factories.ts';
import { createTestApp } from '../../testing/testApp.ts';
import { verifyConsistency, verifyInclusion } from './engine/merkle.ts';
import { verifyTreeHead } from './engine/treeHead.ts';
import { verifyLog, type LedgerExport } from './engine/verifyLog.ts';
import { appendLedgerEntry } from './ledger.service.ts';

const t = await createTestApp();
const b64 = (s: string) => Buffer.from(s, 'base64');

async function exportOf(a: Alliance) {
  const response = await t.request({ method: 'GET', url: `/api/v1/ledgers/${a.ledgerId}/export`, as: a.bob });
  assert.equal(response.statusCode, 200, response.body);
  return json<LedgerExport>(response);
}

describe('collaboration ledger', () => {
  test('creation, invitation and acceptance are entries in order, and every party can verify the whole log', async () => {
    const a = await createAlliance(t);
    const exported = await exportOf(a);
    assert.deepEqual(
      exported.entries.map((e) => (e.payload as { type: string }).type),
      ['collaboration.created', 'party.accepted', 'state.changed'],
    );
    assert.equal(exported.treeHeads.length, 3, 'a signed tree head at every append');
    const result = verifyLog(exported);
    assert.equal(result.ok, true, JSON.stringify(result));
  });

  test('inclusion and consistency proofs verify against signed tree heads', async () => {
    const a = await createAlliance(t);
    const { treeHead, publicKeyPem } = json<{
      treeHead: { size: number; rootHash: string; signature: string; ledgerId: string; timestamp: string };
      publicKeyPem: string;
    }>(await t.request({ method: 'GET', url: `/api/v1/ledgers/${a.ledgerId}/tree-head`, as: a.alice }));
    assert.equal(verifyTreeHead(treeHead, publicKeyPem), true);
    const inclusion = json<{ leafHash: string; proof: string[]; treeSize: number }>(
      await t.request({ method: 'GET', url: `/api/v1/ledgers/${a.ledgerId}/proofs/inclusion?sequence=1`, as: a.alice }),
    );
    assert.deepEqual(
      verifyInclusion(1, inclusion.treeSize, b64(inclusion.leafHash), inclusion.proof.map(b64), b64(treeHead.rootHash)),
      { ok: true },
    );
    const consistency = json<{
      proof: string[];
      firstTreeHead: { rootHash: string };
      secondTreeHead: { rootHash: string };
    }>(
      await t.request({
        method: 'GET',
        url: `/api/v1/ledgers/${a.ledgerId}/proofs/consistency?first=1&second=3`,
        as: a.alice,
      }),
    );
    assert.deepEqual(
      verifyConsistency(
        1,
        3,
        consistency.proof.map(b64),
        b64(consistency.firstTreeHead.rootHash),
        b64(consistency.secondTreeHead.rootHash),
      ),
      { ok: true },
    );
    const beyond = await t.request({
      method: 'GET',
      url: `/api/v1/ledgers/${a.ledgerId}/proofs/inclusion?sequence=9`,
      as: a.alice,
    });
    assert.equal(beyond.statusCode, 400);
    assert.equal(json<{ errors: { field: string }[] }>(beyond).errors[0]?.field, 'sequence');
  });

  test('the database refuses to update or delete ledger rows', async () => {
    const a = await createAlliance(t);
    for (const statement of [
      sql`update ledger_entries set recorded_at = 'x' where ledger_id = ${a.ledgerId}`,
      sql`delete from ledger_entries where ledger_id = ${a.ledgerId}`,
      sql`update ledger_tree_heads set root_hash = 'x' where ledger_id = ${a.ledgerId}`,
      sql`delete from ledger_tree_heads where ledger_id = ${a.ledgerId}`,
    ]) {
      await assert.rejects(t.deps.db.execute(statement), (error: Error & { cause?: Error }) => {
        assert.match(error.cause?.message ?? error.message, /ledger rows are append-only/);
        return true;
      });
    }
    assert.equal(verifyLog(await exportOf(a)).ok, true);
  });

  test('50 concurrent appenders get gap-free sequence numbers', async () => {
    const a = await createAlliance(t);
    const appended = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.deps.db.transaction((tx) =>
          appendLedgerEntry(tx, t.deps.config, a.ledgerId, { type: 'test.concurrent', i }, new Date()),
        ),
      ),
    );
    const sequences = appended.map((r) => r.sequence).sort((x, y) => x - y);
    assert.deepEqual(
      sequences,
      Array.from({ length: 50 }, (_, i) => i + 3),
    );
    const exported = await exportOf(a);
    assert.equal(exported.entries.length, 53);
    assert.equal(verifyLog(exported).ok, true);
  });

  test('a non-party cannot read the ledger', async () => {
    const a = await createAlliance(t);
    const other = await createAlliance(t);
    const response = await t.request({ method: 'GET', url: `/api/v1/ledgers/${a.ledgerId}/entries`, as: other.alice });
    assert.equal(response.statusCode, 404);
  });
});

describe('network ledger', () => {
  test('membership changes are ledger entries that active members can verify and outsiders cannot read', async () => {
    const { createNetwork, createOrg, joinNetwork, signUp } = await import('../../testing/factories.ts');
    const manager = await signUp(t);
    const member = await signUp(t);
    const outsider = await signUp(t);
    const chamber = await createOrg(t, manager);
    const network = json<{ id: string; ledgerId: string }>(
      await t.request({
        method: 'GET',
        url: `/api/v1/networks/${(await createNetwork(t, manager, chamber.id)).id}`,
        as: manager,
      }),
    );
    const bakery = await createOrg(t, member);
    await joinNetwork(t, manager, member, network.id, bakery.id);
    const response = await t.request({ method: 'GET', url: `/api/v1/ledgers/${network.ledgerId}/export`, as: member });
    assert.equal(response.statusCode, 200, response.body);
    const exported = json<LedgerExport>(response);
    assert.deepEqual(
      exported.entries.map((e) => (e.payload as { type: string }).type),
      ['network.created', 'network.join_requested', 'network.member_admitted'],
    );
    assert.equal(verifyLog(exported).ok, true);
    const outside = await t.request({
      method: 'GET',
      url: `/api/v1/ledgers/${network.ledgerId}/entries`,
      as: outsider,
    });
    assert.equal(outside.statusCode, 404);
  });
});
