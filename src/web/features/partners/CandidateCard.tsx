import { Anchor, Badge, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { sizeClasses } from '../../../common/vocabulary.ts';
import type { Introduction } from '../../api/introductions.ts';
import type { MatchCandidate } from '../../api/matching.ts';
import { Hint } from '../../components/Hint.tsx';
import { SizeClassBadge } from '../orgs/identity/SizeClassBadge.tsx';
import type { CapabilityCatalog } from '../reference/useCapabilities.ts';
import { CandidateActions } from './CandidateActions.tsx';
import { ComponentBars, percent } from './ComponentBars.tsx';
import { MatchedPairs } from './MatchedPairs.tsx';
import { MatchWarnings } from './MatchWarnings.tsx';
import { TrustNote, VerifiedBadge } from './TrustEvidence.tsx';

export interface CandidateCardProps {
  rank: number;
  candidate: MatchCandidate;
  myOrgId: string;
  networkId: string | null;
  canEdit: boolean;
  introduction: Introduction | undefined;
  catalog: CapabilityCatalog;
  countryName: (code: string) => string;
  /** Need-first search: only their offers for my need count. */
  needFirst?: boolean;
  onRequestIntroduction: (candidate: MatchCandidate) => void;
}

function Coverage({ candidate, needFirst }: { candidate: MatchCandidate; needFirst: boolean }) {
  const { theirOffersForMyNeeds: a, myOffersForTheirNeeds: b } = candidate.coverage;
  return (
    <Text size="xs" c="dimmed">
      Their offers cover {percent(a)} % of {needFirst ? 'this need' : 'your needs'}
      {needFirst ? '' : ` · your offers cover ${percent(b)} % of theirs`}
    </Text>
  );
}

export function CandidateCard(props: CandidateCardProps) {
  const { rank, candidate, networkId, catalog, countryName, needFirst = false } = props;
  const { org } = candidate;
  const sizeClass = sizeClasses.find((s) => s === org.sizeClass) ?? null;
  const directoryLink = `/directory?${new URLSearchParams({ ...(networkId ? { network: networkId } : {}), q: org.name })}`;
  return (
    <Card withBorder radius="md" padding="md" data-testid="candidate-card" data-org-id={org.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Group gap="xs" align="center">
              <Text c="dimmed" fw={600} size="sm">
                #{rank}
              </Text>
              <Title order={2} size="h4" data-testid="candidate-name">
                <Anchor component={Link} to={directoryLink} inherit c="inherit">
                  {org.name}
                </Anchor>
              </Title>
              <SizeClassBadge sizeClass={sizeClass} size="xs" />
              {candidate.diversityBonus && (
                <Hint label="Outside your existing cluster: new contacts and ideas, less lock-in">
                  <Badge color="grape" variant="light" size="sm" data-testid="diversity-badge">
                    Diversity
                  </Badge>
                </Hint>
              )}
              <VerifiedBadge trust={candidate.trust} />
            </Group>
            <Text size="sm" c="dimmed">
              {[org.city, countryName(org.country)].filter(Boolean).join(', ')}
              {org.naceCode ? ` · NACE ${org.naceCode}` : ''}
            </Text>
            <Coverage candidate={candidate} needFirst={needFirst} />
            <TrustNote trust={candidate.trust} />
          </Stack>
          <Stack gap={0} align="center" miw={72}>
            <Text fz={28} fw={700} lh={1} c="indigo.7" data-testid="candidate-score">
              {percent(candidate.score)}
            </Text>
            <Text size="xs" c="dimmed">
              score / 100
            </Text>
          </Stack>
        </Group>
        <ComponentBars components={candidate.components} />
        <Divider />
        <MatchedPairs pairs={candidate.pairs} catalog={catalog} />
        <MatchWarnings warnings={candidate.warnings} />
        <CandidateActions
          orgId={props.myOrgId}
          candidate={candidate}
          canEdit={props.canEdit}
          introduction={props.introduction}
          onRequestIntroduction={() => props.onRequestIntroduction(candidate)}
        />
      </Stack>
    </Card>
  );
}
