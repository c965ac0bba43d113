import type { TaskFilters } from '../../api/projects.ts';

// Every key starts with the collaboration: a live event (useLiveEvents) invalidates ['collaborations', id] and all of it refetches.
export const workKeys = {
  projects: (collaborationId: string) => ['collaborations', collaborationId, 'projects'] as const,
  project: (collaborationId: string, projectId: string) =>
    ['collaborations', collaborationId, 'projects', projectId] as const,
  tasks: (collaborationId: string, projectId: string, filters: TaskFilters = {}) =>
    ['collaborations', collaborationId, 'tasks', projectId, filters] as const,
  allTasks: (collaborationId: string) => ['collaborations', collaborationId, 'tasks'] as const,
  task: (collaborationId: string, taskId: string) => ['collaborations', collaborationId, 'task', taskId] as const,
  taskThread: (collaborationId: string, taskId: string) =>
    ['collaborations', collaborationId, 'task-thread', taskId] as const,
  people: (collaborationId: string) => ['collaborations', collaborationId, 'people'] as const,
  threads: (collaborationId: string) => ['collaborations', collaborationId, 'threads'] as const,
  messages: (collaborationId: string, threadId: string) =>
    ['collaborations', collaborationId, 'messages', threadId] as const,
  activity: (collaborationId: string) => ['collaborations', collaborationId, 'activity'] as const,
};
