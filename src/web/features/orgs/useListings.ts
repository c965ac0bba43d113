import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addListing,
  changeListing,
  listListings,
  removeListing,
  type ListingInput,
  type ListingKind,
} from '../../api/orgs.ts';
import { orgKeys } from './orgQueryKeys.ts';

export function useListings(orgId: string, kind: ListingKind) {
  return useQuery({
    queryKey: orgKeys.listings(orgId, kind),
    queryFn: () => listListings(orgId, kind),
    select: (d) => d.items,
  });
}

export function useSaveListing(orgId: string, kind: ListingKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: ListingInput }) =>
      id === null ? addListing(orgId, kind, input) : changeListing(orgId, kind, id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.listings(orgId, kind) }),
  });
}

export function useRemoveListing(orgId: string, kind: ListingKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (listingId: string) => removeListing(orgId, kind, listingId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.listings(orgId, kind) }),
  });
}
