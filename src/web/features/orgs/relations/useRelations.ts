import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createRelation,
  deleteRelation,
  listRelations,
  updateRelation,
  type CreateRelationInput,
  type UpdateRelationInput,
} from '../../../api/networkAnalytics.ts';

export const relationKeys = { of: (orgId: string) => ['orgs', orgId, 'relations'] as const };

export function useRelations(orgId: string) {
  return useQuery({ queryKey: relationKeys.of(orgId), queryFn: () => listRelations(orgId) });
}

export type SaveRelation = { id: null; input: CreateRelationInput } | { id: string; input: UpdateRelationInput };

export function useSaveRelation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (save: SaveRelation) =>
      save.id === null ? createRelation(orgId, save.input) : updateRelation(orgId, save.id, save.input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: relationKeys.of(orgId) }),
  });
}

export function useRemoveRelation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (relationId: string) => deleteRelation(orgId, relationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: relationKeys.of(orgId) }),
  });
}
