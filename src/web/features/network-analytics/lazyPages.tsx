import { lazy, Suspense } from 'react';
import { PageLoader } from '../../components/PageLoader.tsx';

// The map (sigma, graphology) and the charts (echarts) load only when a page needs them, keeping
// them out of the bundle every other page downloads.

const NetworkMapTab = lazy(() => import('./NetworkMapTab.tsx').then((m) => ({ default: m.NetworkMapTab })));
const NetworkDashboardTab = lazy(() =>
  import('./NetworkDashboardTab.tsx').then((m) => ({ default: m.NetworkDashboardTab })),
);
const MyPositionPage = lazy(() => import('./position/MyPositionPage.tsx').then((m) => ({ default: m.MyPositionPage })));

export function LazyNetworkMapTab({ networkId }: { networkId: string }) {
  return (
    <Suspense fallback={<PageLoader label="Loading the map…" />}>
      <NetworkMapTab networkId={networkId} />
    </Suspense>
  );
}

export function LazyNetworkDashboardTab({ networkId }: { networkId: string }) {
  return (
    <Suspense fallback={<PageLoader label="Loading the dashboard…" />}>
      <NetworkDashboardTab networkId={networkId} />
    </Suspense>
  );
}

export function LazyMyPositionPage() {
  return (
    <Suspense fallback={<PageLoader />}>
      <MyPositionPage />
    </Suspense>
  );
}
