import type { z } from 'zod';
import type {
  notificationPage,
  notificationPreferencesBody,
  notificationPreferencesView,
  notificationView,
  outboxView,
} from '../../common/notifications.ts';
import { api } from './client.ts';

export type Notification = z.infer<typeof notificationView>;
export type NotificationPage = z.infer<typeof notificationPage>;
export type NotificationPreferences = z.infer<typeof notificationPreferencesView>;
export type NotificationPreferencesInput = z.input<typeof notificationPreferencesBody>;
export type Outbox = z.infer<typeof outboxView>;
export type OutboxEmail = Outbox['items'][number];

export const listNotifications = (query: { unread?: boolean; cursor?: string; limit?: number } = {}) =>
  api.get<NotificationPage>('me/notifications', {
    unread: query.unread ? 'true' : undefined,
    cursor: query.cursor,
    limit: query.limit,
  });
export const getUnreadCount = () => api.get<{ unread: number }>('me/notifications/unread-count');
export const markNotificationRead = (notificationId: string) =>
  api.post<Notification>(`me/notifications/${notificationId}/read`);
export const markAllNotificationsRead = () => api.post<{ updated: number }>('me/notifications/read-all');
export const getNotificationPreferences = () => api.get<NotificationPreferences>('me/notification-preferences');
export const updateNotificationPreferences = (input: NotificationPreferencesInput) =>
  api.put<NotificationPreferences>('me/notification-preferences', input);
export const getOutbox = () => api.get<Outbox>('me/outbox');

// The live event stream (server-sent events); see useLiveEvents.
export const liveEventsUrl = '/api/v1/me/events';
