import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createOrg,
  listMyOrgs,
  updateOrg,
  type CreateOrgInput,
  type Org,
  type UpdateOrgInput,
} from '../../api/orgs.ts';
import { orgKeys } from './orgQueryKeys.ts';

export function useMyOrgs() {
  return useQuery({ queryKey: orgKeys.mine, queryFn: listMyOrgs, select: (data) => data.items });
}

export function useCreateOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateOrgInput) => createOrg(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.mine }),
  });
}

export function useUpdateOrg(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateOrgInput) => updateOrg(orgId, changes),
    onSuccess: (org: Org) => {
      queryClient.setQueryData<{ items: Org[] }>(orgKeys.mine, (data) =>
        data ? { items: data.items.map((o) => (o.id === org.id ? org : o)) } : data,
      );
      // The culture defaults follow the country.
      void queryClient.invalidateQueries({ queryKey: orgKeys.strategicProfile(orgId) });
    },
  });
}
