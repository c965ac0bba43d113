import { Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type Sigma from 'sigma';
import type { NetworkAnalytics, Snapshot } from '../../../api/networkAnalytics.ts';
import { rankScale } from '../colorScale.ts';
import { useForceLayout } from '../layout/useForceLayout.ts';
import { applyAppearance, defaultMapView, type MapView } from '../mapAppearance.ts';
import { buildMapModel, type MapEdgeAttributes, type MapNodeAttributes } from '../mapGraph.ts';
import { memberMetricValue, type MapMetricKey } from '../metricCatalog.ts';
import { useWhatIf } from '../useNetworkAnalytics.ts';
import { WhatIfPanel } from '../whatif/WhatIfPanel.tsx';
import { MapControls } from './MapControls.tsx';
import { MapLegend } from './MapLegend.tsx';
import { MapOverview } from './MapOverview.tsx';
import { MemberPanel } from './MemberPanel.tsx';
import { SigmaMap, type MapFocus } from './SigmaMap.tsx';

type MapSigma = Sigma<MapNodeAttributes, MapEdgeAttributes>;

interface NetworkMapViewProps {
  networkId: string;
  analytics: NetworkAnalytics;
  snapshot: Snapshot;
}

function LayoutStatusBadge({ layout }: { layout: ReturnType<typeof useForceLayout> }) {
  const { status } = layout;
  return (
    <Group gap={6} style={{ position: 'absolute', right: 8, top: 8 }}>
      <Text size="xs" c="dimmed" data-testid="layout-status">
        {status.running ? `Arranging the map… (${status.iterations} steps)` : 'Map arranged'}
      </Text>
      <Button size="compact-xs" variant="default" onClick={status.running ? layout.stop : layout.rerun}>
        {status.running ? 'Stop' : 'Rearrange'}
      </Button>
    </Group>
  );
}

export function NetworkMapView({ networkId, analytics, snapshot }: NetworkMapViewProps) {
  const model = useMemo(() => buildMapModel(snapshot), [snapshot]);
  const [view, setView] = useState<MapView>(defaultMapView);
  const [searchParams] = useSearchParams();
  const [initialMember] = useState(() => {
    const orgId = searchParams.get('member');
    return orgId && model.membersById.has(orgId) ? orgId : null;
  });
  const [selected, setSelected] = useState<string | null>(initialMember);
  const [removed, setRemoved] = useState<string[]>([]);
  const [visibleMembers, setVisibleMembers] = useState(snapshot.members.length);
  const sigmaRef = useRef<MapSigma | null>(null);
  const layout = useForceLayout(model.graph, snapshot.id);
  const whatIf = useWhatIf(networkId);

  useEffect(() => setVisibleMembers(applyAppearance(model, view).visibleMembers), [model, view]);
  const colorScale = useMemo(
    () =>
      view.colorBy === 'community'
        ? null
        : rankScale(snapshot.members.map((m) => memberMetricValue(m, view.colorBy as MapMetricKey))),
    [snapshot, view.colorBy],
  );
  const focus = useMemo<MapFocus>(() => ({ selected, removed: new Set(removed) }), [selected, removed]);
  const onReady = useCallback((sigma: MapSigma | null) => {
    sigmaRef.current = sigma;
  }, []);

  const select = useCallback(
    (orgId: string | null, moveCamera = false) => {
      setSelected(orgId);
      const sigma = sigmaRef.current;
      const display = orgId && sigma ? sigma.getNodeDisplayData(orgId) : undefined;
      if (moveCamera && sigma && display) {
        const ratio = model.graph.order > 2000 ? 0.12 : 0.35;
        void sigma.getCamera().animate({ x: display.x, y: display.y, ratio }, { duration: 450 });
      }
    },
    [model],
  );
  // A link from the dashboard names a member: centre the map on it once sigma exists.
  useEffect(() => {
    if (initialMember) select(initialMember, true);
  }, [initialMember, select]);

  const toggleWhatIf = (orgId: string) =>
    setRemoved((current) => (current.includes(orgId) ? current.filter((id) => id !== orgId) : [...current, orgId]));
  const whatIfOnly = (orgId: string) => {
    setRemoved([orgId]);
    whatIf.mutate([orgId]);
  };
  const member = selected ? model.membersById.get(selected) : undefined;

  return (
    <Stack gap="sm">
      <MapControls
        model={model}
        view={view}
        onChange={setView}
        onFind={(orgId) => select(orgId, true)}
        canSeeVulnerability={snapshot.members.some((m) => m.vulnerability !== null)}
      />
      <Group align="stretch" gap="sm" wrap="nowrap">
        <Paper withBorder radius="md" style={{ flex: 1, minWidth: 0, overflow: 'hidden' }}>
          <Box h={640} pos="relative">
            <SigmaMap model={model} focus={focus} onSelect={select} onReady={onReady} />
            <LayoutStatusBadge layout={layout} />
            <MapLegend view={view} scale={colorScale} communities={model.communityCount} />
            <Text size="xs" c="dimmed" style={{ position: 'absolute', left: 10, top: 8 }}>
              {visibleMembers === snapshot.members.length
                ? `${snapshot.members.length} members`
                : `${visibleMembers} of ${snapshot.members.length} members shown`}
            </Text>
          </Box>
        </Paper>
        <Paper withBorder radius="md" p="sm" w={360} h={642} style={{ flexShrink: 0, overflow: 'hidden' }}>
          {member ? (
            <MemberPanel
              networkId={networkId}
              model={model}
              member={member}
              inWhatIf={removed.includes(member.orgId)}
              canWhatIf={analytics.abilities.whatIf}
              onSelect={(orgId) => select(orgId)}
              onWhatIfOnly={whatIfOnly}
              onToggleWhatIf={toggleWhatIf}
            />
          ) : (
            <MapOverview members={model.membersById} onSelect={(orgId) => select(orgId, true)} />
          )}
        </Paper>
      </Group>
      {removed.length > 0 && (
        <WhatIfPanel
          removed={removed}
          nameOf={(orgId) => model.membersById.get(orgId)?.name ?? 'Unknown member'}
          whatIf={whatIf}
          onToggle={toggleWhatIf}
          onClear={() => {
            setRemoved([]);
            whatIf.reset();
          }}
        />
      )}
    </Stack>
  );
}
