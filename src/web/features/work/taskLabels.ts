import { taskStatuses, taskStatusLabels, type TaskStatus } from '../../../common/projects.ts';

export { taskStatuses, taskStatusLabels };

export const taskStatusColors: Record<TaskStatus, string> = {
  todo: 'gray',
  in_progress: 'blue',
  blocked: 'orange',
  done: 'teal',
};

export const raciLabels = {
  responsible: 'Responsible',
  accountable: 'Accountable',
  consulted: 'Consulted',
  informed: 'Informed',
} as const;

export const projectStatusLabels = { active: 'Active', completed: 'Completed', archived: 'Archived' } as const;
