import type { z } from 'zod';
import type {
  activityPage,
  createMilestoneBody,
  createProjectBody,
  createTaskBody,
  messageView,
  milestoneView,
  personView,
  projectView,
  taskView,
  threadView,
  updateProjectBody,
  updateTaskBody,
} from '../../common/projects.ts';
import { api, type ItemList, type QueryValue } from './client.ts';

export type Project = z.infer<typeof projectView>;
export type Milestone = z.infer<typeof milestoneView>;
export type Task = z.infer<typeof taskView>;
export type Person = z.infer<typeof personView>;
export type Thread = z.infer<typeof threadView>;
export type Message = z.infer<typeof messageView>;
export type ActivityPage = z.infer<typeof activityPage>;
export type ActivityItem = ActivityPage['items'][number];
export type CreateProjectInput = z.input<typeof createProjectBody>;
export type UpdateProjectInput = z.input<typeof updateProjectBody>;
export type CreateMilestoneInput = z.input<typeof createMilestoneBody>;
export type CreateTaskInput = z.input<typeof createTaskBody>;
export type UpdateTaskInput = z.input<typeof updateTaskBody>;
export interface TaskFilters extends Record<string, QueryValue> {
  status?: Task['status'];
  ownerOrgId?: string;
  assigneeUserId?: string;
  overdue?: boolean;
}

const collaboration = (collaborationId: string) => `collaborations/${collaborationId}`;

export const listProjects = (collaborationId: string) =>
  api.get<ItemList<Project>>(`${collaboration(collaborationId)}/projects`);
export const createProject = (collaborationId: string, input: CreateProjectInput) =>
  api.post<Project>(`${collaboration(collaborationId)}/projects`, input);
export const getProject = (projectId: string) => api.get<Project>(`projects/${projectId}`);
export const updateProject = (projectId: string, input: UpdateProjectInput) =>
  api.patch<Project>(`projects/${projectId}`, input);
export const createMilestone = (projectId: string, input: CreateMilestoneInput) =>
  api.post<Milestone>(`projects/${projectId}/milestones`, input);
export const updateMilestone = (milestoneId: string, input: { completed?: boolean; title?: string }) =>
  api.patch<Milestone>(`milestones/${milestoneId}`, input);
export const listPeople = (collaborationId: string) =>
  api.get<ItemList<Person>>(`${collaboration(collaborationId)}/people`);

export const listTasks = (projectId: string, filters: TaskFilters = {}) =>
  api.get<ItemList<Task>>(`projects/${projectId}/tasks`, filters);
export const createTask = (projectId: string, input: CreateTaskInput) =>
  api.post<Task>(`projects/${projectId}/tasks`, input);
export const getTask = (taskId: string) => api.get<Task>(`tasks/${taskId}`);
export const updateTask = (taskId: string, input: UpdateTaskInput) => api.patch<Task>(`tasks/${taskId}`, input);
export const deleteTask = (taskId: string) => api.delete(`tasks/${taskId}`);

export const listThreads = (collaborationId: string) =>
  api.get<ItemList<Thread>>(`${collaboration(collaborationId)}/threads`);
export const createThread = (collaborationId: string, input: { title: string; body: string }) =>
  api.post<Thread>(`${collaboration(collaborationId)}/threads`, input);
export const getTaskThread = (taskId: string) => api.get<Thread>(`tasks/${taskId}/thread`);
export const getIntroductionThread = (introductionId: string) =>
  api.get<Thread>(`introductions/${introductionId}/thread`);
export const listMessages = (threadId: string) => api.get<ItemList<Message>>(`threads/${threadId}/messages`);
export const postMessage = (threadId: string, input: { body: string; mentionedUserIds: string[] }) =>
  api.post<Message>(`threads/${threadId}/messages`, input);
export const editMessage = (messageId: string, body: string) => api.patch<Message>(`messages/${messageId}`, { body });
export const markThreadRead = (threadId: string) => api.post<Thread>(`threads/${threadId}/read`);

export const listActivity = (collaborationId: string, offset: number, limit = 30) =>
  api.get<ActivityPage>(`${collaboration(collaborationId)}/activity`, { offset, limit });
