import { createBrowserRouter, Navigate } from 'react-router';
import { ApiTokensPage } from '../features/auth/ApiTokensPage.tsx';
import { RequireSignedIn } from '../features/auth/RequireSignedIn.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { SignUpPage } from '../features/auth/SignUpPage.tsx';
import { CollaborationPage } from '../features/collaborations/CollaborationPage.tsx';
import { CollaborationsPage } from '../features/collaborations/CollaborationsPage.tsx';
import { DirectoryPage } from '../features/networks/DirectoryPage.tsx';
import { IntroductionsPage } from '../features/introductions/IntroductionsPage.tsx';
import { LazyMyPositionPage } from '../features/network-analytics/lazyPages.tsx';
import { NetworkPage } from '../features/networks/NetworkPage.tsx';
import { NetworksPage } from '../features/networks/NetworksPage.tsx';
import { NotificationPreferencesPage } from '../features/notifications/NotificationPreferencesPage.tsx';
import { NotificationsPage } from '../features/notifications/NotificationsPage.tsx';
import { OutboxPage } from '../features/notifications/OutboxPage.tsx';
import { CreateOrgPage } from '../features/orgs/CreateOrgPage.tsx';
import { InvitationAcceptPage } from '../features/orgs/InvitationAcceptPage.tsx';
import { MyOrgPage } from '../features/orgs/MyOrgPage.tsx';
import { PartnersPage } from '../features/partners/PartnersPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { HomeRedirect } from './HomeRedirect.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteErrorPage } from './RouteErrorPage.tsx';

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/sign-up', element: <SignUpPage /> },
      { path: '/invitations/:token', element: <InvitationAcceptPage /> },
      {
        element: <RequireSignedIn />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomeRedirect /> },
              { path: '/org/new', element: <CreateOrgPage /> },
              { path: '/org', element: <Navigate to="/org/identity" replace /> },
              { path: '/org/:tab', element: <MyOrgPage /> },
              { path: '/networks', element: <NetworksPage /> },
              { path: '/networks/:networkId', element: <NetworkPage /> },
              { path: '/networks/:networkId/:tab', element: <NetworkPage /> },
              { path: '/directory', element: <DirectoryPage /> },
              { path: '/position', element: <LazyMyPositionPage /> },
              { path: '/partners', element: <PartnersPage /> },
              { path: '/partners/:tab', element: <PartnersPage /> },
              { path: '/introductions', element: <IntroductionsPage /> },
              { path: '/collaborations', element: <CollaborationsPage /> },
              { path: '/collaborations/:collaborationId', element: <CollaborationPage /> },
              { path: '/collaborations/:collaborationId/:tab', element: <CollaborationPage /> },
              { path: '/tokens', element: <ApiTokensPage /> },
              { path: '/notifications', element: <NotificationsPage /> },
              { path: '/settings/notifications', element: <NotificationPreferencesPage /> },
              { path: '/outbox', element: <OutboxPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
