import {
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { createOrgBody } from '../../../../common/schemas.ts';
import { deriveSizeClass } from '../../../../common/sizeClass.ts';
import { turnoverBandLabels, type TurnoverBand } from '../../../../common/vocabulary.ts';
import type { CreateOrgInput, Org } from '../../../api/orgs.ts';
import { FormProblemAlert } from '../../../components/form/FormProblemAlert.tsx';
import { useFormState } from '../../../components/form/useFormState.ts';
import { optionsFrom } from '../../../components/vocabularyLabels.ts';
import { VisibilitySelect } from '../../../components/VisibilitySelect.tsx';
import { CountrySelect } from '../../reference/CountrySelect.tsx';
import { NaceSelect } from '../../reference/NaceSelect.tsx';
import { identityFields, identityInputOf, identityValuesOf } from './identityValues.ts';
import { SizeClassBadge } from './SizeClassBadge.tsx';

interface IdentityFormProps {
  org: Org | null;
  readOnly?: boolean;
  submitLabel: string;
  saving: boolean;
  onSubmit: (input: CreateOrgInput) => Promise<unknown>;
}

const toNumber = (value: string | number): number | '' => (typeof value === 'number' ? value : '');

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function IdentityForm({ org, readOnly = false, submitLabel, saving, onSubmit }: IdentityFormProps) {
  const form = useFormState(identityValuesOf(org), identityFields);
  const { values, setField, textProps, errors } = form;
  const sizeClass = deriveSizeClass(values.employees === '' ? null : values.employees, values.turnoverBand);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(createOrgBody, identityInputOf(values));
    if (input) onSubmit(input).catch(form.showError);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblemAlert problem={form.problem} />
        <Section title="Who you are">
          <Stack gap="sm">
            <TextInput label="Organization name" required {...textProps('name')} readOnly={readOnly} />
            <Textarea
              label="Description"
              description="What you do, for whom, and what makes you a good partner"
              autosize
              minRows={3}
              maxRows={8}
              {...textProps('description')}
              readOnly={readOnly}
            />
            <TextInput
              label="Website"
              placeholder="https://example.com"
              {...textProps('website')}
              readOnly={readOnly}
            />
          </Stack>
        </Section>
        <Section title="Where you are">
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <CountrySelect
                label="Country"
                required
                value={values.country}
                readOnly={readOnly}
                onChange={(code) => setField('country', code)}
                error={errors.country}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Region"
                placeholder="e.g. Emilia-Romagna"
                {...textProps('region')}
                readOnly={readOnly}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label="City" {...textProps('city')} readOnly={readOnly} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput
                label="Latitude"
                placeholder="e.g. 45.4642"
                decimalScale={6}
                min={-90}
                max={90}
                value={values.latitude}
                readOnly={readOnly}
                hideControls
                onChange={(v) => setField('latitude', toNumber(v))}
                error={errors.latitude}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput
                label="Longitude"
                placeholder="e.g. 9.1900"
                decimalScale={6}
                min={-180}
                max={180}
                value={values.longitude}
                readOnly={readOnly}
                hideControls
                onChange={(v) => setField('longitude', toNumber(v))}
                error={errors.longitude}
              />
            </Grid.Col>
          </Grid>
        </Section>
        <Section title="What you do">
          <Grid>
            <Grid.Col span={12}>
              <NaceSelect
                label="Sector (NACE Rev. 2)"
                value={values.naceCode}
                readOnly={readOnly}
                onChange={(code) => setField('naceCode', code)}
                error={errors.naceCode}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <NumberInput
                label="Founded"
                placeholder="e.g. 1998"
                min={1500}
                max={2100}
                allowDecimal={false}
                value={values.founded}
                readOnly={readOnly}
                onChange={(v) => setField('founded', toNumber(v))}
                error={errors.founded}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <NumberInput
                label="Employees"
                placeholder="Headcount"
                min={0}
                allowDecimal={false}
                value={values.employees}
                readOnly={readOnly}
                thousandSeparator=" "
                onChange={(v) => setField('employees', toNumber(v))}
                error={errors.employees}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label="Annual turnover"
                placeholder="Choose a band"
                clearable
                readOnly={readOnly}
                data={optionsFrom(turnoverBandLabels)}
                value={values.turnoverBand}
                onChange={(v) => setField('turnoverBand', v as TurnoverBand | null)}
                error={errors.turnoverBand}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  Size class:
                </Text>
                <SizeClassBadge sizeClass={sizeClass} />
              </Group>
            </Grid.Col>
          </Grid>
        </Section>
        <Section title="Who can see this profile">
          <VisibilitySelect
            label="Profile visibility"
            value={values.visibility}
            readOnly={readOnly}
            onChange={(v) => setField('visibility', v)}
            error={errors.visibility}
          />
        </Section>
        {!readOnly && (
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
