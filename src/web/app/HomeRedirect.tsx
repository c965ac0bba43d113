import { Navigate } from 'react-router';
import { useCurrentOrg } from '../features/orgs/CurrentOrgContext.ts';

/** A user without an organization starts by creating one; everyone else lands on their profile. */
export function HomeRedirect() {
  const { currentOrg } = useCurrentOrg();
  return <Navigate to={currentOrg ? '/org/identity' : '/org/new'} replace />;
}
