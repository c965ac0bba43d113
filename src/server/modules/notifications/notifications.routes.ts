import { z } from 'zod';
import {
  notificationListQuery,
  notificationPage,
  notificationPreferencesBody,
  notificationPreferencesView,
  notificationView,
  outboxView,
  unreadCountView,
} from '../../../common/notifications.ts';
import { idSchema } from '../../../common/schemas.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../http/actor.ts';
import type { App } from '../../http/types.ts';
import * as notifications from './notifications.service.ts';

const tags = ['notifications'];
const user = { auth: 'user' } as const;
const params = z.object({ notificationId: idSchema });

export function registerNotificationRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/v1/me/notifications',
    {
      config: user,
      schema: {
        tags,
        description: 'Your notifications, newest first; pass nextCursor as cursor for the next page',
        querystring: notificationListQuery,
        response: { 200: notificationPage },
      },
    },
    async (req) => notifications.listNotifications(deps, requireActor(req), req.query),
  );
  app.get(
    '/api/v1/me/notifications/unread-count',
    { config: user, schema: { tags, response: { 200: unreadCountView } } },
    async (req) => notifications.countUnread(deps, requireActor(req)),
  );
  app.post(
    '/api/v1/me/notifications/:notificationId/read',
    { config: user, schema: { tags, params, response: { 200: notificationView } } },
    async (req) => notifications.markNotificationRead(deps, requireActor(req), req.params.notificationId),
  );
  app.post(
    '/api/v1/me/notifications/read-all',
    { config: user, schema: { tags, response: { 200: z.object({ updated: z.number().int() }) } } },
    async (req) => notifications.markAllNotificationsRead(deps, requireActor(req)),
  );
  app.get(
    '/api/v1/me/notification-preferences',
    { config: user, schema: { tags, response: { 200: notificationPreferencesView } } },
    async (req) => notifications.getPreferences(deps, requireActor(req)),
  );
  app.put(
    '/api/v1/me/notification-preferences',
    {
      config: user,
      schema: {
        tags,
        description: 'E-mail delivery (instant, daily digest or off), muted kinds, live updates',
        body: notificationPreferencesBody,
        response: { 200: notificationPreferencesView },
      },
    },
    async (req) => notifications.updatePreferences(deps, requireActor(req), req.body),
  );
  app.get(
    '/api/v1/me/outbox',
    {
      config: user,
      schema: {
        tags,
        description: 'The e-mails written to you; without SMTP they are kept here instead of being sent',
        response: { 200: outboxView },
      },
    },
    async (req) => notifications.listOwnOutbox(deps, requireActor(req)),
  );
}
