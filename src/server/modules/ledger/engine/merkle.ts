// RFC 6962 / RFC 9162 Merkle tree: hashes, roots, an incremental accumulator, and audit proofs.
// Sizes and indices are plain numbers (safe integers), so bit tricks are done with arithmetic:
// JavaScript's bitwise operators would silently truncate to 32 bits.
import { hash } from 'node:crypto';

export const HASH_LENGTH = 32;

export type ProofCheck = { ok: true } | { ok: false; reason: string };

const EMPTY_ROOT = hash('sha256', new Uint8Array(0), 'buffer');

export function emptyRoot(): Buffer {
  return Buffer.from(EMPTY_ROOT);
}

export function leafHash(entry: Uint8Array): Buffer {
  const input = Buffer.allocUnsafe(entry.length + 1);
  input[0] = 0x00;
  input.set(entry, 1);
  return hash('sha256', input, 'buffer');
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  const input = Buffer.allocUnsafe(1 + left.length + right.length);
  input[0] = 0x01;
  input.set(left, 1);
  input.set(right, 1 + left.length);
  return hash('sha256', input, 'buffer');
}

export function rootFromLeafHashes(hashes: readonly Uint8Array[]): Buffer {
  return hashes.length === 0 ? emptyRoot() : subtreeRoot(hashes, 0, hashes.length);
}

/**
 * The compact range of a growing tree: the roots of its perfect subtrees, largest (leftmost) first,
 * one per set bit of `size`. Appending costs O(log n) amortised O(1) hashes; `root()` costs O(log n).
 * The frontier is what a database keeps next to the ledger to append without reading old leaves.
 */
export class MerkleAccumulator {
  #size = 0;
  #frontier: Buffer[] = [];

