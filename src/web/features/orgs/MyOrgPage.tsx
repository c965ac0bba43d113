import { Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { Navigate, useNavigate, useParams } from 'react-router';
import { roleLabels } from '../../components/vocabularyLabels.ts';
import { VisibilityBadge } from '../../components/VisibilityBadge.tsx';
import { useCountries } from '../reference/useCountries.ts';
import { useNaceCodes } from '../reference/useNaceCodes.ts';
import { useCurrentOrg } from './CurrentOrgContext.ts';
import { IdentityTab } from './identity/IdentityTab.tsx';
import { SizeClassBadge } from './identity/SizeClassBadge.tsx';
import { ListingsTab } from './listings/ListingsTab.tsx';
import { MembersTab } from './members/MembersTab.tsx';
import { RelationsTab } from './relations/RelationsTab.tsx';
import { ResourcesTab } from './resources/ResourcesTab.tsx';
import { StrategicProfileTab } from './strategy/StrategicProfileTab.tsx';

const tabs = [
  { value: 'identity', label: 'Identity' },
  { value: 'resources', label: 'Resources' },
  { value: 'offers', label: 'Offers' },
  { value: 'needs', label: 'Needs' },
  { value: 'relations', label: 'Suppliers & customers' },
  { value: 'strategy', label: 'Strategic profile' },
  { value: 'members', label: 'Members' },
] as const;
type TabValue = (typeof tabs)[number]['value'];

const isTab = (value: string | undefined): value is TabValue => tabs.some((t) => t.value === value);

export function MyOrgPage() {
  const { tab } = useParams();
  const navigate = useNavigate();
  const { currentOrg: org } = useCurrentOrg();
  const { nameOf } = useCountries();
  const { catalog: nace } = useNaceCodes();

  if (!org) return <Navigate to="/org/new" replace />;
  if (!isTab(tab)) return <Navigate to="/org/identity" replace />;

  const where = [org.city, nameOf(org.country)].filter(Boolean).join(', ');
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Title order={1} size="h2">
            {org.name}
          </Title>
          <SizeClassBadge sizeClass={org.sizeClass} />
          <VisibilityBadge visibility={org.visibility} />
          {org.myRole && (
            <Badge variant="outline" color="gray" size="sm">
              You: {roleLabels[org.myRole]}
            </Badge>
          )}
        </Group>
        <Text c="dimmed" size="sm">
          {[where, org.naceCode ? nace.describe(org.naceCode) : null].filter(Boolean).join(' · ')}
        </Text>
      </Stack>
      <Tabs value={tab} onChange={(next) => next && navigate(`/org/${next}`)} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="identity">
          <IdentityTab org={org} />
        </Tabs.Panel>
        <Tabs.Panel value="resources">
          <ResourcesTab org={org} />
        </Tabs.Panel>
        <Tabs.Panel value="offers">
          <ListingsTab org={org} kind="offer" />
        </Tabs.Panel>
        <Tabs.Panel value="needs">
          <ListingsTab org={org} kind="need" />
        </Tabs.Panel>
        <Tabs.Panel value="relations">
          <RelationsTab org={org} />
        </Tabs.Panel>
        <Tabs.Panel value="strategy">
          <StrategicProfileTab org={org} />
        </Tabs.Panel>
        <Tabs.Panel value="members">
          <MembersTab org={org} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
