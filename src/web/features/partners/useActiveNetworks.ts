import { useMemo } from 'react';
import { useNetworks } from '../networks/useNetworks.ts';

/**
 * The networks in which the organization is an active member, by name: suggestions come from one of
 * them, by default the one with the most members (the server's default too).
 */
export function useActiveNetworks(orgId: string) {
  const networks = useNetworks();
  const active = useMemo(
    () =>
      (networks.data ?? [])
        .filter((n) => n.myMemberships.some((m) => m.orgId === orgId && m.status === 'active'))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [networks.data, orgId],
  );
  const largest = useMemo(
    () =>
      active.reduce<(typeof active)[number] | undefined>(
        (best, n) => (best && best.memberCount >= n.memberCount ? best : n),
        undefined,
      ),
    [active],
  );
  return { ...networks, active, largest };
}
