import type { LiveEventData } from '../../common/notifications.ts';

export interface ReceivedEvent {
  event: string;
  data: LiveEventData;
}

export interface LiveEventStream {
  status: number;
  contentType: string;
  // Resolves with the first event matching `accept` that arrives within `ms`, or rejects.
  next(accept: (e: ReceivedEvent) => boolean, ms: number): Promise<ReceivedEvent>;
  close(): void;
}

/**
 * Opens GET /api/v1/me/events over real HTTP, as a browser's EventSource would, and parses the stream.
 * Resolves once the server's first bytes (the retry line) arrived: from then on it is listening.
 */
export async function openLiveEventStream(baseUrl: string, cookie: string): Promise<LiveEventStream> {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/api/v1/me/events`, {
    headers: { cookie, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  const received: ReceivedEvent[] = [];
  const waiters = new Set<() => void>();
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let opened!: () => void;
  const firstBytes = new Promise<void>((resolve) => (opened = resolve));

  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        opened();
        buffer += value;
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (event && data) received.push({ event, data: JSON.parse(data) as LiveEventData });
          for (const wake of waiters) wake();
        }
      }
    } catch {
      // Aborted by close().
    }
    opened();
  })();

  if (response.ok) await firstBytes;
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    next(accept, ms) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const index = received.findIndex(accept);
          if (index < 0) return;
          const [found] = received.splice(index, 1);
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found!);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching live event within ${ms} ms`));
        }, ms);
        waiters.add(check);
        check();
      });
    },
    close: () => abort.abort(),
  };
}
