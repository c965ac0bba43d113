import { Button, Group, Input, Rating, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import { ratePartnerBody } from '../../../../common/partnerRatings.ts';
import type { Collaboration, PartnerRating } from '../../../api/collaborations.ts';
import { FormProblemAlert } from '../../../components/form/FormProblemAlert.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { notifySuccess } from '../../../components/notify.ts';
import { useRatePartner } from '../usePartnerRatings.ts';

interface RatingValues {
  raterOrgId: string | null;
  ratedOrgId: string | null;
  /** 0 until a star is chosen. */
  score: number;
  comment: string;
}

const shownFields = ['raterOrgId', 'ratedOrgId', 'score', 'comment'];

const scoreHints: Record<number, string> = {
  1: 'Would not work with them again',
  2: 'Below expectations',
  3: 'As agreed',
  4: 'A good partner',
  5: 'An excellent partner',
};

const starLabel = (value: number) => (value === 1 ? '1 star' : `${value} stars`);

function findRating(ratings: PartnerRating[], raterOrgId: string | null, ratedOrgId: string | null) {
  return ratings.find((r) => r.raterOrgId === raterOrgId && r.ratedOrgId === ratedOrgId);
}

/** Parties that took part in the work, other than the rater: only they can be rated. */
function ratableParties(collaboration: Collaboration, raterOrgId: string | null) {
  return collaboration.parties.filter(
    (p) => (p.status === 'accepted' || p.status === 'exited') && p.orgId !== raterOrgId,
  );
}

function initialValues(collaboration: Collaboration, ratings: PartnerRating[]): RatingValues {
  const { rate } = collaboration.abilities;
  const raterOrgId = rate.length === 1 ? (rate[0] ?? null) : null;
  const partners = ratableParties(collaboration, raterOrgId);
  const ratedOrgId = raterOrgId && partners.length === 1 ? (partners[0]?.orgId ?? null) : null;
  const earlier = findRating(ratings, raterOrgId, ratedOrgId);
  return { raterOrgId, ratedOrgId, score: earlier?.score ?? 0, comment: earlier?.comment ?? '' };
}

function useRatePartnerForm(collaboration: Collaboration, ratings: PartnerRating[]) {
  const form = useFormState<RatingValues>(initialValues(collaboration, ratings), shownFields);
  const rate = useRatePartner(collaboration.id);
  const { values, setField } = form;
  const nameOf = (orgId: string | null) => collaboration.parties.find((p) => p.orgId === orgId)?.name ?? '';

  // A pair rated before shows its rating, which saving replaces; a saved rating is not carried to another pair.
  const choose = (key: 'raterOrgId' | 'ratedOrgId', orgId: string | null) => {
    const next = { ...values, [key]: orgId };
    if (key === 'raterOrgId' && next.ratedOrgId === orgId) next.ratedOrgId = null;
    const shown = findRating(ratings, values.raterOrgId, values.ratedOrgId);
    const earlier = findRating(ratings, next.raterOrgId, next.ratedOrgId);
    setField('raterOrgId', next.raterOrgId);
    setField('ratedOrgId', next.ratedOrgId);
    if (earlier || shown) {
      setField('score', earlier?.score ?? 0);
      setField('comment', earlier?.comment ?? '');
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(ratePartnerBody, {
      ...values,
      raterOrgId: values.raterOrgId ?? '',
      ratedOrgId: values.ratedOrgId ?? '',
    });
    if (!input) return;
    rate.mutate(input, {
      onSuccess: () => notifySuccess(`Your rating of ${nameOf(input.ratedOrgId)} is saved`),
      onError: form.showError,
    });
  };

  const earlier = findRating(ratings, values.raterOrgId, values.ratedOrgId);
  return { form, choose, submit, saving: rate.isPending, replacing: earlier ? nameOf(earlier.ratedOrgId) : null };
}

interface ScoreInputProps {
  value: number;
  onChange: (score: number) => void;
  error: string | undefined;
  replacing: string | null;
}

function ScoreInput({ value, onChange, error, replacing }: ScoreInputProps) {
  return (
    <Input.Wrapper
      label="Score"
      labelElement="div"
      error={error && 'Choose from 1 to 5 stars'}
      description={replacing ? `Saving replaces your earlier rating of ${replacing}.` : undefined}
    >
      <Group gap="sm" mt={4}>
        <Rating value={value} onChange={onChange} getSymbolLabel={starLabel} />
        <Text size="sm" c="dimmed">
          {scoreHints[value] ?? ''}
        </Text>
      </Group>
    </Input.Wrapper>
  );
}

/** Rate another party, as one of the organizations you act for in this collaboration. */
export function RatePartnerForm({
  collaboration,
  ratings,
}: {
  collaboration: Collaboration;
  ratings: PartnerRating[];
}) {
  const { form, choose, submit, saving, replacing } = useRatePartnerForm(collaboration, ratings);
  const { values, errors, setField, textProps } = form;
  const raters = collaboration.parties.filter((p) => collaboration.abilities.rate.includes(p.orgId));
  const options = (parties: Collaboration['parties']) => parties.map((p) => ({ value: p.orgId, label: p.name }));

  return (
    <form onSubmit={submit} noValidate data-testid="rate-partner-form">
      <Stack gap="sm">
        <Title order={3} size="h6">
          Rate a partner
        </Title>
        <FormProblemAlert problem={form.problem} />
        {raters.length > 1 && (
          <Select
            label="Rating as"
            placeholder="Choose your organization"
            data={options(raters)}
            value={values.raterOrgId}
            onChange={(v) => choose('raterOrgId', v)}
            error={errors.raterOrgId}
            allowDeselect={false}
          />
        )}
        <Select
          label="Partner"
          placeholder="Choose the party you rate"
          data={options(ratableParties(collaboration, values.raterOrgId))}
          value={values.ratedOrgId}
          onChange={(v) => choose('ratedOrgId', v)}
          error={errors.ratedOrgId}
          allowDeselect={false}
        />
        <ScoreInput
          value={values.score}
          onChange={(v) => setField('score', v)}
          error={errors.score}
          replacing={replacing}
        />
        <Textarea
          label="Comment"
          placeholder="Optional: what went well, what could be better"
          autosize
          minRows={2}
          maxLength={1000}
          {...textProps('comment')}
        />
        <Group justify="flex-end">
          <Button type="submit" size="sm" loading={saving}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
