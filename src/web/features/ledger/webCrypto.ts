import { bytesToHex, pemToDer, type Bytes } from './bytes.ts';

// WebCrypto exists only in secure contexts (https, localhost); Ed25519 needs a recent browser.

/** Why this page cannot hash or verify, or null when it can. */
export function webCryptoProblem(): string | null {
  if (typeof crypto === 'undefined' || !crypto.subtle) {
    return 'This browser does not offer WebCrypto here. Browsers expose it only on secure pages: open Synergia over https (or on localhost).';
  }
  return null;
}

export async function sha256(bytes: Bytes): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

export async function sha256Hex(bytes: Bytes): Promise<string> {
  return bytesToHex(await sha256(bytes));
}

export class Ed25519UnsupportedError extends Error {
  constructor(cause: unknown) {
    super(
      `This browser cannot verify Ed25519 signatures with WebCrypto (${cause instanceof Error ? cause.message : String(cause)}). Use a recent Chromium, Firefox or Safari, or verify with \`synergia ledger verify\`.`,
    );
    this.name = 'Ed25519UnsupportedError';
  }
}

/** Imports an SPKI PEM public key; throws Ed25519UnsupportedError when the browser lacks Ed25519. */
export async function importEd25519PublicKey(pem: string): Promise<CryptoKey> {
  const der = pemToDer(pem);
  if (!der) throw new Error('The ledger public key is not a PEM block.');
  try {
    return await crypto.subtle.importKey('spki', der, { name: 'Ed25519' }, false, ['verify']);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotSupportedError') throw new Ed25519UnsupportedError(error);
    if (error instanceof DOMException && error.name === 'DataError') throw new Error('The ledger key is not Ed25519.');
    throw new Ed25519UnsupportedError(error);
  }
}

export async function verifyEd25519(key: CryptoKey, signature: Bytes, message: Bytes): Promise<boolean> {
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message);
}
