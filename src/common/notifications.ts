import { z } from 'zod';

// What a notification is about; users mute kinds they do not want.
export const notificationKinds = [
  'task_assigned',
  'task_updated',
  'message',
  'mention',
  'document',
  'meeting',
  'introduction',
  'collaboration',
  'analytics',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const emailModes = ['instant', 'digest', 'off'] as const;
export type EmailMode = (typeof emailModes)[number];

export const notificationView = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string(),
  collaborationId: z.uuid().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notificationPage = z.object({
  items: z.array(notificationView),
  // Pass as `cursor` to get the next, older page; null on the last page.
  nextCursor: z.string().nullable(),
});

export const notificationListQuery = z.object({
  unread: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const unreadCountView = z.object({ unread: z.number().int() });

export const notificationPreferencesBody = z.object({
  email: z.enum(emailModes),
  mutedKinds: z
    .array(z.enum(notificationKinds))
    .max(notificationKinds.length)
    .transform((kinds) => [...new Set(kinds)]),
  live: z.boolean(),
});

export const notificationPreferencesView = z.object({
  email: z.enum(emailModes),
  mutedKinds: z.array(z.enum(notificationKinds)),
  live: z.boolean(),
  // False on a server without SMTP: e-mails are kept in the development outbox instead.
  smtpConfigured: z.boolean(),
});

export const outboxStatuses = ['pending', 'sent', 'failed', 'kept'] as const;

export const outboxEmailView = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(outboxStatuses),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export const outboxView = z.object({ smtpConfigured: z.boolean(), items: z.array(outboxEmailView) });

// The names of live events; the browser listens to each (EventSource needs the names): add new ones here.
export const liveEventTypes = [
  'notification',
  'project',
  'task',
  'message',
  'document',
  'meeting',
  'collaboration',
  'analytics',
] as const;

/**
 * A live event as the browser receives it over GET /api/v1/me/events: the event name is `type`, the data
 * this JSON. It names what changed, never its content: the page refetches what it shows.
 */
export const liveEventData = z.object({
  type: z.string(),
  collaborationId: z.uuid().nullable(),
  objectId: z.string().nullable(),
});
export type LiveEventData = z.infer<typeof liveEventData>;
