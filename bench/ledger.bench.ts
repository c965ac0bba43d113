// Verifying a 100 000-entry ledger export: the incremental verifier against a naive peer that recomputes the
// root from scratch for every signed tree head. Prints one JSON line per result.
import { cpus } from 'node:os';
import { createPublicKey } from 'node:crypto';
import { canonicalBytes } from '../src/server/modules/ledger/engine/canonicalJson.ts';
import { buildLedgerExport, signatureEventPayload } from '../src/server/modules/ledger/engine/ledgerFixture.ts';
import { rootFromLeafHashes } from '../src/server/modules/ledger/engine/merkle.ts';
import { generateLedgerKeyPair, verifyTreeHead } from '../src/server/modules/ledger/engine/treeHead.ts';
import { ledgerEntryLeafHash, verifyLog, type LedgerExport } from '../src/server/modules/ledger/engine/verifyLog.ts';

const ENTRIES = 100_000;
const HEAD_EVERY = 1000;
const TARGET_SECONDS = 5;
const RUNS = 3;

const built = buildLedgerExport({
  ledgerId: '0b3f5e8a-9c21-4d7e-a6b4-58c1d2e3f4a5',
  length: ENTRIES,
  headSizes: Array.from({ length: ENTRIES / HEAD_EVERY }, (_, index) => (index + 1) * HEAD_EVERY),
  keyPair: generateLedgerKeyPair(),
});
// Verify what a member would download: the parsed JSON of an export file, not the builder's objects.
const exported = JSON.parse(JSON.stringify(built)) as LedgerExport;
const payloadBytes = canonicalBytes(signatureEventPayload(ENTRIES - 1)).length;

function seconds(run: () => boolean): { seconds: number; ok: boolean } {
  const start = process.hrtime.bigint();
  const ok = run();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, ok };
}

/** The textbook verifier: same per-entry checks, then an O(n) root recomputation for every tree head. */
function verifyLogNaively(log: LedgerExport): boolean {
  const publicKey = createPublicKey(log.publicKeyPem);
  const leaves: Buffer[] = [];
  for (const [position, entry] of log.entries.entries()) {
    if (entry.sequence !== position) return false;
    const leaf = ledgerEntryLeafHash(log.ledgerId, position, entry.recordedAt, entry.payload);
    if (leaf.toString('base64') !== entry.leafHash) return false;
    leaves.push(leaf);
  }
  return log.treeHeads.every(
    (head) =>
      head.size <= leaves.length &&
      verifyTreeHead(head, publicKey) &&
      rootFromLeafHashes(leaves.slice(0, head.size)).toString('base64') === head.rootHash,
  );
}

const runs = Array.from({ length: RUNS }, () => seconds(() => verifyLog(exported).ok));
if (!runs.every((run) => run.ok)) throw new Error('verifyLog rejected a genuine export');
const median = runs.map((run) => run.seconds).sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;

const peer = seconds(() => verifyLogNaively(exported));
if (!peer.ok) throw new Error('the naive verifier rejected a genuine export');

console.log(
  JSON.stringify({
    bench: 'ledger.verify',
    entries: ENTRIES,
    tree_heads: exported.treeHeads.length,
    payload_bytes: payloadBytes,
    seconds: Number(median.toFixed(3)),
    runs: runs.map((run) => Number(run.seconds.toFixed(3))),
    target_seconds: TARGET_SECONDS,
    within_target: median <= TARGET_SECONDS,
    peer: 'naive-recompute',
    peer_seconds: Number(peer.seconds.toFixed(3)),
    peer_extrapolated: false,
    speedup: Number((peer.seconds / median).toFixed(2)),
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
  }),
);
