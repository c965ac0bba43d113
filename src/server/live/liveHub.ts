import type { LiveEventData } from '../../common/notifications.ts';
import type { ListenLog, Unlisten } from '../db/listen.ts';
import { liveChannel, type LiveEvent } from '../modules/notifications/notify.ts';

export type Listen = (channel: string, onPayload: (payload: string) => void, log?: ListenLog) => Promise<Unlisten>;

export interface LiveConnection {
  send(event: LiveEventData): void;
  // Ends the stream (the process is shutting down).
  end(): void;
}

export interface LiveHub {
  /** Forwards every live event naming the user to the connection, until the returned function is called. */
  connect(userId: string, connection: LiveConnection): Promise<() => void>;
  // Ends every open connection and stops listening.
  close(): Promise<void>;
}

/**
 * One LISTEN per process, opened with the first connection: events published by any process (through
 * PostgreSQL NOTIFY) reach the open streams of the users they name.
 */
export function createLiveHub(listen: Listen, log?: ListenLog): LiveHub {
  const byUser = new Map<string, Set<LiveConnection>>();
  let listening: Promise<Unlisten> | undefined;
  let closed = false;

  const deliver = (payload: string) => {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch {
      log?.warn({ payload: payload.slice(0, 200) }, 'ignored a malformed live event');
      return;
    }
    const data: LiveEventData = {
      type: event.type,
      collaborationId: event.collaborationId ?? null,
      objectId: event.objectId ?? null,
    };
    for (const userId of event.userIds ?? []) {
      for (const connection of byUser.get(userId) ?? []) connection.send(data);
    }
  };

  const remove = (userId: string, connection: LiveConnection) => {
    const connections = byUser.get(userId);
    connections?.delete(connection);
    if (connections?.size === 0) byUser.delete(userId);
  };

  return {
    async connect(userId, connection) {
      if (closed) throw new Error('the live hub is closed');
      listening ??= listen(liveChannel, deliver, log).catch((error: unknown) => {
        listening = undefined;
        throw error;
      });
      await listening;
      const connections = byUser.get(userId) ?? new Set<LiveConnection>();
      connections.add(connection);
      byUser.set(userId, connections);
      return () => remove(userId, connection);
    },
    async close() {
      closed = true;
      for (const connections of byUser.values()) for (const connection of connections) connection.end();
      byUser.clear();
      const unlisten = await listening?.catch(() => undefined);
      await unlisten?.();
    },
  };
}
