import { Badge, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { DirectoryEntry } from '../../../api/networks.ts';
import { Hint } from '../../../components/Hint.tsx';
import { SizeClassBadge } from '../../orgs/identity/SizeClassBadge.tsx';
import type { CapabilityCatalog } from '../../reference/useCapabilities.ts';
import type { NaceCatalog } from '../../reference/useNaceCodes.ts';

const shownListings = 4;

interface ListingBadgesProps {
  label: string;
  color: string;
  listings: DirectoryEntry['offers'];
  capabilities: CapabilityCatalog;
}

function ListingBadges({ label, color, listings, capabilities }: ListingBadgesProps) {
  if (listings.length === 0) return null;
  const hidden = listings.length - shownListings;
  return (
    <Group gap={6} align="center">
      <Text size="xs" fw={600} c="dimmed" w={44}>
        {label}
      </Text>
      {listings.slice(0, shownListings).map((listing, index) => (
        <Hint
          key={`${listing.capability}-${index}`}
          label={`${capabilities.pathOf(listing.capability)} — ${listing.title}`}
          focusable={false}
        >
          <Badge color={color} variant="light" size="sm" style={{ textTransform: 'none' }} maw={220}>
            {capabilities.labelOf(listing.capability)}
            <VisuallyHidden>: {listing.title}</VisuallyHidden>
          </Badge>
        </Hint>
      ))}
      {hidden > 0 && (
        <Text size="xs" c="dimmed">
          +{hidden} more
        </Text>
      )}
    </Group>
  );
}

interface DirectoryEntryCardProps {
  entry: DirectoryEntry;
  countryName: (code: string) => string;
  capabilities: CapabilityCatalog;
  nace: NaceCatalog;
}

export function DirectoryEntryCard({ entry, countryName, capabilities, nace }: DirectoryEntryCardProps) {
  const where = [entry.city, entry.region, countryName(entry.country)].filter(Boolean).join(', ');
  const sector = entry.naceCode ? nace.byCode.get(entry.naceCode) : undefined;
  return (
    <Card withBorder radius="md" padding="md" data-testid="directory-entry">
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={0}>
            <Title order={2} size="h5">
              {entry.name}
            </Title>
            <Text size="xs" c="dimmed">
              {where}
            </Text>
          </Stack>
          <SizeClassBadge sizeClass={entry.sizeClass} size="xs" hintFocusable={false} />
        </Group>
        {sector && (
          <Text size="xs" c="indigo.7" lineClamp={1} title={`${sector.code} — ${sector.label}`}>
            {sector.code} — {sector.label}
          </Text>
        )}
        {entry.description && (
          <Text size="sm" lineClamp={2}>
            {entry.description}
          </Text>
        )}
        <ListingBadges label="Offers" color="teal" listings={entry.offers} capabilities={capabilities} />
        <ListingBadges label="Needs" color="orange" listings={entry.needs} capabilities={capabilities} />
      </Stack>
    </Card>
  );
}
