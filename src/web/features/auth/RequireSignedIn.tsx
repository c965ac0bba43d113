import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { withNext } from './safeNextPath.ts';
import { useCurrentUser } from './useCurrentUser.ts';

/** Renders the nested routes for a signed-in user; sends everyone else to sign in and back. */
export function RequireSignedIn() {
  const location = useLocation();
  const currentUser = useCurrentUser();
  if (currentUser.isPending) return <PageLoader />;
  if (currentUser.isError)
    return <QueryErrorAlert error={currentUser.error} onRetry={() => void currentUser.refetch()} />;
  if (!currentUser.data) {
    return <Navigate to={withNext('/sign-in', `${location.pathname}${location.search}`)} replace />;
  }
  return <Outlet />;
}
