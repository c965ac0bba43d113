import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/client.ts';
import { searchDirectory } from '../../api/networks.ts';
import { getOrg } from '../../api/orgs.ts';
import { useNetworks } from '../networks/useNetworks.ts';

export interface PartyCandidate {
  id: string;
  name: string;
  where: string;
  networkName: string | null;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const looksLikeOrgId = (text: string) => uuidPattern.test(text.trim());

/** The networks whose member directory the user may search: those they manage or belong to. */
function useMyNetworks() {
  const networks = useNetworks();
  const mine = (networks.data ?? []).filter(
    (n) => n.abilities.manage || n.myMemberships.some((m) => m.status === 'active'),
  );
  return { networks: mine, isPending: networks.isPending };
}

/**
 * Organizations matching the text in the directories of the user's networks; a pasted id is looked up
 * directly (it works for any organization the user may see, in a network or public).
 */
export function usePartySearch(text: string) {
  const { networks, isPending } = useMyNetworks();
  const query = text.trim();
  const networkIds = networks.map((n) => n.id);
  const search = useQuery({
    queryKey: ['party-search', query, networkIds],
    enabled: query.length >= 2 && !isPending,
    staleTime: 60_000,
    queryFn: async (): Promise<PartyCandidate[]> => {
      if (looksLikeOrgId(query)) {
        try {
          const org = await getOrg(query.toLowerCase());
          return [
            {
              id: org.id,
              name: org.name,
              where: [org.city, org.country].filter(Boolean).join(', '),
              networkName: null,
            },
          ];
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) return [];
          throw error;
        }
      }
      const pages = await Promise.all(networks.map((n) => searchDirectory(n.id, { q: query, limit: 10 })));
      const byId = new Map<string, PartyCandidate>();
      pages.forEach((page, index) => {
        for (const entry of page.items) {
          if (byId.has(entry.id)) continue;
          const where = [entry.city, entry.country].filter(Boolean).join(', ');
          byId.set(entry.id, { id: entry.id, name: entry.name, where, networkName: networks[index]?.name ?? null });
        }
      });
      return [...byId.values()];
    },
  });
  return { ...search, networkCount: networks.length };
}
