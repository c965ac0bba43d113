import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { changeMemberRole, listMembers, removeMember } from '../../api/orgs.ts';
import type { OrgRole } from '../../../common/vocabulary.ts';
import { orgKeys } from './orgQueryKeys.ts';

export function useOrgMembers(orgId: string) {
  return useQuery({ queryKey: orgKeys.members(orgId), queryFn: () => listMembers(orgId), select: (d) => d.items });
}

export function useChangeMemberRole(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: OrgRole }) => changeMemberRole(orgId, userId, role),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['orgs'] }),
  });
}

export function useRemoveMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeMember(orgId, userId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs'] }),
  });
}
