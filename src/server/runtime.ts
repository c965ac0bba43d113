import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';
import { connectDatabase, type Database } from './db/connect.ts';
import type { Deps } from './deps.ts';
import { createMailer } from './mail/mailer.ts';

export interface Runtime {
  database: Database;
  deps: Deps;
  log: Logger;
  close(): Promise<void>;
}

export function createLogger(config: Config): Logger {
  // Readable lines on a terminal; JSON lines for log collectors.
  if (process.stdout.isTTY) {
    return pino({ level: config.logLevel, transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } });
  }
  return pino({ level: config.logLevel });
}

// Opens the database, applies pending migrations and assembles the dependencies of every use-case.
export async function openRuntime(config: Config, log: Logger = createLogger(config)): Promise<Runtime> {
  const database = await connectDatabase(config);
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  const deps: Deps = { db: database.db, config, mailer: createMailer(config, log), now: () => new Date() };
  return { database, deps, log, close: () => database.close() };
}
