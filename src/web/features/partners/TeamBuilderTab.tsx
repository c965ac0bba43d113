import { Anchor, Button, Grid, MultiSelect, NumberInput, Paper, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { teamBody } from '../../../common/matching.ts';
import type { Org } from '../../api/orgs.ts';
import { FormProblemAlert } from '../../components/form/FormProblemAlert.tsx';
import { useFormState } from '../../components/form/useFormState.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryErrorAlert } from '../../components/QueryErrorAlert.tsx';
import { useCountries } from '../reference/useCountries.ts';
import { NeedPicker, privateNote } from './NeedPicker.tsx';
import { TeamResult } from './TeamResult.tsx';
import { useMatchableNeeds } from './useMatchableNeeds.ts';
import { useBuildTeam } from './useMatches.ts';

const shownFields = ['needIds', 'needIds.', 'maxSize'];

/** A bundle of needs (a large contract) → the smallest set of organizations that covers it with the best fit. */
interface TeamBuilderTabProps {
  org: Org;
  network: { id: string; name: string };
}

export function TeamBuilderTab({ org, network }: TeamBuilderTabProps) {
  const { query: needs, matchable, privateCount } = useMatchableNeeds(org.id);
  const team = useBuildTeam(org.id);
  const { nameOf } = useCountries();
  const form = useFormState<{ needIds: string[]; maxSize: number }>({ needIds: [], maxSize: 4 }, shownFields);
  const { values, errors, setField } = form;

  if (needs.isPending) return <PageLoader />;
  if (needs.isError) return <QueryErrorAlert error={needs.error} onRetry={() => void needs.refetch()} />;
  if (matchable.length === 0) {
    return <NeedPicker needs={[]} privateCount={privateCount} value={null} onChange={() => undefined} />;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(teamBody, { ...values, network: network.id });
    if (!input) return;
    team.mutate(input, { onError: (error) => form.showError(error) });
  };

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md">
        <form onSubmit={submit} noValidate>
          <Grid align="flex-end" gutter="sm">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <MultiSelect
                label="Needs to cover together"
                description={[
                  'For example a contract that asks for web design, SEO, hosting and copywriting.',
                  privateNote(privateCount),
                ]
                  .filter(Boolean)
                  .join(' ')}
                placeholder={values.needIds.length === 0 ? 'Choose the needs to cover' : undefined}
                searchable
                data={matchable.map((n) => ({ value: n.id, label: n.title }))}
                value={values.needIds}
                onChange={(ids) => setField('needIds', ids)}
                error={errors.needIds}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 2 }}>
              <NumberInput
                label="Largest team"
                min={1}
                max={10}
                allowDecimal={false}
                value={values.maxSize}
                onChange={(v) => setField('maxSize', typeof v === 'number' ? v : 1)}
                error={errors.maxSize}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <Button type="submit" fullWidth loading={team.isPending}>
                Build a team
              </Button>
            </Grid.Col>
          </Grid>
        </form>
        <Text size="xs" c="dimmed" mt="xs">
          Among the members of {network.name}. Choose another network under Suggested partners.
          {matchable.length === 1 && (
            <>
              {' '}
              A team covers several needs:{' '}
              <Anchor underline="always" component={Link} to="/org/needs" size="xs">
                add the others your contract asks for
              </Anchor>
              .
            </>
          )}
        </Text>
        <FormProblemAlert problem={form.problem} />
      </Paper>
      {team.data && <TeamResult team={team.data} needs={needs.data} countryName={nameOf} />}
      {!team.data && (
        <Text size="sm" c="dimmed">
          Synergia looks for the smallest group of network members that together cover the needs you choose, with the
          best fit, and says what each one covers.
        </Text>
      )}
    </Stack>
  );
}
