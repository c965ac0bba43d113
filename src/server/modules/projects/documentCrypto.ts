import { createHash } from 'node:crypto';
import { IntegrityError, open, openSecret, seal, sealSecret } from '../../crypto/sealing.ts';

// Documents are encrypted at rest with AES-256-GCM: one data key per collaboration, stored sealed by
// the master key that never enters the database (crypto/sealing.ts).

const keyBytes = 32;

// The collaboration id is bound in, so a wrapped key copied to another collaboration does not open.
const keyAad = (collaborationId: string) => `synergia:collaboration-key:v1:${collaborationId}`;
const versionAad = (documentId: string, version: number) => `synergia:document:v1:${documentId}:${version}`;

export function wrapDataKey(masterKey: Buffer, collaborationId: string, dataKey: Buffer): Buffer {
  return sealSecret(masterKey, keyAad(collaborationId), dataKey);
}

export function unwrapDataKey(masterKey: Buffer, collaborationId: string, wrapped: Buffer): Buffer {
  return openSecret(masterKey, keyAad(collaborationId), wrapped, keyBytes);
}

export const sha256Hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// A fresh nonce per version; document id and version number are bound in so rows cannot be swapped.
export function encryptVersion(dataKey: Buffer, documentId: string, version: number, plaintext: Buffer) {
  return { ...seal(dataKey, plaintext, versionAad(documentId, version)), sha256: sha256Hex(plaintext) };
}

export function decryptVersion(
  dataKey: Buffer,
  documentId: string,
  version: number,
  stored: { nonce: Buffer; authTag: Buffer; ciphertext: Buffer; sha256: string },
): Buffer {
  const plaintext = open(dataKey, stored, versionAad(documentId, version));
  if (sha256Hex(plaintext) !== stored.sha256) throw new IntegrityError('plaintext hash mismatch');
  return plaintext;
}
