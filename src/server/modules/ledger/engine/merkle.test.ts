import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  MerkleAccumulator,
  consistencyProof,
  emptyRoot,
  inclusionProof,
  leafHash,
  nodeHash,
  rootFromLeafHashes,
  verifyConsistency,
  verifyInclusion,
} from './merkle.ts';

const vectorRoot = fileURLToPath(new URL('./testdata/rfc6962', import.meta.url));

interface InclusionVector {
  leafIdx: number;
  treeSize: number;
  root: string;
  leafHash: string;
  proof: string[] | null;
  desc: string;
  wantErr: boolean;
}

interface ConsistencyVector {
  size1: number;
  size2: number;
  root1: string;
  root2: string;
  proof: string[] | null;
  desc: string;
  wantErr: boolean;
}

function vectorFiles(kind: 'inclusion' | 'consistency'): string[] {
  const directory = join(vectorRoot, kind);
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(directory, name))
    .sort();
}

function readVector<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

const bytes = (text: string): Buffer => Buffer.from(text, 'base64');
const flipFirstBit = (node: Buffer): Buffer => Buffer.from(node.map((byte, index) => (index === 0 ? byte ^ 1 : byte)));
const proofBytes = (proof: string[] | null): Buffer[] | null => proof?.map(bytes) ?? null;

// The upstream suite marks one non-happy-path vector as valid: a size-1 tree whose root is its only leaf.
const VALID_BESIDES_HAPPY_PATH = new Set(['inclusion/single-entry/matching-root-and-leaf.json']);

function assertWantErrLabels(kind: 'inclusion' | 'consistency', files: readonly string[]): void {
  for (const file of files) {
    const name = relative(vectorRoot, file);
    const { wantErr } = readVector<{ wantErr: boolean }>(file);
    const expectedValid = file.endsWith('/happy-path.json') || VALID_BESIDES_HAPPY_PATH.has(name);
    assert.equal(wantErr, !expectedValid, `${name} (${kind}) has an unexpected wantErr label`);
  }
}

describe('RFC 6962 test vectors', () => {
  test('verifyInclusion accepts exactly the vectors that want no error (86 files)', () => {
    const files = vectorFiles('inclusion');
    assert.equal(files.length, 86);
    assertWantErrLabels('inclusion', files);
    let accepted = 0;
    for (const file of files) {
      const vector = readVector<InclusionVector>(file);
      const result = verifyInclusion(
        vector.leafIdx,
        vector.treeSize,
        bytes(vector.leafHash),
        proofBytes(vector.proof),
        bytes(vector.root),
      );
      assert.equal(result.ok, !vector.wantErr, `${relative(vectorRoot, file)}: ${JSON.stringify(result)}`);
      if (result.ok) accepted++;
    }
    assert.equal(accepted, 6);
  });

  test('verifyConsistency accepts exactly the vectors that want no error (84 files)', () => {
    const files = vectorFiles('consistency');
    assert.equal(files.length, 84);
    assertWantErrLabels('consistency', files);
    let accepted = 0;
    for (const file of files) {
      const vector = readVector<ConsistencyVector>(file);
      const result = verifyConsistency(
        vector.size1,
        vector.size2,
        proofBytes(vector.proof),
        bytes(vector.root1),
        bytes(vector.root2),
      );
      assert.equal(result.ok, !vector.wantErr, `${relative(vectorRoot, file)}: ${JSON.stringify(result)}`);
      if (result.ok) accepted++;
    }
    assert.equal(accepted, 5);
  });

  test('rejections come with a reason instead of an exception', () => {
    const leaf = leafHash(Buffer.from('x'));
    assert.deepEqual(verifyInclusion(1, 1, leaf, [], leaf), {
      ok: false,
      reason: 'leaf index 1 is not below tree size 1',
    });
    assert.deepEqual(verifyInclusion(2 ** 64 - 1, 1, leaf, null, leaf), {
      ok: false,
      reason: 'leaf index 18446744073709552000 is not a non-negative safe integer',
    });
    assert.deepEqual(verifyConsistency(3, 2, [], leaf, leaf), { ok: false, reason: 'size1 3 exceeds size2 2' });
    assert.deepEqual(verifyConsistency(1, 2, [leaf.subarray(1)], leaf, leaf), {
      ok: false,
      reason: 'proof hash 0 is not 32 bytes',
    });
  });
});

