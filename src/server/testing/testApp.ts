import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Deps } from '../deps.ts';
import type { RouteEntry } from '../http/routeTable.ts';
import { createLiveHub, type Listen } from '../live/liveHub.ts';
import type { Mailer, MailMessage } from '../mail/mailer.ts';
import { openTestDatabase } from './testDatabase.ts';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  routeTable: RouteEntry[];
  sentMail: MailMessage[];
  /** LISTEN on the test database: NOTIFY payloads on the channel, until the returned function is called. */
  listen: Listen;
  request(options: InjectOptions & { as?: Session }): Promise<LightMyRequestResponse>;
}

export interface Session {
  cookie?: string;
  token?: string;
}

// Documents are encrypted with a master key; tests use a random one per process, never a key file.
const testMasterKey = randomBytes(32).toString('base64');

// A fresh database per test file; closed when the file's tests end.
export async function createTestApp(
  options: { mailer?: boolean; now?: () => Date; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const sentMail: MailMessage[] = [];
  const mailer: Mailer = options.mailer
    ? { configured: true, send: async (m) => (sentMail.push(m), true) }
    : { configured: false, send: async () => false };
  const config = loadConfig({
    SYNERGIA_DATA_DIR: '/nonexistent',
    PUBLIC_URL: 'http://synergia.test',
    SYNERGIA_MASTER_KEY: testMasterKey,
    ...options.env,
  });
  const live = createLiveHub((channel, onPayload) => database.listen(channel, onPayload));
  const deps: Deps = { db: database.db, config, mailer, now: options.now ?? (() => new Date()), live };
  const { app, routeTable } = await buildApp(deps);
  await app.ready();
  after(async () => {
    await app.close();
    await live.close();
    await database.close();
  });
  return {
    app,
    deps,
    routeTable,
    sentMail,
    listen: (channel, onPayload) => database.listen(channel, onPayload),
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
