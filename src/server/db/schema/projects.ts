import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { bytea } from './bytes.ts';
import { collaborations } from './collaborations.ts';
import { id, createdAt, updatedAt, at } from './columns.ts';
import { introductions } from './matching.ts';
import { orgs } from './orgs.ts';

// Joint work inside a collaboration: projects, milestones, tasks, threads, documents and meetings.

export type ProjectStatus = 'active' | 'completed' | 'archived';
export type TaskStatus = 'todo' | 'in_progress' | 'blocked' | 'done';
export type RaciRole = 'responsible' | 'accountable' | 'consulted' | 'informed';
export type MeetingStatus = 'proposed' | 'scheduled' | 'cancelled';
export type SlotAnswer = 'yes' | 'maybe' | 'no';

export const projects = pgTable(
  'projects',
  {
    id: id(),
    collaborationId: uuid('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    status: text('status').$type<ProjectStatus>().notNull().default('active'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('projects_collaboration_idx').on(t.collaborationId)],
);

export const milestones = pgTable(
  'milestones',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    // The agreement objective (its clause id in the effective version) this milestone serves.
    objectiveClauseId: text('objective_clause_id'),
    completedAt: at('completed_at'),
    createdAt: createdAt(),
  },
  (t) => [index('milestones_project_idx').on(t.projectId)],
);

export const tasks = pgTable(
  'tasks',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    // Denormalised from the project so that every query can scope by collaboration in its WHERE.
    collaborationId: uuid('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    milestoneId: uuid('milestone_id').references(() => milestones.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerOrgId: uuid('owner_org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'restrict' }),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').$type<TaskStatus>().notNull().default('todo'),
    dueDate: date('due_date', { mode: 'string' }),
    position: integer('position').notNull().default(0),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('tasks_project_idx').on(t.projectId, t.status), index('tasks_collaboration_idx').on(t.collaborationId)],
);

export const taskRoles = pgTable(
  'task_roles',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<RaciRole>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.userId, t.role] })],
);

export const taskDependencies = pgTable(
  'task_dependencies',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    dependsOnTaskId: uuid('depends_on_task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.dependsOnTaskId] }),
    check('task_dependencies_not_self', sql`${t.taskId} <> ${t.dependsOnTaskId}`),
  ],
);

// A thread belongs to a collaboration (optionally to one of its tasks) or to an accepted introduction.
export const threads = pgTable(
  'threads',
  {
    id: id(),
    collaborationId: uuid('collaboration_id').references(() => collaborations.id, { onDelete: 'cascade' }),
    taskId: uuid('task_id').references(() => tasks.id, { onDelete: 'cascade' }),
    introductionId: uuid('introduction_id').references(() => introductions.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    lastMessageAt: at('last_message_at'),
  },
  (t) => [
    index('threads_collaboration_idx').on(t.collaborationId),
    uniqueIndex('threads_task_idx').on(t.taskId),
    uniqueIndex('threads_introduction_idx').on(t.introductionId),
    check(
      'threads_one_home',
      sql`(${t.collaborationId} is not null and ${t.introductionId} is null) or (${t.collaborationId} is null and ${t.introductionId} is not null and ${t.taskId} is null)`,
    ),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: id(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    authorOrgId: uuid('author_org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'restrict' }),
    body: text('body').notNull(),
    mentionedUserIds: jsonb('mentioned_user_ids').$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    editedAt: at('edited_at'),
  },
  (t) => [index('messages_thread_idx').on(t.threadId, t.createdAt)],
);

export const threadReads = pgTable(
  'thread_reads',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    lastReadAt: at('last_read_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] })],
);

// One data key per collaboration (AES-256-GCM), stored wrapped by the server's master key.
export const collaborationKeys = pgTable('collaboration_keys', {
  collaborationId: uuid('collaboration_id')
    .primaryKey()
    .references(() => collaborations.id, { onDelete: 'cascade' }),
  wrappedKey: bytea('wrapped_key').notNull(),
  createdAt: createdAt(),
});

export const documents = pgTable(
  'documents',
  {
    id: id(),
    collaborationId: uuid('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    taskId: uuid('task_id').references(() => tasks.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    currentVersion: integer('current_version').notNull().default(1),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('documents_collaboration_idx').on(t.collaborationId)],
);

// Encrypted content lives in the database, not on a web-served path, so that any API process can serve it.
export const documentVersions = pgTable(
  'document_versions',
  {
    id: id(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    nonce: bytea('nonce').notNull(),
    authTag: bytea('auth_tag').notNull(),
    ciphertext: bytea('ciphertext').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    uploadedByOrgId: uuid('uploaded_by_org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('document_versions_number_idx').on(t.documentId, t.version)],
);

// A meeting belongs to a collaboration or to an accepted introduction (a first meeting).
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    collaborationId: uuid('collaboration_id').references(() => collaborations.id, { onDelete: 'cascade' }),
    introductionId: uuid('introduction_id').references(() => introductions.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    location: text('location').notNull().default(''),
    durationMinutes: integer('duration_minutes').notNull(),
    status: text('status').$type<MeetingStatus>().notNull().default('proposed'),
    chosenSlotId: uuid('chosen_slot_id'),
    // iCalendar SEQUENCE: how often the sent invitation changed since (moved to another slot, cancelled).
    sequence: integer('sequence').notNull().default(0),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('meetings_collaboration_idx').on(t.collaborationId),
    index('meetings_introduction_idx').on(t.introductionId),
    check('meetings_one_home', sql`(${t.collaborationId} is null) <> (${t.introductionId} is null)`),
  ],
);

export const meetingSlots = pgTable(
  'meeting_slots',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    startsAt: at('starts_at').notNull(),
  },
  (t) => [uniqueIndex('meeting_slots_time_idx').on(t.meetingId, t.startsAt)],
);

export const meetingAnswers = pgTable(
  'meeting_answers',
  {
    slotId: uuid('slot_id')
      .notNull()
      .references(() => meetingSlots.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'cascade' }),
    answer: text('answer').$type<SlotAnswer>().notNull(),
    answeredAt: at('answered_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.slotId, t.userId] })],
);
