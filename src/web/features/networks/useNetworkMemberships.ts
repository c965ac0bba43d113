import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  importMembersCsv,
  inviteOrgToNetwork,
  listMemberships,
  removeMembership,
  setMembershipStatus,
  unverifyMember,
  verifyMember,
} from '../../api/networks.ts';
import { networkKeys } from './networkQueryKeys.ts';

export function useNetworkMemberships(networkId: string) {
  return useQuery({
    queryKey: networkKeys.memberships(networkId),
    queryFn: () => listMemberships(networkId),
    select: (d) => d.items,
  });
}

/** After any membership change the directory, the member counts and the lists all move. */
function useInvalidateNetwork(networkId: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient
      .invalidateQueries({ queryKey: networkKeys.one(networkId) })
      .then(() => queryClient.invalidateQueries({ queryKey: networkKeys.all, exact: true }));
}

export function useSetMembershipStatus(networkId: string) {
  const invalidate = useInvalidateNetwork(networkId);
  return useMutation({
    mutationFn: ({ orgId, status }: { orgId: string; status: 'active' | 'suspended' }) =>
      setMembershipStatus(networkId, orgId, status),
    onSuccess: invalidate,
  });
}

export function useSetMemberVerified(networkId: string) {
  const invalidate = useInvalidateNetwork(networkId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orgId, verified }: { orgId: string; verified: boolean }) =>
      verified ? verifyMember(networkId, orgId) : unverifyMember(networkId, orgId),
    onSuccess: () => {
      // Verification counts in the trust component, so partner suggestions may rank differently now.
      void queryClient.invalidateQueries({ queryKey: ['matches'] });
      return invalidate();
    },
  });
}

export function useRemoveMembership(networkId: string) {
  const invalidate = useInvalidateNetwork(networkId);
  return useMutation({ mutationFn: (orgId: string) => removeMembership(networkId, orgId), onSuccess: invalidate });
}

export function useInviteOrgToNetwork(networkId: string) {
  const invalidate = useInvalidateNetwork(networkId);
  return useMutation({ mutationFn: (orgId: string) => inviteOrgToNetwork(networkId, orgId), onSuccess: invalidate });
}

export function useImportMembersCsv(networkId: string) {
  const invalidate = useInvalidateNetwork(networkId);
  return useMutation({
    mutationFn: ({ csv, skipInvalid }: { csv: string; skipInvalid: boolean }) =>
      importMembersCsv(networkId, csv, skipInvalid),
    onSuccess: invalidate,
  });
}
