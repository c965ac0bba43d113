import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.ts';
import { actorFromBearer, actorFromSession } from '../modules/auth/auth.service.ts';
import { AppError } from './errors.ts';
import { readBearerToken, readSessionCookie } from './sessionCookie.ts';

// Resolves the caller once per request; routes declaring auth 'user' refuse anonymous callers.
export function installAuthentication(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const auth = request.routeOptions.config?.auth;
    // By the route matched, not the URL: an unknown /api/v1/… path falls through to the web app's
    // file route (which finds no file and answers 404), not to an API route without an auth level.
    if (!request.routeOptions.url?.startsWith('/api/v1/') || request.is404) return;
    if (auth === undefined) throw new AppError('internal', { detail: 'route without an auth level' });
    const bearer = readBearerToken(request);
    const cookie = readSessionCookie(request);
    if (bearer) {
      request.actor = await actorFromBearer(deps, bearer);
      if (!request.actor) throw new AppError('auth.required', { detail: 'The API token is not valid or was revoked.' });
    } else if (cookie) {
      request.actor = await actorFromSession(deps, cookie);
    }
    if (auth === 'user' && !request.actor) throw new AppError('auth.required');
  });
}
