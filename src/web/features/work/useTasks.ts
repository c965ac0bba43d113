import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createTask,
  deleteTask,
  getTask,
  listTasks,
  updateTask,
  type CreateTaskInput,
  type TaskFilters,
  type UpdateTaskInput,
} from '../../api/projects.ts';
import { workKeys } from './workQueryKeys.ts';

export function useTasks(collaborationId: string, projectId: string, filters: TaskFilters = {}) {
  return useQuery({
    queryKey: workKeys.tasks(collaborationId, projectId, filters),
    queryFn: () => listTasks(projectId, filters),
    select: (d) => d.items,
  });
}

export function useTask(collaborationId: string, taskId: string) {
  return useQuery({ queryKey: workKeys.task(collaborationId, taskId), queryFn: () => getTask(taskId) });
}

// A task change moves the board, the project's counts, the task itself and the feed.
function useInvalidateTasks(collaborationId: string) {
  const queryClient = useQueryClient();
  return () => {
    for (const queryKey of [
      workKeys.allTasks(collaborationId),
      workKeys.projects(collaborationId),
      workKeys.activity(collaborationId),
      ['collaborations', collaborationId, 'task'],
    ]) {
      void queryClient.invalidateQueries({ queryKey });
    }
  };
}

export function useCreateTask(collaborationId: string, projectId: string) {
  const invalidate = useInvalidateTasks(collaborationId);
  return useMutation({ mutationFn: (input: CreateTaskInput) => createTask(projectId, input), onSuccess: invalidate });
}

export function useUpdateTask(collaborationId: string) {
  const invalidate = useInvalidateTasks(collaborationId);
  return useMutation({
    mutationFn: ({ taskId, input }: { taskId: string; input: UpdateTaskInput }) => updateTask(taskId, input),
    onSuccess: invalidate,
  });
}

export function useDeleteTask(collaborationId: string) {
  const invalidate = useInvalidateTasks(collaborationId);
  return useMutation({ mutationFn: (taskId: string) => deleteTask(taskId), onSuccess: invalidate });
}
