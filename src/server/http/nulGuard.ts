import type { FastifyInstance } from 'fastify';
import { validationError } from './errors.ts';

// PostgreSQL text cannot hold the NUL character (U+0000): a string with one failed at the database,
// after validation, as a 500. Every request's body, query string and path parameters are checked
// before validation instead, and a NUL is refused as bad input naming its field. Other control
// characters are stored as sent.

const NUL = '\u0000';

/** The path of the first string holding a NUL within `value` ('' for `value` itself), or null. */
function pathOfNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = key.includes(NUL) ? path : pathOfNul(item, path === '' ? key : `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}

export function installNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts = [
      ['', request.body],
      ['querystring', request.query],
      ['params', request.params],
    ] as const;
    for (const [context, value] of parts) {
      const path = pathOfNul(value);
      if (path === null) continue;
      const field = [context, path].filter(Boolean).join('.') || '(body)';
      throw validationError(field, 'must not contain the NUL character (U+0000)');
    }
  });
}
