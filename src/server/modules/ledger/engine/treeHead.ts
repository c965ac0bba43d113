// Signed tree heads: the ledger's Ed25519 signature over (ledgerId, size, root, timestamp).
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalBytes } from './canonicalJson.ts';
import { decodeBase64Strict } from './decodeBase64Strict.ts';
import { HASH_LENGTH } from './merkle.ts';

export interface TreeHead {
  ledgerId: string;
  size: number;
  /** Base64 of the 32-byte RFC 6962 root of the first `size` entries. */
  rootHash: string;
  /** ISO 8601 time at which the head was signed. */
  timestamp: string;
}

export interface SignedTreeHead extends TreeHead {
  /** Base64 of the 64-byte Ed25519 signature over `treeHeadSigningBytes`. */
  signature: string;
}

export interface LedgerKeyPair {
  publicKeyPem: string;
  privateKeyPem: string;
}

const SIGNATURE_LENGTH = 64;

/** Only the four head fields are signed, so a stray property (or the signature itself) never changes the bytes. */
export function treeHeadSigningBytes(head: TreeHead): Buffer {
  const problem = treeHeadProblem(head);
  if (problem !== undefined) throw new TypeError(problem);
  const { ledgerId, size, rootHash, timestamp } = head;
  return canonicalBytes({ ledgerId, size, rootHash, timestamp });
}

export function signTreeHead(head: TreeHead, privateKey: KeyObject | string): SignedTreeHead {
  const key = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey;
  if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519') {
    throw new TypeError('tree heads are signed with an Ed25519 private key');
  }
  const { ledgerId, size, rootHash, timestamp } = head;
  const signature = sign(null, treeHeadSigningBytes(head), key).toString('base64');
  return { ledgerId, size, rootHash, timestamp, signature };
}

/** False for any malformed head, signature or key: a verifier answers, it does not throw. */
export function verifyTreeHead(signed: SignedTreeHead, publicKey: KeyObject | string): boolean {
  try {
    const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
    if (key.type !== 'public' || key.asymmetricKeyType !== 'ed25519') return false;
    if (treeHeadProblem(signed) !== undefined) return false;
    const signature = decodeBase64Strict(signed.signature);
    if (signature === undefined || signature.length !== SIGNATURE_LENGTH) return false;
    return verify(null, treeHeadSigningBytes(signed), key, signature);
  } catch {
    return false;
  }
}

export function generateLedgerKeyPair(): LedgerKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKeyPem: publicKey, privateKeyPem: privateKey };
}

function treeHeadProblem(head: TreeHead): string | undefined {
  if (typeof head !== 'object' || head === null) return 'tree head must be an object';
  if (typeof head.ledgerId !== 'string' || head.ledgerId === '') return 'tree head ledgerId must be a non-empty string';
  if (!Number.isSafeInteger(head.size) || head.size < 0) return 'tree head size must be a non-negative safe integer';
  if (decodeBase64Strict(head.rootHash)?.length !== HASH_LENGTH) return 'tree head rootHash must be base64 of 32 bytes';
  if (typeof head.timestamp !== 'string' || Number.isNaN(Date.parse(head.timestamp))) {
    return 'tree head timestamp must be an ISO 8601 string';
  }
  return undefined;
}
