import assert from 'node:assert/strict';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, test } from 'node:test';
import { decodeBase64Strict } from './decodeBase64Strict.ts';
import { emptyRoot, leafHash } from './merkle.ts';
import {
  generateLedgerKeyPair,
  signTreeHead,
  treeHeadSigningBytes,
  verifyTreeHead,
  type SignedTreeHead,
  type TreeHead,
} from './treeHead.ts';

const keyPair = generateLedgerKeyPair();
const privateKey = createPrivateKey(keyPair.privateKeyPem);
const head: TreeHead = {
  ledgerId: '6f1c2e0a-3b7d-4c61-9a52-1d2e3f405162',
  size: 42,
  rootHash: leafHash(Buffer.from('root')).toString('base64'),
  timestamp: '2025-03-01T12:00:00.000Z',
};

describe('signed tree heads', () => {
  test('generates an Ed25519 key pair as SPKI and PKCS#8 PEM', () => {
    assert.match(keyPair.publicKeyPem, /^-----BEGIN PUBLIC KEY-----\n/);
    assert.match(keyPair.privateKeyPem, /^-----BEGIN PRIVATE KEY-----\n/);
    assert.equal(createPublicKey(keyPair.publicKeyPem).asymmetricKeyType, 'ed25519');
  });

  test('signs the canonical JSON of exactly the four head fields', () => {
    const withExtra = { ...head, signature: 'ignored', note: 'ignored' } as TreeHead;
    const expected =
      '{"ledgerId":"6f1c2e0a-3b7d-4c61-9a52-1d2e3f405162","rootHash":"' +
      head.rootHash +
      '","size":42,"timestamp":"2025-03-01T12:00:00.000Z"}';
    assert.equal(treeHeadSigningBytes(head).toString('utf8'), expected);
    assert.deepEqual(treeHeadSigningBytes(withExtra), treeHeadSigningBytes(head));
  });

  test('a signed head verifies with the public key as PEM or as KeyObject', () => {
    const signed = signTreeHead(head, privateKey);
    assert.equal(decodeBase64Strict(signed.signature)?.length, 64);
    assert.equal(verifyTreeHead(signed, keyPair.publicKeyPem), true);
    assert.equal(verifyTreeHead(signed, createPublicKey(keyPair.publicKeyPem)), true);
    assert.equal(verifyTreeHead(signTreeHead(head, keyPair.privateKeyPem), keyPair.publicKeyPem), true);
  });

  test('the empty tree head signs and verifies', () => {
    const signed = signTreeHead({ ...head, size: 0, rootHash: emptyRoot().toString('base64') }, privateKey);
    assert.equal(verifyTreeHead(signed, keyPair.publicKeyPem), true);
  });

  test('any change to a signed field or the signature fails verification', () => {
    const signed = signTreeHead(head, privateKey);
    const signature = Buffer.from(signed.signature, 'base64');
    signature[10] = (signature[10] ?? 0) ^ 0x01;
    const tampered: SignedTreeHead[] = [
      { ...signed, size: 43 },
      { ...signed, ledgerId: 'another-ledger' },
      { ...signed, rootHash: leafHash(Buffer.from('other')).toString('base64') },
      { ...signed, timestamp: '2025-03-01T12:00:00.001Z' },
      { ...signed, signature: signature.toString('base64') },
      { ...signed, signature: signed.signature.slice(0, -4) },
      { ...signed, signature: `${signed.signature.slice(0, -2)}=` },
    ];
    for (const candidate of tampered) assert.equal(verifyTreeHead(candidate, keyPair.publicKeyPem), false);
  });

  test('a head signed by another ledger key does not verify', () => {
    const other = generateLedgerKeyPair();
    assert.equal(verifyTreeHead(signTreeHead(head, other.privateKeyPem), keyPair.publicKeyPem), false);
  });

  test('malformed heads and keys are answered with false, not an exception', () => {
    const signed = signTreeHead(head, privateKey);
    assert.equal(verifyTreeHead(signed, 'not a key'), false);
    assert.equal(verifyTreeHead({ ...signed, size: -1 }, keyPair.publicKeyPem), false);
    assert.equal(verifyTreeHead({ ...signed, rootHash: 'AAAA' }, keyPair.publicKeyPem), false);
    assert.equal(verifyTreeHead({ ...signed, timestamp: 'yesterday' }, keyPair.publicKeyPem), false);
    assert.equal(verifyTreeHead(null as unknown as SignedTreeHead, keyPair.publicKeyPem), false);
  });

  test('signing refuses a malformed head and a non-Ed25519 key', () => {
    assert.throws(() => signTreeHead({ ...head, size: 1.5 }, privateKey), TypeError);
    assert.throws(() => signTreeHead(head, createPublicKey(keyPair.publicKeyPem)), TypeError);
  });
});

describe('decodeBase64Strict', () => {
  test('accepts only the canonical padded spelling', () => {
    assert.deepEqual(decodeBase64Strict('AAE='), Buffer.from([0, 1]));
    assert.deepEqual(decodeBase64Strict(''), Buffer.alloc(0));
    for (const text of ['AAE', 'AAF=', 'AA E=', 'AAE=\n', 'AA-_', '====', 42]) {
      assert.equal(decodeBase64Strict(text), undefined, String(text));
    }
  });
});
