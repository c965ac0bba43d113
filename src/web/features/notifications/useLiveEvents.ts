import { notifications } from '@mantine/notifications';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { liveEventTypes } from '../../../common/notifications.ts';
import { getNotificationPreferences, listNotifications, liveEventsUrl } from '../../api/notifications.ts';
import { applyLiveEvent, parseLiveEvent, refreshAfterReconnect } from './applyLiveEvent.ts';
import { notificationKeys } from './notificationQueryKeys.ts';

// After the server refused the stream (e.g. the session ended), try again this much later.
const reopenAfterMs = 15_000;

/**
 * The one live event stream of the signed-in app (mounted in AppLayout). Each event invalidates the
 * queries it names (see applyLiveEvent); pages only need their query keys to follow the conventions.
 */
export function useLiveEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let source: EventSource | undefined;
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    let interrupted = false;
    const announced = new Set<string>();

    const onEvent = (message: MessageEvent<string>) => {
      const event = parseLiveEvent(message.data);
      if (!event) return;
      applyLiveEvent(queryClient, event);
      // A new notification (marking one read names it in objectId): pop it up if the user wants that.
      if (event.type === 'notification' && !event.objectId) void announceNewest(queryClient, announced);
    };
    const open = () => {
      source = new EventSource(liveEventsUrl);
      for (const type of liveEventTypes) source.addEventListener(type, onEvent);
      source.onopen = () => {
        if (interrupted) refreshAfterReconnect(queryClient);
        interrupted = false;
      };
      // The browser reconnects by itself after a network error; a refused stream stays closed.
      source.onerror = () => {
        interrupted = true;
        if (source?.readyState !== EventSource.CLOSED) return;
        source.close();
        reopenTimer = setTimeout(open, reopenAfterMs);
      };
    };
    open();
    return () => {
      clearTimeout(reopenTimer);
      source?.close();
    };
  }, [queryClient]);
}

async function announceNewest(queryClient: QueryClient, announced: Set<string>): Promise<void> {
  try {
    const preferences = await queryClient.fetchQuery({
      queryKey: notificationKeys.preferences,
      queryFn: getNotificationPreferences,
      staleTime: 60_000,
    });
    if (!preferences.live) return;
    const [newest] = (await listNotifications({ unread: true, limit: 1 })).items;
    if (!newest || announced.has(newest.id)) return;
    announced.add(newest.id);
    notifications.show({
      color: 'indigo',
      title: newest.title,
      message: newest.body || 'Open the bell to see your notifications.',
      autoClose: 6000,
    });
  } catch {
    // A pop-up is a courtesy: the bell shows the notification anyway.
  }
}
