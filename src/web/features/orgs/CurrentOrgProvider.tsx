import { useLocalStorage } from '@mantine/hooks';
import { useMemo, type ReactNode } from 'react';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { CurrentOrgContext, currentOrgStorageKey, type CurrentOrgState } from './CurrentOrgContext.ts';
import { useMyOrgs } from './useMyOrgs.ts';

/** Loads the user's organizations and remembers which one they work on, per browser. */
export function CurrentOrgProvider({ children }: { children: ReactNode }) {
  const orgs = useMyOrgs();
  const [storedOrgId, setStoredOrgId] = useLocalStorage<string | null>({
    key: currentOrgStorageKey,
    defaultValue: null,
  });
  const state = useMemo<CurrentOrgState>(() => {
    const items = orgs.data ?? [];
    const currentOrg = items.find((o) => o.id === storedOrgId) ?? items[0] ?? null;
    return { orgs: items, currentOrg, selectOrg: setStoredOrgId };
  }, [orgs.data, storedOrgId, setStoredOrgId]);

  if (orgs.isPending) return <PageLoader label="Loading your organizations…" />;
  if (orgs.isError) return <QueryErrorAlert error={orgs.error} onRetry={() => void orgs.refetch()} />;
  return <CurrentOrgContext.Provider value={state}>{children}</CurrentOrgContext.Provider>;
}
