import type { FastifyInstance } from 'fastify';
import type { AuthLevel } from './actor.ts';

export interface RouteEntry {
  method: string;
  url: string;
  auth: AuthLevel | undefined;
}

// Records every route as it is added; a test walks it to prove each API route declares its auth level.
export function collectRouteTable(app: FastifyInstance): RouteEntry[] {
  const table: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      table.push({ method, url: route.url, auth: route.config?.auth });
    }
  });
  return table;
}
