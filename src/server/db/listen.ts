import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export type Unlisten = () => Promise<void>;

export interface ListenLog {
  info: (obj: object, msg: string) => void;
  warn: (obj: object, msg: string) => void;
}

const quietLog: ListenLog = { info: () => undefined, warn: () => undefined };
const maxBackoffMs = 30_000;

/**
 * LISTENs on a dedicated connection (a pooled one would be handed to other queries and lose the
 * subscription). When the connection drops it reconnects with exponential backoff and LISTENs again.
 * Resolves once the first LISTEN is in place, so nothing published after that is missed.
 */
export async function listenPostgres(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  log: ListenLog = quietLog,
): Promise<Unlisten> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let failures = 0;

  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    next.on('error', (error) => {
      log.warn({ err: error, channel }, 'live listener connection failed');
      scheduleReconnect(next);
    });
    next.on('end', () => scheduleReconnect(next));
    client = next;
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    if (failures > 0) log.info({ channel }, 'live listener reconnected');
    failures = 0;
  };

  const scheduleReconnect = (dropped: pg.Client) => {
    if (stopped || client !== dropped || retryTimer) return;
    client = undefined;
    dropped.removeAllListeners('end');
    void dropped.end().catch(() => undefined);
    const delay = Math.min(maxBackoffMs, 250 * 2 ** failures);
    failures += 1;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (stopped) return;
      connect().catch((error: unknown) => {
        log.warn({ err: error, channel, attempt: failures }, 'live listener could not reconnect');
        if (client) scheduleReconnect(client);
      });
    }, delay);
  };

  try {
    await connect();
  } catch (error) {
    stopped = true;
    await client?.end().catch(() => undefined);
    throw error;
  }
  return async () => {
    stopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    const current = client;
    client = undefined;
    if (current) {
      current.removeAllListeners('end');
      await current.end().catch(() => undefined);
    }
  };
}

// PGlite delivers NOTIFY in-process, after the notifying transaction commits.
export async function listenPglite(
  client: PGlite,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<Unlisten> {
  const unlisten = await client.listen(channel, onPayload);
  return async () => {
    // After the database closed there is nothing left to unsubscribe from.
    if (!client.closed) await unlisten();
  };
}
