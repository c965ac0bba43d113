import { z } from 'zod';

// Joint work inside a collaboration: projects, milestones, tasks, threads and the activity feed.

const idSchema = z.uuid();
const text = (max: number) => z.string().trim().max(max);
const nonEmpty = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();

export const projectStatuses = ['active', 'completed', 'archived'] as const;
export const taskStatuses = ['todo', 'in_progress', 'blocked', 'done'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const raciRoleNames = ['responsible', 'accountable', 'consulted', 'informed'] as const;

export const taskStatusLabels: Record<TaskStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
};

export const collaborationParams = z.object({ collaborationId: idSchema });
export const projectParams = z.object({ projectId: idSchema });
export const milestoneParams = z.object({ milestoneId: idSchema });
export const taskParams = z.object({ taskId: idSchema });
export const threadParams = z.object({ threadId: idSchema });
export const messageParams = z.object({ messageId: idSchema });
export const introductionParams = z.object({ introductionId: idSchema });

export const createProjectBody = z.object({ name: nonEmpty(160), description: text(4000).default('') });
export const updateProjectBody = z.object({
  name: nonEmpty(160).optional(),
  description: text(4000).optional(),
  status: z.enum(projectStatuses).optional(),
});

export const createMilestoneBody = z.object({
  title: nonEmpty(160),
  dueDate: isoDate.nullable().default(null),
  objectiveClauseId: z.string().min(1).max(40).nullable().default(null),
});
export const updateMilestoneBody = z.object({
  title: nonEmpty(160).optional(),
  dueDate: isoDate.nullable().optional(),
  objectiveClauseId: z.string().min(1).max(40).nullable().optional(),
  completed: z.boolean().optional(),
});

export const milestoneView = z.object({
  id: idSchema,
  projectId: idSchema,
  title: z.string(),
  dueDate: z.string().nullable(),
  objectiveClauseId: z.string().nullable(),
  completedAt: z.string().nullable(),
});

export const projectView = z.object({
  id: idSchema,
  collaborationId: idSchema,
  name: z.string(),
  description: z.string(),
  status: z.enum(projectStatuses),
  createdAt: z.string(),
  updatedAt: z.string(),
  taskCounts: z.object({ total: z.number(), done: z.number(), overdue: z.number() }),
  milestones: z.array(milestoneView),
  abilities: z.object({ edit: z.boolean() }),
});

const raciEntry = z.object({ userId: idSchema, role: z.enum(raciRoleNames) });

const taskFields = {
  title: nonEmpty(200),
  description: text(8000).default(''),
  ownerOrgId: idSchema,
  assigneeUserId: idSchema.nullable().default(null),
  status: z.enum(taskStatuses).default('todo'),
  dueDate: isoDate.nullable().default(null),
  milestoneId: idSchema.nullable().default(null),
  raci: z.array(raciEntry).max(50).default([]),
  dependsOn: z.array(idSchema).max(50).default([]),
};
export const createTaskBody = z.object(taskFields);
export const updateTaskBody = z.object({
  title: taskFields.title.optional(),
  description: text(8000).optional(),
  ownerOrgId: idSchema.optional(),
  assigneeUserId: idSchema.nullable().optional(),
  status: z.enum(taskStatuses).optional(),
  dueDate: isoDate.nullable().optional(),
  milestoneId: idSchema.nullable().optional(),
  raci: z.array(raciEntry).max(50).optional(),
  dependsOn: z.array(idSchema).max(50).optional(),
});

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
export const taskListQuery = z.object({
  status: z.enum(taskStatuses).optional(),
  ownerOrgId: idSchema.optional(),
  assigneeUserId: idSchema.optional(),
  overdue: booleanQuery.optional(),
});

const personRef = z.object({ userId: idSchema, name: z.string() });
export const taskView = z.object({
  id: idSchema,
  projectId: idSchema,
  collaborationId: idSchema,
  milestoneId: idSchema.nullable(),
  title: z.string(),
  description: z.string(),
  status: z.enum(taskStatuses),
  ownerOrg: z.object({ orgId: idSchema, name: z.string() }),
  assignee: personRef.nullable(),
  dueDate: z.string().nullable(),
  raci: z.array(personRef.extend({ role: z.enum(raciRoleNames) })),
  dependsOn: z.array(z.object({ taskId: idSchema, title: z.string(), status: z.enum(taskStatuses) })),
  overdue: z.boolean(),
  blocked: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ edit: z.boolean(), delete: z.boolean() }),
});

export const personView = z.object({
  userId: idSchema,
  name: z.string(),
  orgId: idSchema,
  orgName: z.string(),
});

export const createThreadBody = z.object({ title: nonEmpty(200), body: text(10000).default('') });
export const threadView = z.object({
  id: idSchema,
  collaborationId: idSchema.nullable(),
  taskId: idSchema.nullable(),
  introductionId: idSchema.nullable(),
  title: z.string(),
  createdAt: z.string(),
  lastMessageAt: z.string().nullable(),
  messageCount: z.number(),
  unreadCount: z.number(),
});

export const postMessageBody = z.object({
  body: nonEmpty(10000),
  mentionedUserIds: z.array(idSchema).max(50).default([]),
});
export const editMessageBody = z.object({ body: nonEmpty(10000) });
export const messageView = z.object({
  id: idSchema,
  threadId: idSchema,
  author: z.object({ userId: idSchema.nullable(), name: z.string(), orgId: idSchema, orgName: z.string() }),
  body: z.string(),
  mentions: z.array(personRef),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  abilities: z.object({ edit: z.boolean() }),
});

export const activityQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
});
export const activityView = z.object({
  id: idSchema,
  at: z.string(),
  actor: z.object({
    userId: idSchema.nullable(),
    name: z.string().nullable(),
    orgId: idSchema.nullable(),
    orgName: z.string().nullable(),
  }),
  verb: z.string(),
  objectType: z.string(),
  objectId: idSchema.nullable(),
  summary: z.string(),
});
export const activityPage = z.object({ items: z.array(activityView), nextOffset: z.number().nullable() });
