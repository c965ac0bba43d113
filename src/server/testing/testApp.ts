import { after } from 'node:test';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Deps } from '../deps.ts';
import type { RouteEntry } from '../http/routeTable.ts';
import type { Mailer, MailMessage } from '../mail/mailer.ts';
import { openTestDatabase } from './testDatabase.ts';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  routeTable: RouteEntry[];
  sentMail: MailMessage[];
  request(options: InjectOptions & { as?: Session }): Promise<LightMyRequestResponse>;
}

export interface Session {
  cookie?: string;
  token?: string;
}

// A fresh database per test file; closed when the file's tests end.
export async function createTestApp(
  options: { mailer?: boolean; now?: () => Date; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const sentMail: MailMessage[] = [];
  const mailer: Mailer = options.mailer
    ? { configured: true, send: async (m) => (sentMail.push(m), true) }
    : { configured: false, send: async () => false };
  const config = loadConfig({ SYNERGIA_DATA_DIR: '/nonexistent', PUBLIC_URL: 'http://synergia.test', ...options.env });
  const deps: Deps = { db: database.db, config, mailer, now: options.now ?? (() => new Date()) };
  const { app, routeTable } = await buildApp(deps);
  await app.ready();
  after(async () => {
    await app.close();
    await database.close();
  });
  return {
    app,
    deps,
    routeTable,
    sentMail,
    request({ as, headers, ...rest }) {
      return app.inject({
        ...rest,
        headers: {
          ...headers,
          ...(as?.cookie ? { cookie: as.cookie } : {}),
          ...(as?.token ? { authorization: `Bearer ${as.token}` } : {}),
        },
      });
    },
  };
}
