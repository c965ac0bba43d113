import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createNetwork,
  getNetwork,
  listNetworks,
  requestToJoin,
  searchDirectory,
  updateNetwork,
  type CreateNetworkInput,
  type DirectorySearch,
  type UpdateNetworkInput,
} from '../../api/networks.ts';
import { networkKeys } from './networkQueryKeys.ts';

export function useNetworks() {
  return useQuery({ queryKey: networkKeys.all, queryFn: listNetworks, select: (d) => d.items });
}

export function useNetwork(networkId: string) {
  return useQuery({ queryKey: networkKeys.one(networkId), queryFn: () => getNetwork(networkId) });
}

export function useCreateNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateNetworkInput) => createNetwork(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.all }),
  });
}

export function useUpdateNetwork(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateNetworkInput) => updateNetwork(networkId, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.all }),
  });
}

export function useRequestToJoin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ networkId, orgId }: { networkId: string; orgId: string }) => requestToJoin(networkId, orgId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.all }),
  });
}

export function useDirectory(networkId: string, search: DirectorySearch, enabled = true) {
  return useQuery({
    queryKey: networkKeys.directory(networkId, search),
    queryFn: () => searchDirectory(networkId, search),
    placeholderData: keepPreviousData,
    enabled,
  });
}
