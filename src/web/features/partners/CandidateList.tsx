import { Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { MatchCandidate, MatchResult } from '../../api/matching.ts';
import type { Org } from '../../api/orgs.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { RequestIntroductionModal } from '../introductions/RequestIntroductionModal.tsx';
import { useIntroductions } from '../introductions/useIntroductions.ts';
import { useCapabilities } from '../reference/useCapabilities.ts';
import { useCountries } from '../reference/useCountries.ts';
import { CandidateCard } from './CandidateCard.tsx';
import { suggestIntroductionMessage } from './introductionMessage.ts';

interface CandidateListProps {
  org: Org;
  result: UseQueryResult<MatchResult>;
  /** Keeps only some candidates (the saved ones); the ranks stay those of the full list. */
  keep?: (candidate: MatchCandidate) => boolean;
  needFirst?: boolean;
  empty: { title: string; description: ReactNode };
}

/** Ranked result cards with their actions, and the introduction request they open. */
export function CandidateList({ org, result, keep, needFirst = false, empty }: CandidateListProps) {
  const { catalog } = useCapabilities();
  const { nameOf } = useCountries();
  const introductions = useIntroductions();
  const [introducing, setIntroducing] = useState<MatchCandidate | null>(null);

  if (result.isPending) return <PageLoader label="Ranking partners…" />;
  if (result.isError) return <QueryErrorAlert error={result.error} onRetry={() => void result.refetch()} />;

  const ranked = result.data.items.map((candidate, i) => ({ candidate, rank: i + 1 }));
  const shown = keep ? ranked.filter(({ candidate }) => keep(candidate)) : ranked;
  const introductionTo = (candidateOrgId: string) =>
    introductions.data?.find(
      (i) => i.direction === 'outgoing' && i.from.orgId === org.id && i.to.orgId === candidateOrgId,
    );

  return (
    <Stack gap="md" data-testid="candidate-list" aria-busy={result.isFetching}>
      {shown.length === 0 && <EmptyState title={empty.title} description={empty.description} />}
      {shown.map(({ candidate, rank }) => (
        <CandidateCard
          key={candidate.org.id}
          rank={rank}
          candidate={candidate}
          myOrgId={org.id}
          networkId={result.data.network?.id ?? null}
          canEdit={org.abilities.edit}
          introduction={introductionTo(candidate.org.id)}
          catalog={catalog}
          countryName={nameOf}
          needFirst={needFirst}
          onRequestIntroduction={setIntroducing}
        />
      ))}
      {introducing && (
        <RequestIntroductionModal
          fromOrg={org}
          to={{ id: introducing.org.id, name: introducing.org.name }}
          suggestedMessage={suggestIntroductionMessage(org.name, introducing)}
          onClose={() => setIntroducing(null)}
        />
      )}
    </Stack>
  );
}
