import type { ServerResponse } from 'node:http';
import type { LiveEventData } from '../../../common/notifications.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';

const heartbeatMs = 25_000;
const retryMs = 3_000;

/**
 * Server-sent events for the signed-in user: each live event that names them, as `event: <type>` with
 * `data: {type, collaborationId, objectId}`. Comments keep proxies from closing an idle stream.
 */
export function registerLiveEventRoutes(app: App, deps: Deps): void {
  // Open streams end before the server closes, or closing would wait for them forever.
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  app.get(
    '/api/v1/me/events',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['notifications'],
        description:
          'A text/event-stream of live events for you (event name = type; data = {type, collaborationId, objectId}). ' +
          'Refetch what the event names; it carries no content.',
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const raw = reply.raw;
      let ended = false;
      let disconnect: () => void = () => undefined;
      const end = () => {
        if (ended) return;
        ended = true;
        disconnect();
        open.delete(end);
        raw.end();
      };
      disconnect = await deps.live.connect(actor.userId, {
        send: (event) => write(raw, event),
        end,
      });
      reply.hijack();
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // Nginx and similar proxies must not buffer the stream.
        'x-accel-buffering': 'no',
      });
      raw.write(`retry: ${retryMs}\n: connected\n\n`);
      const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), heartbeatMs);
      raw.once('close', () => clearInterval(heartbeat));
      open.add(end);
      // The response closes when the client goes away (the request may close as soon as it was read).
      raw.once('close', end);
      if (raw.destroyed) end();
    },
  );
}

function write(raw: ServerResponse, event: LiveEventData): void {
  if (raw.writableEnded) return;
  raw.write(`event: ${event.type.replace(/[\r\n]/g, '')}\ndata: ${JSON.stringify(event)}\n\n`);
}
