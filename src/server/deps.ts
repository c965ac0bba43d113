import type { Config } from './config.ts';
import type { Db } from './db/connect.ts';
import type { LiveHub } from './live/liveHub.ts';
import type { Mailer } from './mail/mailer.ts';

// What every use-case may need; passed explicitly, never imported as a global.
export interface Deps {
  db: Db;
  config: Config;
  mailer: Mailer;
  now: () => Date;
  // Open event streams of this process; starts listening with the first one.
  live: LiveHub;
}

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;
