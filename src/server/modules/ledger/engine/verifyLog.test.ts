import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { buildLedgerExport } from './ledgerFixture.ts';
import { emptyRoot, rootFromLeafHashes } from './merkle.ts';
import { generateLedgerKeyPair, signTreeHead } from './treeHead.ts';
import {
  ledgerEntryBytes,
  ledgerEntryLeafHash,
  verifyLog,
  type LedgerEntry,
  type LedgerExport,
  type LogVerification,
} from './verifyLog.ts';

const keyPair = generateLedgerKeyPair();
const ledgerId = 'b6a8f1d2-7c3e-4e59-8a10-2f3d4c5b6a79';

function buildLog(length: number, headSizes: readonly number[] = []): LedgerExport {
  return buildLedgerExport({ ledgerId, length, headSizes, keyPair });
}

function withEntries(log: LedgerExport, edit: (entries: LedgerEntry[]) => void): LedgerExport {
  const entries = structuredClone([...log.entries]);
  edit(entries);
  return { ...log, entries };
}

function at(entries: LedgerEntry[], position: number): LedgerEntry {
  const entry = entries[position];
  assert.ok(entry, `no entry at position ${position}`);
  return entry;
}

function forgedEntry(sequence: number, validLeafHash: boolean): LedgerEntry {
  const payload = { type: 'agreement.signed', orgId: 'org-mallory', version: 1, note: 'forged' };
  const recordedAt = new Date(Date.UTC(2025, 0, 1) + sequence * 1000 + 1).toISOString();
  const leaf = validLeafHash ? ledgerEntryLeafHash(ledgerId, sequence, recordedAt, payload) : randomBytes(32);
  return { sequence, payload, recordedAt, leafHash: leaf.toString('base64') };
}

function firstBad(result: LogVerification): number | 'ok' {
  return result.ok ? 'ok' : result.firstBadSequence;
}

function alterDocumentHash(entry: LedgerEntry, index: number): void {
  const payload = entry.payload as { documentHash: string };
  const characters = [...payload.documentHash];
  characters[index] = characters[index] === '0' ? '1' : '0';
  payload.documentHash = characters.join('');
}

describe('ledgerEntryBytes', () => {
  test('hashes the canonical JSON of ledgerId, sequence, recordedAt and payload', () => {
    const bytes = ledgerEntryBytes('L', 3, '2025-01-01T00:00:00.000Z', { b: 2, a: 1 });
    assert.equal(
      bytes.toString('utf8'),
      '{"ledgerId":"L","payload":{"a":1,"b":2},"recordedAt":"2025-01-01T00:00:00.000Z","sequence":3}',
    );
    assert.throws(() => ledgerEntryBytes('L', -1, '2025-01-01T00:00:00.000Z', {}), RangeError);
  });
});

