import { bytesEqual, concatBytes, type Bytes } from './bytes.ts';
import { sha256 } from './webCrypto.ts';

// RFC 6962 / RFC 9162 Merkle hashing with WebCrypto, the browser twin of the server's engine/merkle.ts.
// Sizes are plain numbers, so bit tricks are done with arithmetic (bitwise operators truncate to 32 bits).

export const HASH_LENGTH = 32;

export const leafHash = (entry: Uint8Array): Promise<Bytes> => sha256(concatBytes(Uint8Array.of(0), entry));
export const nodeHash = (left: Uint8Array, right: Uint8Array): Promise<Bytes> =>
  sha256(concatBytes(Uint8Array.of(1), left, right));

const half = (value: number) => Math.floor(value / 2);
const isOdd = (value: number) => value % 2 === 1;

/** The roots of the perfect subtrees of a growing tree, largest first: O(log n) memory, O(1) amortised hashes. */
export class MerkleFrontier {
  #size = 0;
  #frontier: Bytes[] = [];

  get size(): number {
    return this.#size;
  }

  async append(leaf: Bytes): Promise<void> {
    let carry = leaf;
    for (let remaining = this.#size; isOdd(remaining); remaining = half(remaining)) {
      const left = this.#frontier.pop();
      if (!left) throw new Error('frontier is inconsistent with its size');
      carry = await nodeHash(left, carry);
    }
    this.#frontier.push(carry);
    this.#size += 1;
  }

  async root(): Promise<Bytes> {
    const last = this.#frontier.at(-1);
    if (!last) return sha256(new Uint8Array(0));
    let root = last;
    for (let index = this.#frontier.length - 2; index >= 0; index--) {
      root = await nodeHash(this.#frontier[index] as Bytes, root);
    }
    return root;
  }
}

/** RFC 9162 §2.1.3.2: null when the audit path leads from the leaf to the root, else the reason it does not. */
export async function inclusionProblem(
  leafIndex: number,
  treeSize: number,
  leaf: Bytes,
  proof: readonly Bytes[],
  root: Bytes,
): Promise<string | null> {
  if (!Number.isSafeInteger(leafIndex) || leafIndex < 0 || leafIndex >= treeSize)
    return `leaf index ${leafIndex} is not below tree size ${treeSize}`;
  if (leaf.length !== HASH_LENGTH || root.length !== HASH_LENGTH) return 'a hash is not 32 bytes';
  if (proof.some((node) => node.length !== HASH_LENGTH)) return 'a proof hash is not 32 bytes';
  let fn = leafIndex;
  let sn = treeSize - 1;
  let computed = leaf;
  for (const node of proof) {
    if (sn === 0) return 'the proof is longer than the path from the leaf to the root';
    if (isOdd(fn) || fn === sn) {
      computed = await nodeHash(node, computed);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      computed = await nodeHash(computed, node);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return 'the proof is shorter than the path from the leaf to the root';
  return bytesEqual(computed, root) ? null : 'the proof leads to a different root';
}
