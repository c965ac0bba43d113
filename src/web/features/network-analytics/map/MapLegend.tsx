import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { tieTypes } from '../../../../common/networkAnalytics.ts';
import { communityColor, sequentialGradient, type RankScale } from '../colorScale.ts';
import type { MapView } from '../mapAppearance.ts';
import { tieTypeColors } from '../mapGraph.ts';
import { formatMetric, memberMetricInfo, type MapMetricKey } from '../metricCatalog.ts';
import { tieTypeLabels } from '../shared/tieTypeLabels.ts';

function Swatch({ color, round = true }: { color: string; round?: boolean }) {
  return <Box w={10} h={round ? 10 : 3} bg={color} style={{ borderRadius: round ? 5 : 0, flexShrink: 0 }} />;
}

function ColorLegend({ view, scale, communities }: { view: MapView; scale: RankScale | null; communities: number }) {
  if (view.colorBy === 'community' || scale === null) {
    return (
      <Group gap={4} wrap="nowrap">
        {Array.from({ length: Math.min(communities, 8) }, (_, rank) => (
          <Swatch key={rank} color={communityColor(rank)} />
        ))}
        <Text size="xs">
          {communities} {communities === 1 ? 'community' : 'communities'}, largest first
        </Text>
      </Group>
    );
  }
  const info = memberMetricInfo[view.colorBy as MapMetricKey];
  return (
    <Stack gap={2} data-testid="map-color-legend">
      <Text size="xs" fw={600}>
        Colour: {info.label} (by rank)
      </Text>
      <Box h={8} w={200} style={{ background: sequentialGradient, borderRadius: 4 }} />
      <Group justify="space-between" w={200}>
        <Text size="xs">{formatMetric(scale.min, info.format)}</Text>
        <Text size="xs">median {formatMetric(scale.median, info.format)}</Text>
        <Text size="xs">{formatMetric(scale.max, info.format)}</Text>
      </Group>
    </Stack>
  );
}

export function MapLegend(props: { view: MapView; scale: RankScale | null; communities: number }) {
  return (
    <Paper
      withBorder
      p={8}
      radius="sm"
      shadow="xs"
      style={{ position: 'absolute', left: 8, bottom: 8, background: 'rgba(255,255,255,0.92)' }}
    >
      <Stack gap={6}>
        <ColorLegend {...props} />
        <Text size="xs">Size: {memberMetricInfo[props.view.sizeBy].label}</Text>
        <Group gap={10}>
          {tieTypes.map((type) => (
            <Group key={type} gap={4} wrap="nowrap">
              <Swatch color={tieTypeColors[type].replace(/[\d.]+\)$/, '1)')} round={false} />
              <Text size="xs">{tieTypeLabels[type]}</Text>
            </Group>
          ))}
          <Group gap={4} wrap="nowrap">
            <Box w={10} h={10} style={{ borderRadius: 5, border: '2px solid #212529', flexShrink: 0 }} />
            <Text size="xs">Articulation point</Text>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