  static fromFrontier(size: number, frontier: readonly Uint8Array[]): MerkleAccumulator {
    if (!isSize(size)) throw new RangeError(`accumulator size must be a non-negative safe integer, got ${size}`);
    if (frontier.length !== popCount(size)) {
      throw new RangeError(`a tree of size ${size} has ${popCount(size)} frontier hashes, got ${frontier.length}`);
    }
    const accumulator = new MerkleAccumulator();
    accumulator.#frontier = frontier.map((node, index) => {
      if (!isHash(node)) throw new RangeError(`frontier hash ${index} is not ${HASH_LENGTH} bytes`);
      return Buffer.from(node);
    });
    accumulator.#size = size;
    return accumulator;
  }

  get size(): number {
    return this.#size;
  }

  get frontier(): Buffer[] {
    return this.#frontier.map((node) => Buffer.from(node));
  }

  append(leaf: Uint8Array): void {
    if (!isHash(leaf)) throw new RangeError(`a leaf hash is ${HASH_LENGTH} bytes, got ${leaf.length}`);
    let carry: Buffer = Buffer.from(leaf);
    // Each trailing 1 bit of the old size is a perfect subtree that now has a right sibling of equal size.
    for (let remaining = this.#size; remaining % 2 === 1; remaining = Math.floor(remaining / 2)) {
      const left = this.#frontier.pop();
      if (left === undefined) throw new Error('accumulator frontier is inconsistent with its size');
      carry = nodeHash(left, carry);
    }
    this.#frontier.push(carry);
    this.#size += 1;
  }

  root(): Buffer {
    const last = this.#frontier.at(-1);
    if (last === undefined) return emptyRoot();
    let root: Buffer = Buffer.from(last);
    for (let index = this.#frontier.length - 2; index >= 0; index--) {
      root = nodeHash(this.#frontier[index] as Buffer, root);
    }
    return root;
  }

  clone(): MerkleAccumulator {
    return MerkleAccumulator.fromFrontier(this.#size, this.#frontier);
  }
}

/** RFC 9162 §2.1.3.1 PATH(m, D[n]), leaf to root. Throws on arguments a caller controls. */
export function inclusionProof(leafHashes: readonly Uint8Array[], index: number, treeSize: number): Buffer[] {
  if (!isSize(treeSize) || treeSize > leafHashes.length) {
    throw new RangeError(`tree size ${treeSize} is not within the ${leafHashes.length} known leaves`);
  }
  if (!isSize(index) || index >= treeSize)
    throw new RangeError(`leaf index ${index} is not below tree size ${treeSize}`);
  return path(leafHashes, index, 0, treeSize);
}

/** RFC 9162 §2.1.4.1 PROOF(m, D[n]) = SUBPROOF(m, D[n], true). Empty when m is 0 or m equals n. */
export function consistencyProof(leafHashes: readonly Uint8Array[], size1: number, size2: number): Buffer[] {
  if (!isSize(size2) || size2 > leafHashes.length) {
    throw new RangeError(`tree size ${size2} is not within the ${leafHashes.length} known leaves`);
  }
  if (!isSize(size1) || size1 > size2) throw new RangeError(`size1 ${size1} must not exceed size2 ${size2}`);
  if (size1 === 0 || size1 === size2) return [];
  return subproof(leafHashes, size1, 0, size2, true);
}

/** RFC 9162 §2.1.3.2. */
export function verifyInclusion(
  leafIndex: number,
  treeSize: number,
  leaf: Uint8Array,
  proof: readonly Uint8Array[] | null,
  root: Uint8Array,
): ProofCheck {
  if (!isSize(treeSize)) return fail(`tree size ${treeSize} is not a non-negative safe integer`);
  if (!isSize(leafIndex)) return fail(`leaf index ${leafIndex} is not a non-negative safe integer`);
  if (leafIndex >= treeSize) return fail(`leaf index ${leafIndex} is not below tree size ${treeSize}`);
  if (!isHash(leaf)) return fail(`leaf hash is ${leaf.length} bytes, expected ${HASH_LENGTH}`);
  if (!isHash(root)) return fail(`root hash is ${root.length} bytes, expected ${HASH_LENGTH}`);
  const path = proof ?? [];
  const badNode = path.findIndex((node) => !isHash(node));
  if (badNode !== -1) return fail(`proof hash ${badNode} is not ${HASH_LENGTH} bytes`);

  let fn = leafIndex;
  let sn = treeSize - 1;
  let computed: Buffer = Buffer.from(leaf);
  for (const node of path) {
    if (sn === 0) return fail('proof is longer than the path from the leaf to the root');
    if (isOdd(fn) || fn === sn) {
      computed = nodeHash(node, computed);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      computed = nodeHash(computed, node);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return fail('proof is shorter than the path from the leaf to the root');
  if (!computed.equals(root)) return fail('computed root does not match the expected root');
  return { ok: true };
}

/** RFC 9162 §2.1.4.2, extended to the trivial cases 0 = size1 and size1 = size2, which need an empty proof. */
export function verifyConsistency(
  size1: number,
  size2: number,
  proof: readonly Uint8Array[] | null,
  root1: Uint8Array,
  root2: Uint8Array,
): ProofCheck {
  if (!isSize(size1)) return fail(`size1 ${size1} is not a non-negative safe integer`);
  if (!isSize(size2)) return fail(`size2 ${size2} is not a non-negative safe integer`);
  if (size1 > size2) return fail(`size1 ${size1} exceeds size2 ${size2}`);
  if (!isHash(root1)) return fail(`root1 is ${root1.length} bytes, expected ${HASH_LENGTH}`);
  if (!isHash(root2)) return fail(`root2 is ${root2.length} bytes, expected ${HASH_LENGTH}`);
  const path = proof ?? [];
  const badNode = path.findIndex((node) => !isHash(node));
  if (badNode !== -1) return fail(`proof hash ${badNode} is not ${HASH_LENGTH} bytes`);

  if (size1 === size2) {
    if (path.length !== 0) return fail('trees of equal size need an empty consistency proof');
    return Buffer.from(root1).equals(root2) ? { ok: true } : fail('trees of equal size have different roots');
  }
  if (size1 === 0) {
    if (path.length !== 0) return fail('consistency with the empty tree needs an empty proof');
    return EMPTY_ROOT.equals(root1)
      ? { ok: true }
      : fail('root1 of an empty tree must be the hash of the empty string');
  }
  if (path.length === 0) return fail('consistency proof is empty');

  const nodes = isPowerOfTwo(size1) ? [root1, ...path] : path;
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let firstRoot: Buffer = Buffer.from(nodes[0] as Uint8Array);
  let secondRoot = firstRoot;
  for (const node of nodes.slice(1)) {
    if (sn === 0) return fail('consistency proof is longer than needed');
    if (isOdd(fn) || fn === sn) {
      firstRoot = nodeHash(node, firstRoot);
      secondRoot = nodeHash(node, secondRoot);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      secondRoot = nodeHash(secondRoot, node);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return fail('consistency proof is shorter than needed');
  if (!firstRoot.equals(root1)) return fail('proof does not reproduce root1');
  if (!secondRoot.equals(root2)) return fail('proof does not reproduce root2');
  return { ok: true };
}

function subtreeRoot(hashes: readonly Uint8Array[], start: number, end: number): Buffer {
  const count = end - start;
  if (count === 1) return Buffer.from(hashes[start] as Uint8Array);
  const split = start + largestPowerOfTwoBelow(count);
  return nodeHash(subtreeRoot(hashes, start, split), subtreeRoot(hashes, split, end));
}

function path(hashes: readonly Uint8Array[], index: number, start: number, end: number): Buffer[] {
  const count = end - start;
  if (count === 1) return [];
  const k = largestPowerOfTwoBelow(count);
  if (index < k) return [...path(hashes, index, start, start + k), subtreeRoot(hashes, start + k, end)];
  return [...path(hashes, index - k, start + k, end), subtreeRoot(hashes, start, start + k)];
}

function subproof(hashes: readonly Uint8Array[], m: number, start: number, end: number, isWhole: boolean): Buffer[] {
  const count = end - start;
  if (m === count) return isWhole ? [] : [subtreeRoot(hashes, start, end)];
  const k = largestPowerOfTwoBelow(count);
  if (m <= k) return [...subproof(hashes, m, start, start + k, isWhole), subtreeRoot(hashes, start + k, end)];
  return [...subproof(hashes, m - k, start + k, end, false), subtreeRoot(hashes, start, start + k)];
}

function largestPowerOfTwoBelow(count: number): number {
  let k = 1;
  while (k * 2 < count) k *= 2;
  return k;
}

function isSize(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function isHash(value: Uint8Array): boolean {
  return value instanceof Uint8Array && value.length === HASH_LENGTH;
}

function isOdd(value: number): boolean {
  return value % 2 === 1;
}

function half(value: number): number {
  return Math.floor(value / 2);
}

function isPowerOfTwo(value: number): boolean {
  let remaining = value;
  while (remaining > 1 && !isOdd(remaining)) remaining = half(remaining);
  return remaining === 1;
}

function popCount(value: number): number {
  let count = 0;
  for (let remaining = value; remaining > 0; remaining = half(remaining)) count += remaining % 2;
  return count;
}

function fail(reason: string): ProofCheck {
  return { ok: false, reason };
}