describe('verifyLog', () => {
  const log = buildLog(20, [5, 10, 15]);

  test('accepts a genuine log and reports its size and root', () => {
    const leaves = log.entries.map((entry) => Buffer.from(entry.leafHash, 'base64'));
    assert.deepEqual(verifyLog(log), {
      ok: true,
      size: 20,
      rootHash: rootFromLeafHashes(leaves).toString('base64'),
      signedSize: 20,
    });
  });

  test('accepts the empty log with and without a signed empty head', () => {
    const empty = buildLog(0);
    assert.equal(empty.treeHeads.length, 1);
    const expected = { ok: true, size: 0, rootHash: emptyRoot().toString('base64'), signedSize: 0 };
    assert.deepEqual(verifyLog(empty), expected);
    assert.deepEqual(verifyLog({ ...empty, treeHeads: [] }), expected);
  });

  test('names the entry whose payload byte changed', () => {
    const result = verifyLog(withEntries(log, (entries) => alterDocumentHash(at(entries, 7), 3)));
    assert.equal(firstBad(result), 7);
    assert.match(result.ok ? '' : result.reason, /entry 7 does not match its leaf hash/);
  });

  test('names the entry whose timestamp changed', () => {
    const result = verifyLog(withEntries(log, (entries) => (at(entries, 12).recordedAt = '2025-01-01T00:00:12.001Z')));
    assert.equal(firstBad(result), 12);
  });

  test('names the first of two swapped rows', () => {
    const result = verifyLog(withEntries(log, (entries) => entries.splice(9, 2, at(entries, 10), at(entries, 9))));
    assert.equal(firstBad(result), 9);
    assert.match(result.ok ? '' : result.reason, /sequence 9 is missing or out of order/);
  });

  test('names the sequence of a deleted row, including the first and the last', () => {
    assert.equal(firstBad(verifyLog(withEntries(log, (entries) => entries.splice(4, 1)))), 4);
    assert.equal(firstBad(verifyLog(withEntries(log, (entries) => entries.splice(0, 1)))), 0);
    const truncated = verifyLog(withEntries(log, (entries) => entries.pop()));
    assert.equal(firstBad(truncated), 19);
    assert.match(truncated.ok ? '' : truncated.reason, /covers entries the log no longer has/);
  });

  test('names a forged row inserted with a wrong sequence or leaf hash', () => {
    assert.equal(firstBad(verifyLog(withEntries(log, (entries) => entries.splice(6, 0, forgedEntry(6, false))))), 6);
    assert.equal(firstBad(verifyLog(withEntries(log, (entries) => entries.splice(6, 0, forgedEntry(42, true))))), 6);
    assert.equal(firstBad(verifyLog(withEntries(log, (entries) => entries.splice(6, 0, forgedEntry(5, false))))), 6);
  });

  test('names a self-consistent forged row placed before the genuine row with the same sequence', () => {
    // Position 9 is forged as sequence 9; the genuine 9 follows. The head at size 10 exposes the forgery first,
    // and the duplicate at position 10 shows that only the later copy belongs to the signed tree.
    const result = verifyLog(withEntries(log, (entries) => entries.splice(9, 0, forgedEntry(9, true))));
    assert.equal(firstBad(result), 9);
    assert.match(result.ok ? '' : result.reason, /the entry at position 9 was inserted/);
  });

  test('names a self-consistent forged row placed after the genuine row with the same sequence', () => {
    const result = verifyLog(withEntries(log, (entries) => entries.splice(10, 0, forgedEntry(9, true))));
    assert.equal(firstBad(result), 10);
    assert.match(result.ok ? '' : result.reason, /the entry at position 10 was inserted/);
  });

  test('names a forged row appended after the newest signed tree head', () => {
    const result = verifyLog(withEntries(log, (entries) => entries.push(forgedEntry(20, true))));
    assert.equal(firstBad(result), 20);
    assert.match(result.ok ? '' : result.reason, /not covered by any signed tree head/);
  });

  test('accepts an unsigned tail only when asked to, reporting how much is signed', () => {
    const live = { ...log, treeHeads: log.treeHeads.filter((head) => head.size <= 15) };
    assert.equal(firstBad(verifyLog(live)), 15);
    const result = verifyLog({ ...live, allowUnsignedTail: true });
    assert.ok(result.ok);
    assert.equal(result.signedSize, 15);
    assert.equal(result.size, 20);
  });

  test('narrows a rewritten row with a recomputed leaf hash to the range after the last verified head', () => {
    const result = verifyLog(
      withEntries(log, (entries) => {
        const entry = at(entries, 12);
        alterDocumentHash(entry, 0);
        entry.leafHash = ledgerEntryLeafHash(ledgerId, 12, entry.recordedAt, entry.payload).toString('base64');
      }),
    );
    assert.equal(firstBad(result), 10);
    assert.match(result.ok ? '' : result.reason, /root of the first 15 entries does not match .*sequences 10\.\.14/);
  });

  test('rejects a tree head with a bad signature, another ledger id, or a different key', () => {
    const forgedHeads = log.treeHeads.map((head) =>
      head.size === 10 ? { ...head, timestamp: '2030-01-01T00:00:00.000Z' } : head,
    );
    const forged = verifyLog({ ...log, treeHeads: forgedHeads });
    assert.equal(firstBad(forged), 5);
    assert.match(forged.ok ? '' : forged.reason, /tree head at size 10 has an invalid signature/);

    const foreign = buildLedgerExport({ ledgerId: 'another', length: 20, headSizes: [5], keyPair });
    const mixed = verifyLog({ ...log, treeHeads: [...log.treeHeads, ...foreign.treeHeads.slice(0, 1)] });
    assert.equal(firstBad(mixed), 0);
    assert.match(mixed.ok ? '' : mixed.reason, /belongs to another ledger/);

    assert.equal(firstBad(verifyLog({ ...log, publicKeyPem: generateLedgerKeyPair().publicKeyPem })), 0);
    assert.equal(firstBad(verifyLog({ ...log, publicKeyPem: 'garbage' })), 0);
  });

  test('rejects a signed head whose size claims rows that are missing, and a head of the empty tree that lies', () => {
    const overreachingHead = signTreeHead(
      {
        ledgerId,
        size: 25,
        rootHash: emptyRoot().toString('base64'),
        timestamp: '2025-01-02T00:00:00.000Z',
      },
      keyPair.privateKeyPem,
    );
    assert.equal(firstBad(verifyLog({ ...log, treeHeads: [...log.treeHeads, overreachingHead] })), 20);
    const lyingEmpty = signTreeHead(
      { ledgerId, size: 0, rootHash: Buffer.alloc(32).toString('base64'), timestamp: '2025-01-01T00:00:00.000Z' },
      keyPair.privateKeyPem,
    );
    assert.equal(firstBad(verifyLog({ ...log, treeHeads: [lyingEmpty, ...log.treeHeads] })), 0);
  });

  test('reports a payload that is not JSON at its entry', () => {
    const result = verifyLog(withEntries(log, (entries) => (at(entries, 3).payload = { amount: Number.NaN })));
    assert.equal(firstBad(result), 3);
    assert.match(result.ok ? '' : result.reason, /not canonical JSON/);
  });
});

