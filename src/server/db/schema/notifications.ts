import { boolean, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { collaborations } from './collaborations.ts';
import { id, createdAt, at, updatedAt } from './columns.ts';
import { orgs } from './orgs.ts';

export type EmailMode = 'instant' | 'digest' | 'off';
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'kept';

// One row per recipient; the in-app inbox reads these, live updates announce them.
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link').notNull().default(''),
    collaborationId: uuid('collaboration_id').references(() => collaborations.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    readAt: at('read_at'),
    // Set when an e-mail (instant or digest) has covered this notification.
    emailedAt: at('emailed_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  email: text('email').$type<EmailMode>().notNull().default('digest'),
  // Notification kinds the user does not want at all.
  mutedKinds: jsonb('muted_kinds').$type<string[]>().notNull().default([]),
  live: boolean('live').notNull().default(true),
  updatedAt: updatedAt(),
});

// Every e-mail goes through the outbox: sent by the job worker when SMTP is set, kept for the
// development outbox page when it is not.
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: id(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    status: text('status').$type<OutboxStatus>().notNull().default('pending'),
    attempts: jsonb('attempts').$type<{ at: string; error: string }[]>().notNull().default([]),
    createdAt: createdAt(),
    sentAt: at('sent_at'),
  },
  (t) => [index('email_outbox_status_idx').on(t.status, t.createdAt)],
);

// Who did what, when, inside a collaboration.
export const activityEvents = pgTable(
  'activity_events',
  {
    id: id(),
    collaborationId: uuid('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorOrgId: uuid('actor_org_id').references(() => orgs.id, { onDelete: 'set null' }),
    verb: text('verb').notNull(),
    objectType: text('object_type').notNull(),
    objectId: uuid('object_id'),
    summary: text('summary').notNull(),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('activity_events_collaboration_idx').on(t.collaborationId, t.at)],
);
