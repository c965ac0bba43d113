import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listPartnerRatings, ratePartner, type RatePartnerInput } from '../../api/collaborations.ts';
import { collaborationKeys } from './collaborationQueryKeys.ts';

export function usePartnerRatings(collaborationId: string, enabled = true) {
  return useQuery({
    queryKey: collaborationKeys.ratings(collaborationId),
    queryFn: () => listPartnerRatings(collaborationId),
    select: (d) => d.items,
    enabled,
  });
}

export function useRatePartner(collaborationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RatePartnerInput) => ratePartner(collaborationId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: collaborationKeys.ratings(collaborationId) });
      // Ratings feed the trust component, so partner suggestions may rank differently now.
      void queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
}
