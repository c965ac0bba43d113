import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addResource,
  changeResource,
  listResources,
  removeResource,
  type ResourceChanges,
  type ResourceInput,
} from '../../api/orgs.ts';
import { orgKeys } from './orgQueryKeys.ts';

export function useResources(orgId: string) {
  return useQuery({ queryKey: orgKeys.resources(orgId), queryFn: () => listResources(orgId), select: (d) => d.items });
}

export function useSaveResource(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: ResourceInput & ResourceChanges }) =>
      id === null ? addResource(orgId, input) : changeResource(orgId, id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.resources(orgId) }),
  });
}

export function useRemoveResource(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resourceId: string) => removeResource(orgId, resourceId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.resources(orgId) }),
  });
}
