import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createCollaboration,
  exitCollaboration,
  getCollaboration,
  inviteParty,
  listCollaborations,
  respondToInvitation,
  transitionCollaboration,
  type Collaboration,
  type CreateCollaborationInput,
} from '../../api/collaborations.ts';
import type { CollaborationState } from '../../../common/collaboration.ts';
import { collaborationKeys } from './collaborationQueryKeys.ts';

export function useCollaborations() {
  return useQuery({ queryKey: collaborationKeys.all, queryFn: listCollaborations, select: (d) => d.items });
}

export function useCollaboration(collaborationId: string) {
  return useQuery({
    queryKey: collaborationKeys.one(collaborationId),
    queryFn: () => getCollaboration(collaborationId),
  });
}

/** A changed collaboration also moves the list, the ledger and (through state or parties) the agreement. */
function useStoreCollaboration() {
  const queryClient = useQueryClient();
  return (collaboration: Collaboration | undefined, collaborationId: string) => {
    if (collaboration) queryClient.setQueryData(collaborationKeys.one(collaborationId), collaboration);
    void queryClient.invalidateQueries({ queryKey: collaborationKeys.all, exact: true });
    void queryClient.invalidateQueries({ queryKey: collaborationKeys.versions(collaborationId) });
    void queryClient.invalidateQueries({ queryKey: ['ledgers'] });
  };
}

export function useCreateCollaboration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCollaborationInput) => createCollaboration(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: collaborationKeys.all, exact: true }),
  });
}

export function useRespondToInvitation() {
  const store = useStoreCollaboration();
  return useMutation({
    mutationFn: ({ collaborationId, orgId, accept }: { collaborationId: string; orgId: string; accept: boolean }) =>
      respondToInvitation(collaborationId, orgId, accept),
    onSuccess: (collaboration, { collaborationId }) => store(collaboration, collaborationId),
  });
}

export function useInviteParty(collaborationId: string) {
  const store = useStoreCollaboration();
  return useMutation({
    mutationFn: (orgId: string) => inviteParty(collaborationId, orgId),
    onSuccess: (collaboration) => store(collaboration, collaborationId),
  });
}

export function useTransitionCollaboration(collaborationId: string) {
  const store = useStoreCollaboration();
  return useMutation({
    mutationFn: ({ to, reason }: { to: CollaborationState; reason: string }) =>
      transitionCollaboration(collaborationId, to, reason),
    onSuccess: (collaboration) => store(collaboration, collaborationId),
  });
}

export function useExitCollaboration(collaborationId: string) {
  const store = useStoreCollaboration();
  return useMutation({
    mutationFn: ({ orgId, reason }: { orgId: string; reason: string }) =>
      exitCollaboration(collaborationId, orgId, reason),
    onSuccess: (collaboration) => store(collaboration, collaborationId),
  });
}