describe('Merkle tree hashing', () => {
  test('the empty tree hashes to SHA-256 of the empty string', () => {
    assert.equal(emptyRoot().toString('hex'), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.deepEqual(rootFromLeafHashes([]), emptyRoot());
    assert.deepEqual(new MerkleAccumulator().root(), emptyRoot());
  });

  test('leaf and node hashes are domain-separated with 0x00 and 0x01 prefixes', () => {
    const entry = Buffer.from('');
    assert.equal(
      leafHash(entry).toString('hex'),
      createHash('sha256')
        .update(Buffer.from([0]))
        .digest('hex'),
    );
    const left = leafHash(Buffer.from('a'));
    const right = leafHash(Buffer.from('b'));
    assert.deepEqual(
      nodeHash(left, right),
      createHash('sha256')
        .update(Buffer.from([1]))
        .update(left)
        .update(right)
        .digest(),
    );
    assert.deepEqual(rootFromLeafHashes([left, right]), nodeHash(left, right));
  });

  test('the root of the RFC 6962 reference tree of 8 leaves matches the published value', () => {
    // Leaves of the certificate-transparency-go test tree; the root is the happy-path root in the vectors.
    const leaves = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
    const root = rootFromLeafHashes(leaves.map((hex) => leafHash(Buffer.from(hex, 'hex'))));
    assert.equal(root.toString('base64'), 'XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=');
  });
});

describe('incremental accumulator and generated proofs', () => {
  const maxSize = 1100;
  const leaves = Array.from({ length: maxSize }, (_, index) => leafHash(Buffer.from(`entry ${index}`)));
  const roots: Buffer[] = [];
  const accumulator = new MerkleAccumulator();
  roots.push(accumulator.root());
  for (const leaf of leaves) {
    accumulator.append(leaf);
    roots.push(accumulator.root());
  }
  let seed = 20240611;
  const nextIndex = (below: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % below;
  };

  test('the accumulator root equals the recursive root for every size 0..1100', () => {
    assert.equal(accumulator.size, maxSize);
    for (let size = 0; size <= maxSize; size++) {
      assert.deepEqual(roots[size], rootFromLeafHashes(leaves.slice(0, size)), `size ${size}`);
    }
  });

  test('an accumulator restored from its frontier continues identically', () => {
    const partial = new MerkleAccumulator();
    for (const leaf of leaves.slice(0, 777)) partial.append(leaf);
    assert.equal(partial.frontier.length, 4); // 777 = 0b1100001001
    const restored = MerkleAccumulator.fromFrontier(partial.size, partial.frontier);
    for (const leaf of leaves.slice(777)) restored.append(leaf);
    assert.deepEqual(restored.root(), roots[maxSize]);
    assert.throws(() => MerkleAccumulator.fromFrontier(777, partial.frontier.slice(1)), RangeError);
  });

  test('inclusion proofs verify for every index of small trees and sampled indices up to 1100', () => {
    let checked = 0;
    for (let size = 1; size <= maxSize; size++) {
      const indices = size <= 40 ? Array.from({ length: size }, (_, index) => index) : [0, size - 1, nextIndex(size)];
      for (const index of indices) {
        const proof = inclusionProof(leaves, index, size);
        const root = roots[size] as Buffer;
        const leaf = leaves[index] as Buffer;
        assert.deepEqual(verifyInclusion(index, size, leaf, proof, root), { ok: true }, `index ${index} size ${size}`);
        checked++;
        if (size > 1) {
          assert.equal(verifyInclusion((index + 1) % size, size, leaf, proof, root).ok, false);
          assert.equal(verifyInclusion(index, size, leaf, proof.slice(1), root).ok, false);
        }
        assert.equal(verifyInclusion(index, size, leaf, [...proof, leaf], root).ok, false);
      }
    }
    assert.equal(checked, 820 + 1060 * 3);
  });

  test('consistency proofs verify for every pair of small trees and sampled pairs up to 1100', () => {
    let checked = 0;
    for (let size2 = 0; size2 <= maxSize; size2++) {
      const firstSizes =
        size2 <= 40 ? Array.from({ length: size2 + 1 }, (_, size1) => size1) : [1, size2 - 1, nextIndex(size2 + 1)];
      for (const size1 of firstSizes) {
        const proof = consistencyProof(leaves, size1, size2);
        const root1 = roots[size1] as Buffer;
        const root2 = roots[size2] as Buffer;
        assert.deepEqual(verifyConsistency(size1, size2, proof, root1, root2), { ok: true }, `${size1} -> ${size2}`);
        checked++;
        if (size1 > 0 && size1 < size2) {
          assert.equal(verifyConsistency(size1, size2, proof, root2, root1).ok, false);
          assert.equal(verifyConsistency(size1, size2, proof.slice(0, -1), root1, root2).ok, false);
          const tampered = proof.map((node, index) => (index === proof.length - 1 ? flipFirstBit(node) : node));
          assert.equal(verifyConsistency(size1, size2, tampered, root1, root2).ok, false);
        }
      }
    }
    assert.equal(checked, 861 + 1060 * 3);
  });

  test('proof generation refuses sizes and indices outside the tree', () => {
    assert.throws(() => inclusionProof(leaves, 5, 5), RangeError);
    assert.throws(() => inclusionProof(leaves, 0, maxSize + 1), RangeError);
    assert.throws(() => consistencyProof(leaves, 6, 5), RangeError);
    assert.deepEqual(consistencyProof(leaves, 0, 5), []);
    assert.deepEqual(consistencyProof(leaves, 5, 5), []);
  });
});
