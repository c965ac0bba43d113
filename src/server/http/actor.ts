import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

// The authenticated caller. Org roles are looked up per use-case, in the query.
export interface Actor {
  userId: string;
  via: 'session' | 'token';
  sessionId?: string;
}

export type AuthLevel = 'public' | 'user';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthLevel;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('auth.required');
  return request.actor;
}
