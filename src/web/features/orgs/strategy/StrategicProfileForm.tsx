import { Badge, Button, Group, MultiSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { strategicProfileBody, type StrategicProfileInput } from '../../../../common/schemas.ts';
import type { StrategicGoal } from '../../../../common/vocabulary.ts';
import type { Org, StrategicProfile } from '../../../api/orgs.ts';
import { FormProblemAlert } from '../../../components/form/FormProblemAlert.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { goalLabels, optionsFrom } from '../../../components/vocabularyLabels.ts';
import { VisibilitySelect } from '../../../components/VisibilitySelect.tsx';
import { useCountries } from '../../reference/useCountries.ts';
import { BusinessSystemsEditor } from './BusinessSystemsEditor.tsx';
import { CultureEditor } from './CultureEditor.tsx';
import { ScaleSlider } from './ScaleSlider.tsx';
import { ValueSliders } from './ValueSliders.tsx';

const shownFields = [
  'goals',
  'values.',
  'riskAppetite',
  'digitalMaturity',
  'businessSystems',
  'businessSystems.',
  'cultureOverrides.',
  'visibility',
];

const cultureSourceLabels: Record<StrategicProfile['cultureSource'], string> = {
  country: 'Country defaults',
  override: 'Your own scores',
  mixed: 'Country defaults, partly adjusted',
  unknown: 'No published scores for this country',
};

function valuesOf(profile: StrategicProfile): StrategicProfileInput {
  const { goals, values, riskAppetite, digitalMaturity, businessSystems, cultureOverrides, visibility } = profile;
  return { goals, values, riskAppetite, digitalMaturity, businessSystems, cultureOverrides, visibility };
}

function Section({
  title,
  description,
  children,
  extra,
}: {
  title: string;
  description: string;
  children: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb={4}>
        <Title order={2} size="h5">
          {title}
        </Title>
        {extra}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {description}
      </Text>
      {children}
    </Paper>
  );
}

interface StrategicProfileFormProps {
  org: Org;
  profile: StrategicProfile;
  saving: boolean;
  onSubmit: (input: StrategicProfileInput) => Promise<unknown>;
}

export function StrategicProfileForm({ org, profile, saving, onSubmit }: StrategicProfileFormProps) {
  const form = useFormState(valuesOf(profile), shownFields);
  const { values, setField, errors } = form;
  const { nameOf } = useCountries();
  const readOnly = !org.abilities.edit;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(strategicProfileBody, values);
    if (input) onSubmit(input).catch(form.showError);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblemAlert problem={form.problem} />
        <Section
          title="Goals"
          description="Why you want to collaborate. Matching favours partners whose goals fit yours."
        >
          <MultiSelect
            aria-label="Goals"
            placeholder={values.goals.length === 0 ? 'Choose one or more goals' : undefined}
            data={optionsFrom(goalLabels)}
            value={values.goals}
            onChange={(goals) => setField('goals', goals as StrategicGoal[])}
            readOnly={readOnly}
            error={errors.goals}
            clearable
          />
        </Section>
        <Section
          title="Values"
          description="How much each of these matters to you, from 0 (not at all) to 100 (above all)."
        >
          <ValueSliders
            values={values.values}
            onChange={(dimension, v) => setField('values', { ...values.values, [dimension]: v })}
            errors={errors}
            readOnly={readOnly}
          />
        </Section>
        <Section title="Risk and digital maturity" description="Two quick self-assessments on a 1–5 scale.">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
            <ScaleSlider
              label="Risk appetite"
              description="How much uncertainty you accept for a bigger gain"
              value={values.riskAppetite}
              onChange={(v) => setField('riskAppetite', v)}
              lowLabel="Very cautious"
              highLabel="Bold"
              error={errors.riskAppetite}
              readOnly={readOnly}
              testId="risk-appetite"
            />
            <ScaleSlider
              label="Digital maturity"
              description="How far your processes run on connected software"
              value={values.digitalMaturity}
              onChange={(v) => setField('digitalMaturity', v)}
              lowLabel="Paper and e-mail"
              highLabel="Fully integrated"
              error={errors.digitalMaturity}
              readOnly={readOnly}
              testId="digital-maturity"
            />
          </SimpleGrid>
        </Section>
        <Section
          title="Business systems"
          description="The software you run, so partners know how easily data can flow between you."
        >
          <BusinessSystemsEditor
            systems={values.businessSystems}
            onChange={(s) => setField('businessSystems', s)}
            errors={errors}
            readOnly={readOnly}
          />
        </Section>
        <Section
          title="Culture"
          description={`Hofstede's six dimensions. By default your organization takes the published scores of ${nameOf(org.country)}; adjust a dimension if your organization differs.`}
          extra={
            <Badge variant="light" color="gray">
              {cultureSourceLabels[profile.cultureSource]}
            </Badge>
          }
        >
          <CultureEditor
            country={org.country}
            countryName={nameOf(org.country)}
            overrides={values.cultureOverrides}
            onChange={(o) => setField('cultureOverrides', o)}
            errors={errors}
            readOnly={readOnly}
          />
        </Section>
        <Section title="Who can see this" description="The strategic profile feeds partner matching.">
          <VisibilitySelect
            label="Strategic profile visibility"
            value={values.visibility}
            readOnly={readOnly}
            onChange={(v) => setField('visibility', v)}
            error={errors.visibility}
          />
        </Section>
        {!readOnly && (
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              Save strategic profile
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
