import type { QueryClient } from '@tanstack/react-query';
import { liveEventData, type LiveEventData } from '../../../common/notifications.ts';
import { notificationKeys } from './notificationQueryKeys.ts';

export function parseLiveEvent(text: string): LiveEventData | null {
  try {
    const parsed = liveEventData.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Marks stale what a live event says changed, so that what is on screen refetches:
 * - anything inside a collaboration: every query under ['collaborations', collaborationId];
 * - a collaboration itself (invited, state changed) or a notification about one: also the list ['collaborations'];
 * - a notification: every query under ['notifications'], and ['introductions'] (requests arrive as notifications).
 */
export function applyLiveEvent(queryClient: QueryClient, event: LiveEventData): void {
  if (event.collaborationId) {
    void queryClient.invalidateQueries({ queryKey: ['collaborations', event.collaborationId] });
  }
  if (event.type === 'collaboration' || (event.type === 'notification' && event.collaborationId)) {
    void queryClient.invalidateQueries({ queryKey: ['collaborations'], exact: true });
  }
  if (event.type === 'notification') {
    void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['introductions'] });
  }
}

// After the stream was interrupted, events may have been missed: refresh what they could have touched.
export function refreshAfterReconnect(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  void queryClient.invalidateQueries({ queryKey: ['collaborations'] });
  void queryClient.invalidateQueries({ queryKey: ['introductions'] });
}
