import { createContext, useContext } from 'react';
import type { Org } from '../../api/orgs.ts';

export interface CurrentOrgState {
  orgs: Org[];
  /** The organization the user works on now; null when they belong to none. */
  currentOrg: Org | null;
  selectOrg: (orgId: string) => void;
}

export const currentOrgStorageKey = 'synergia.currentOrgId';

export const CurrentOrgContext = createContext<CurrentOrgState | null>(null);

export function useCurrentOrg(): CurrentOrgState {
  const state = useContext(CurrentOrgContext);
  if (!state) throw new Error('useCurrentOrg must be used inside CurrentOrgProvider');
  return state;
}
