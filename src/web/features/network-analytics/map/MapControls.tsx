import { Chip, Group, MultiSelect, Select, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { naceByCode } from '../../../../common/reference/nace.ts';
import { tieTypes } from '../../../../common/networkAnalytics.ts';
import type { TieType } from '../../../api/networkAnalytics.ts';
import { regionKey, type MapView } from '../mapAppearance.ts';
import type { MapModel } from '../mapGraph.ts';
import { mapMetricKeys, memberMetricInfo, type MapMetricKey } from '../metricCatalog.ts';
import { tieTypeLabels } from '../shared/tieTypeLabels.ts';

interface MapControlsProps {
  model: MapModel;
  view: MapView;
  onChange: (view: MapView) => void;
  onFind: (orgId: string) => void;
  canSeeVulnerability: boolean;
}

function metricOptions(canSeeVulnerability: boolean) {
  return mapMetricKeys
    .filter((key) => key !== 'vulnerability' || canSeeVulnerability)
    .map((key) => ({ value: key, label: memberMetricInfo[key].label }));
}

function countBy(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

export function MapControls({ model, view, onChange, onFind, canSeeVulnerability }: MapControlsProps) {
  const members = useMemo(() => [...model.membersById.values()], [model]);
  const sectorOptions = useMemo(() => {
    const counts = countBy(members.map((m) => m.sector ?? 'Unknown'));
    return [...counts.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([code, count]) => ({ value: code, label: `${code} ${naceByCode.get(code)?.label ?? ''} (${count})` }));
  }, [members]);
  const regionOptions = useMemo(() => {
    const counts = countBy(members.map(regionKey));
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([region, count]) => ({ value: region, label: `${region} (${count})` }));
  }, [members]);
  const searchOptions = useMemo(
    () => members.map((m) => ({ value: m.orgId, label: m.name })).sort((a, b) => a.label.localeCompare(b.label)),
    [members],
  );
  const metrics = metricOptions(canSeeVulnerability);

  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label="Find a member"
          placeholder="Type a name"
          data={searchOptions}
          searchable
          limit={20}
          value={null}
          onChange={(orgId) => orgId && onFind(orgId)}
          w={240}
          nothingFoundMessage="No member by that name"
        />
        <Select
          label="Size by"
          data={metrics}
          value={view.sizeBy}
          onChange={(value) => value && onChange({ ...view, sizeBy: value as MapMetricKey })}
          allowDeselect={false}
          w={170}
        />
        <Select
          label="Colour by"
          data={[{ value: 'community', label: 'Community' }, ...metrics]}
          value={view.colorBy}
          onChange={(value) => value && onChange({ ...view, colorBy: value as MapView['colorBy'] })}
          allowDeselect={false}
          w={170}
        />
        <MultiSelect
          label="Sectors"
          placeholder={view.sectors.length === 0 ? 'All sectors' : undefined}
          data={sectorOptions}
          value={view.sectors}
          onChange={(sectors) => onChange({ ...view, sectors })}
          searchable
          clearable
          w={220}
          comboboxProps={{ width: 360, position: 'bottom-start' }}
        />
        <MultiSelect
          label="Regions"
          placeholder={view.regions.length === 0 ? 'All regions' : undefined}
          data={regionOptions}
          value={view.regions}
          onChange={(regions) => onChange({ ...view, regions })}
          searchable
          clearable
          w={200}
          comboboxProps={{ width: 300, position: 'bottom-start' }}
        />
      </Group>
      <Chip.Group
        multiple
        value={view.tieTypes}
        onChange={(values) => onChange({ ...view, tieTypes: values as TieType[] })}
      >
        <Group gap="xs">
          {tieTypes.map((type) => (
            <Chip key={type} value={type} size="xs" variant="light">
              {tieTypeLabels[type]} ties
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Stack>
  );
}
