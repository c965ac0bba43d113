import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createMilestone,
  createProject,
  getProject,
  listPeople,
  listProjects,
  updateMilestone,
  updateProject,
  type CreateMilestoneInput,
  type CreateProjectInput,
  type UpdateProjectInput,
} from '../../api/projects.ts';
import { workKeys } from './workQueryKeys.ts';

export function useProjects(collaborationId: string) {
  return useQuery({
    queryKey: workKeys.projects(collaborationId),
    queryFn: () => listProjects(collaborationId),
    select: (d) => d.items,
  });
}

export function useProject(collaborationId: string, projectId: string) {
  return useQuery({ queryKey: workKeys.project(collaborationId, projectId), queryFn: () => getProject(projectId) });
}

export function usePeople(collaborationId: string) {
  return useQuery({
    queryKey: workKeys.people(collaborationId),
    queryFn: () => listPeople(collaborationId),
    select: (d) => d.items,
    staleTime: 60_000,
  });
}

function useInvalidateProjects(collaborationId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: workKeys.projects(collaborationId) });
    void queryClient.invalidateQueries({ queryKey: workKeys.activity(collaborationId) });
  };
}

export function useCreateProject(collaborationId: string) {
  const invalidate = useInvalidateProjects(collaborationId);
  return useMutation({
    mutationFn: (input: CreateProjectInput) => createProject(collaborationId, input),
    onSuccess: invalidate,
  });
}

export function useUpdateProject(collaborationId: string, projectId: string) {
  const invalidate = useInvalidateProjects(collaborationId);
  return useMutation({
    mutationFn: (input: UpdateProjectInput) => updateProject(projectId, input),
    onSuccess: invalidate,
  });
}

export function useCreateMilestone(collaborationId: string, projectId: string) {
  const invalidate = useInvalidateProjects(collaborationId);
  return useMutation({
    mutationFn: (input: CreateMilestoneInput) => createMilestone(projectId, input),
    onSuccess: invalidate,
  });
}

export function useCompleteMilestone(collaborationId: string) {
  const invalidate = useInvalidateProjects(collaborationId);
  return useMutation({
    mutationFn: ({ milestoneId, completed }: { milestoneId: string; completed: boolean }) =>
      updateMilestone(milestoneId, { completed }),
    onSuccess: invalidate,
  });
}
