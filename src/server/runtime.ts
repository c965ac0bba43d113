import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';
import { connectDatabase, type Database } from './db/connect.ts';
import type { Deps } from './deps.ts';
import { checkMasterKey } from './masterKeyCheck.ts';
import { createLiveHub } from './live/liveHub.ts';
import { createMailer } from './mail/mailer.ts';

export interface Runtime {
  database: Database;
  deps: Deps;
  log: Logger;
  close(): Promise<void>;
}

// Invitation links carry their secret in the path: logs keep only its first characters.
export function redactSecrets(url: string): string {
  return url.replace(/(\/invitations\/)([A-Za-z0-9_-]{6})[A-Za-z0-9_-]+/, '$1$2…');
}

const serializers = {
  req: (req: { method: string; url: string; ip?: string }) => ({
    method: req.method,
    url: redactSecrets(req.url),
    ip: req.ip,
  }),
};

export function createLogger(config: Config): Logger {
  // Readable lines on a terminal; JSON lines for log collectors.
  if (process.stdout.isTTY) {
    return pino({
      level: config.logLevel,
      serializers,
      transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } },
    });
  }
  return pino({ level: config.logLevel, serializers });
}

// Opens the database, applies pending migrations, checks the master key and assembles the
// dependencies of every use-case.
export async function openRuntime(config: Config, log: Logger = createLogger(config)): Promise<Runtime> {
  const database = await connectDatabase(config);
  try {
    await database.migrate();
    await checkMasterKey(database.db, config);
  } catch (error) {
    await database.close();
    throw error;
  }
  const live = createLiveHub((channel, onPayload) => database.listen(channel, onPayload, log), log);
  const deps: Deps = { db: database.db, config, mailer: createMailer(config, log), now: () => new Date(), live };
  return {
    database,
    deps,
    log,
    async close() {
      await live.close();
      await database.close();
    },
  };
}
