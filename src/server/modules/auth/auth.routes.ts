import { z } from 'zod';
import {
  apiTokenView,
  createdTokenView,
  createTokenBody,
  idSchema,
  loginBody,
  signupBody,
  userView,
} from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from '../../http/sessionCookie.ts';
import type { App } from '../../http/types.ts';
import * as auth from './auth.service.ts';

const tags = ['auth'];

export function registerAuthRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/v1/auth/signup',
    { config: { auth: 'public' }, schema: { tags, body: signupBody, response: { 201: z.object({ user: userView }) } } },
    async (request, reply) => {
      const { user, sessionToken } = await auth.signUp(deps, request.body);
      setSessionCookie(request, reply, sessionToken);
      return reply.status(201).send({ user });
    },
  );

  app.post(
    '/api/v1/auth/login',
    { config: { auth: 'public' }, schema: { tags, body: loginBody, response: { 200: z.object({ user: userView }) } } },
    async (request, reply) => {
      const { user, sessionToken } = await auth.signIn(deps, request.body, {
        address: request.ip,
        previousSessionToken: readSessionCookie(request),
      });
      setSessionCookie(request, reply, sessionToken);
      return { user };
    },
  );

  app.post('/api/v1/auth/logout', { config: { auth: 'public' }, schema: { tags } }, async (request, reply) => {
    await auth.signOut(deps, readSessionCookie(request));
    clearSessionCookie(request, reply);
    return reply.status(204).send();
  });

  app.get(
    '/api/v1/auth/me',
    { config: { auth: 'user' }, schema: { tags, response: { 200: z.object({ user: userView }) } } },
    async (request) => ({ user: await auth.getCurrentUser(deps, requireActor(request)) }),
  );

  app.post(
    '/api/v1/auth/tokens',
    { config: { auth: 'user' }, schema: { tags, body: createTokenBody, response: { 201: createdTokenView } } },
    async (request, reply) =>
      reply.status(201).send(await auth.createApiToken(deps, requireActor(request), request.body)),
  );

  app.get(
    '/api/v1/auth/tokens',
    { config: { auth: 'user' }, schema: { tags, response: { 200: z.object({ items: z.array(apiTokenView) }) } } },
    async (request) => ({ items: await auth.listApiTokens(deps, requireActor(request)) }),
  );

  app.delete(
    '/api/v1/auth/tokens/:tokenId',
    { config: { auth: 'user' }, schema: { tags, params: z.object({ tokenId: idSchema }) } },
    async (request, reply) => {
      await auth.revokeApiToken(deps, requireActor(request), request.params.tokenId);
      return reply.status(204).send();
    },
  );
}
