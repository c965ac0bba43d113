// Node-side helpers over the shared RFC 8785 canonicalization in src/common/canonicalJson.ts: one implementation
// for the server, the CLI and the browser, so that every side hashes the same bytes.
import { hash } from 'node:crypto';
import { canonicalize } from '../../../../common/canonicalJson.ts';

export { CanonicalJsonError, canonicalize } from '../../../../common/canonicalJson.ts';

export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalize(value), 'utf8');
}

export function canonicalHash(value: unknown): string {
  return hash('sha256', canonicalize(value), 'hex');
}
