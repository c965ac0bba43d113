import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Secrets at rest (collaboration data keys, ledger signing keys) are sealed with AES-256-GCM under a
// master key that never enters the database. What a sealed value belongs to is bound in as associated
// data, so a sealed value copied to another row does not open.

const algorithm = 'aes-256-gcm';
const nonceBytes = 12;
const tagBytes = 16;
const keyBytes = 32;
// Sealed secrets start with a format byte, so that a later master-key rotation can tell formats apart.
const sealFormat = 1;

export class IntegrityError extends Error {}

/** Whether `openIt` opens its sealed value: false when it does not authenticate (another key or owner). */
export function opens(openIt: () => unknown): boolean {
  try {
    openIt();
    return true;
  } catch (error) {
    if (error instanceof IntegrityError) return false;
    throw error;
  }
}

export interface Sealed {
  nonce: Buffer;
  authTag: Buffer;
  ciphertext: Buffer;
}

const masterKeys = new Map<string, Buffer>();

export const masterKeyFile = (dataDir: string) => path.join(dataDir, 'master.key');

/** The configured master key, or `<dataDir>/master.key` if that file exists; never creates one. */
export function findMasterKey(config: { masterKey: Buffer | undefined; dataDir: string }): Buffer | undefined {
  if (config.masterKey) return config.masterKey;
  const file = masterKeyFile(config.dataDir);
  const cached = masterKeys.get(file);
  if (cached) return cached;
  if (!fs.existsSync(file)) return undefined;
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== keyBytes) throw new Error(`${file} must hold a base64-encoded 32-byte key`);
  masterKeys.set(file, key);
  return key;
}

/**
 * The configured master key, or `<dataDir>/master.key` (created with mode 0600 on first use). The
 * file is created exclusively, so that two processes starting together cannot write different keys.
 */
export function loadMasterKey(config: { masterKey: Buffer | undefined; dataDir: string }): Buffer {
  const found = findMasterKey(config);
  if (found) return found;
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(masterKeyFile(config.dataDir), randomBytes(keyBytes).toString('base64') + '\n', {
      mode: 0o600,
      flag: 'wx',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return findMasterKey(config) as Buffer;
}

export function newKey(): Buffer {
  return randomBytes(keyBytes);
}

export function seal(key: Buffer, plaintext: Buffer, aad: string): Sealed {
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv(algorithm, key, nonce, { authTagLength: tagBytes });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { nonce, authTag: cipher.getAuthTag(), ciphertext };
}

export function open(key: Buffer, sealed: Sealed, aad: string): Buffer {
  try {
    const decipher = createDecipheriv(algorithm, key, sealed.nonce, { authTagLength: tagBytes });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.authTag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    throw new IntegrityError('authentication failed');
  }
}

/** A secret sealed under the master key as one value: format byte, nonce, tag, ciphertext. */
export function sealSecret(masterKey: Buffer, aad: string, secret: Buffer): Buffer {
  const sealed = seal(masterKey, secret, aad);
  return Buffer.concat([Buffer.from([sealFormat]), sealed.nonce, sealed.authTag, sealed.ciphertext]);
}

/** Opens sealSecret's value; `length`, when given, is the secret's expected length. */
export function openSecret(masterKey: Buffer, aad: string, stored: Buffer, length?: number): Buffer {
  const header = 1 + nonceBytes + tagBytes;
  if (
    stored[0] !== sealFormat ||
    stored.length < header ||
    (length !== undefined && stored.length !== header + length)
  ) {
    throw new IntegrityError('unknown sealed secret format');
  }
  return open(
    masterKey,
    {
      nonce: stored.subarray(1, 1 + nonceBytes),
      authTag: stored.subarray(1 + nonceBytes, header),
      ciphertext: stored.subarray(header),
    },
    aad,
  );
}