type Alteration =
  | { kind: 'payload'; position: number; character: number }
  | { kind: 'timestamp'; position: number }
  | { kind: 'swap'; position: number }
  | { kind: 'delete'; position: number }
  | { kind: 'insert'; position: number; copiesPrevious: boolean; validLeafHash: boolean };

/** Applies one alteration and returns the position verifyLog must name. */
function applyAlteration(entries: LedgerEntry[], alteration: Alteration): number {
  const { position } = alteration;
  switch (alteration.kind) {
    case 'payload':
      alterDocumentHash(at(entries, position), alteration.character);
      return position;
    case 'timestamp': {
      const entry = at(entries, position);
      entry.recordedAt = new Date(Date.parse(entry.recordedAt) + 1).toISOString();
      return position;
    }
    case 'swap':
      entries.splice(position, 2, at(entries, position + 1), at(entries, position));
      return position;
    case 'delete':
      entries.splice(position, 1);
      return position;
    case 'insert': {
      // A forger either takes the sequence of the slot (before the genuine row) or repeats the previous one.
      const sequence = alteration.copiesPrevious && position > 0 ? position - 1 : position;
      entries.splice(position, 0, forgedEntry(sequence, alteration.validLeafHash));
      return position;
    }
  }
}

const logArbitrary = fc
  .record({
    length: fc.integer({ min: 1, max: 60 }),
    headSizes: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
  })
  .chain(({ length, headSizes }) => {
    const kinds = ['payload', 'timestamp', 'delete', 'insert', ...(length >= 2 ? ['swap' as const] : [])] as const;
    const alteration: fc.Arbitrary<Alteration> = fc.oneof(
      ...kinds.map((kind): fc.Arbitrary<Alteration> => {
        switch (kind) {
          case 'payload':
            return fc.record({
              kind: fc.constant(kind),
              position: fc.integer({ min: 0, max: length - 1 }),
              character: fc.integer({ min: 0, max: 63 }),
            });
          case 'timestamp':
          case 'delete':
            return fc.record({ kind: fc.constant(kind), position: fc.integer({ min: 0, max: length - 1 }) });
          case 'swap':
            return fc.record({ kind: fc.constant(kind), position: fc.integer({ min: 0, max: length - 2 }) });
          case 'insert':
            return fc.record({
              kind: fc.constant(kind),
              position: fc.integer({ min: 0, max: length }),
              copiesPrevious: fc.boolean(),
              validLeafHash: fc.boolean(),
            });
        }
      }),
    );
    return fc.record({ length: fc.constant(length), headSizes: fc.constant(headSizes), alteration });
  });

describe('verifyLog property', () => {
  test('one alteration anywhere in a signed log is reported at exactly its position', () => {
    const seed = process.env.FC_SEED === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FC_SEED);
    console.log(`verifyLog property: fast-check seed ${seed} (set FC_SEED=${seed} to replay)`);
    fc.assert(
      fc.property(logArbitrary, ({ length, headSizes, alteration }) => {
        const genuine = buildLog(length, headSizes);
        assert.equal(verifyLog(genuine).ok, true);
        let expected = -1;
        const altered = withEntries(genuine, (entries) => {
          expected = applyAlteration(entries, alteration);
        });
        const result = verifyLog(altered);
        assert.equal(firstBad(result), expected, JSON.stringify({ alteration, result }));
      }),
      { numRuns: 1000, seed },
    );
  });
});
