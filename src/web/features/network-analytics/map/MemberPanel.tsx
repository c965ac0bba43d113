import { ActionIcon, Badge, Button, Group, ScrollArea, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { naceByCode } from '../../../../common/reference/nace.ts';
import type { MapMember } from '../../../api/networkAnalytics.ts';
import { Hint } from '../../../components/Hint.tsx';
import { regionKey } from '../mapAppearance.ts';
import type { MapModel } from '../mapGraph.ts';
import { formatMetric, memberMetricInfo } from '../metricCatalog.ts';
import { MemberMetricsTable } from '../shared/MemberMetricsTable.tsx';
import { MemberTiesList } from './MemberTiesList.tsx';
import { MemberVulnerabilitySection } from './MemberVulnerabilitySection.tsx';

interface MemberPanelProps {
  networkId: string;
  model: MapModel;
  member: MapMember;
  inWhatIf: boolean;
  canWhatIf: boolean;
  onSelect: (orgId: string | null) => void;
  onWhatIfOnly: (orgId: string) => void;
  onToggleWhatIf: (orgId: string) => void;
}

function MemberHeader({ member, onClose }: { member: MapMember; onClose: () => void }) {
  const sector = member.sector ? naceByCode.get(member.sector) : undefined;
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={2} size="h4" data-testid="member-panel-name">
          {member.name}
        </Title>
        <Tooltip label="Close">
          <ActionIcon variant="subtle" color="gray" onClick={onClose} aria-label="Close member panel">
            ×
          </ActionIcon>
        </Tooltip>
      </Group>
      <Text size="xs" c="dimmed">
        {sector ? `${sector.code} · ${sector.label}` : 'Sector unknown'} · {regionKey(member)}
      </Text>
      <Group gap={6}>
        <Badge variant="light" color="gray">
          Community {member.community + 1}
        </Badge>
        {member.metrics.articulation && (
          <Hint label="Removing this member would split the network into parts that cannot reach each other.">
            <Badge color="dark" variant="filled">
              Articulation point
            </Badge>
          </Hint>
        )}
        {member.vulnerability !== null && (
          <Badge variant="light" color="orange">
            Vulnerability {formatMetric(member.vulnerability, memberMetricInfo.vulnerability.format)}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}

export function MemberPanel(props: MemberPanelProps) {
  const { networkId, model, member, inWhatIf, canWhatIf } = props;
  const [tab, setTab] = useState<string | null>('metrics');
  return (
    <Stack gap="sm" h="100%" data-testid="member-panel">
      <MemberHeader member={member} onClose={() => props.onSelect(null)} />
      {canWhatIf && (
        <Group gap="xs">
          <Button size="xs" color="red" variant="light" onClick={() => props.onWhatIfOnly(member.orgId)}>
            What if it left?
          </Button>
          <Button size="xs" variant="default" onClick={() => props.onToggleWhatIf(member.orgId)}>
            {inWhatIf ? 'Remove from what-if set' : 'Add to what-if set'}
          </Button>
        </Group>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false} style={{ flex: 1, minHeight: 0 }}>
        <Tabs.List>
          <Tabs.Tab value="metrics">Metrics</Tabs.Tab>
          <Tabs.Tab value="vulnerability">Vulnerability</Tabs.Tab>
          <Tabs.Tab value="ties">Ties ({model.tiesByMember.get(member.orgId)?.length ?? 0})</Tabs.Tab>
        </Tabs.List>
        <ScrollArea h="calc(100% - 40px)" pt="xs" type="auto">
          <Tabs.Panel value="metrics">
            <MemberMetricsTable metrics={member.metrics} />
          </Tabs.Panel>
          <Tabs.Panel value="vulnerability">
            <MemberVulnerabilitySection networkId={networkId} orgId={member.orgId} />
          </Tabs.Panel>
          <Tabs.Panel value="ties">
            <MemberTiesList model={model} orgId={member.orgId} onSelect={props.onSelect} />
          </Tabs.Panel>
        </ScrollArea>
      </Tabs>
    </Stack>
  );
}
