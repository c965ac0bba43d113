import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Documents are encrypted at rest with AES-256-GCM: one data key per collaboration, stored wrapped by a
// master key that never enters the database.

const algorithm = 'aes-256-gcm';
const nonceBytes = 12;
const tagBytes = 16;
const keyBytes = 32;
// Wrapped keys start with a format byte, so that a later master-key rotation can tell formats apart.
const wrapFormat = 1;

export class IntegrityError extends Error {}

const masterKeys = new Map<string, Buffer>();

/**
 * The configured master key, or `<dataDir>/master.key` (created with mode 0600 on first use). The
 * file is created exclusively, so that two processes starting together cannot write different keys.
 */
export function loadMasterKey(config: { masterKey: Buffer | undefined; dataDir: string }): Buffer {
  if (config.masterKey) return config.masterKey;
  const file = path.join(config.dataDir, 'master.key');
  const cached = masterKeys.get(file);
  if (cached) return cached;
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, randomBytes(keyBytes).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== keyBytes) throw new Error(`${file} must hold a base64-encoded 32-byte key`);
  masterKeys.set(file, key);
  return key;
}

export function newDataKey(): Buffer {
  return randomBytes(keyBytes);
}

function seal(key: Buffer, plaintext: Buffer, aad: string) {
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv(algorithm, key, nonce, { authTagLength: tagBytes });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { nonce, authTag: cipher.getAuthTag(), ciphertext };
}

function open(key: Buffer, sealed: { nonce: Buffer; authTag: Buffer; ciphertext: Buffer }, aad: string): Buffer {
  try {
    const decipher = createDecipheriv(algorithm, key, sealed.nonce, { authTagLength: tagBytes });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.authTag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    throw new IntegrityError('authentication failed');
  }
}

// The collaboration id is bound in, so a wrapped key copied to another collaboration does not open.
const keyAad = (collaborationId: string) => `synergia:collaboration-key:v1:${collaborationId}`;
const versionAad = (documentId: string, version: number) => `synergia:document:v1:${documentId}:${version}`;

export function wrapDataKey(masterKey: Buffer, collaborationId: string, dataKey: Buffer): Buffer {
  const sealed = seal(masterKey, dataKey, keyAad(collaborationId));
  return Buffer.concat([Buffer.from([wrapFormat]), sealed.nonce, sealed.authTag, sealed.ciphertext]);
}

export function unwrapDataKey(masterKey: Buffer, collaborationId: string, wrapped: Buffer): Buffer {
  if (wrapped[0] !== wrapFormat || wrapped.length !== 1 + nonceBytes + tagBytes + keyBytes) {
    throw new IntegrityError('unknown wrapped key format');
  }
  return open(
    masterKey,
    {
      nonce: wrapped.subarray(1, 1 + nonceBytes),
      authTag: wrapped.subarray(1 + nonceBytes, 1 + nonceBytes + tagBytes),
      ciphertext: wrapped.subarray(1 + nonceBytes + tagBytes),
    },
    keyAad(collaborationId),
  );
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
