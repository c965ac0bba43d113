import { Badge, Group, Slider, Stack, Switch, Table, Text } from '@mantine/core';
import { cultureForCountry } from '../../../../common/reference/hofstede.ts';
import { hofstedeDimensions, type HofstedeDimension } from '../../../../common/vocabulary.ts';
import { hofstedeLabels } from '../../../components/vocabularyLabels.ts';

export type CultureOverrides = Partial<Record<HofstedeDimension, number | null>>;

interface CultureEditorProps {
  country: string;
  countryName: string;
  overrides: CultureOverrides;
  onChange: (overrides: CultureOverrides) => void;
  errors: Record<string, string>;
  readOnly: boolean;
}

/** Hofstede's six dimensions: the country's published score, optionally adjusted for this organization. */
export function CultureEditor({ country, countryName, overrides, onChange, errors, readOnly }: CultureEditorProps) {
  const defaults = cultureForCountry(country);
  const setOverride = (dimension: HofstedeDimension, value: number | null) => {
    const next = { ...overrides };
    if (value === null) delete next[dimension];
    else next[dimension] = value;
    onChange(next);
  };
  return (
    <Table.ScrollContainer minWidth={550}>
      <Table verticalSpacing="sm" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="34%">Dimension</Table.Th>
            <Table.Th w="16%">{countryName} default</Table.Th>
            <Table.Th w="14%">Adjust</Table.Th>
            <Table.Th>Your organization</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {hofstedeDimensions.map((dimension) => {
            const countryScore = defaults?.[dimension] ?? null;
            const override = overrides[dimension] ?? null;
            const overridden = override !== null;
            return (
              <Table.Tr key={dimension}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {hofstedeLabels[dimension].name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {hofstedeLabels[dimension].hint}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {countryScore === null ? (
                    <Text size="xs" c="dimmed">
                      not published
                    </Text>
                  ) : (
                    <Badge variant="outline" color="gray">
                      {countryScore}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Switch
                    aria-label={`Adjust ${hofstedeLabels[dimension].name}`}
                    checked={overridden}
                    disabled={readOnly}
                    onChange={(e) => setOverride(dimension, e.currentTarget.checked ? (countryScore ?? 50) : null)}
                  />
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Group gap="sm" wrap="nowrap">
                      <Slider
                        style={{ flex: 1 }}
                        thumbLabel={`${hofstedeLabels[dimension].name} for your organization`}
                        min={0}
                        max={120}
                        value={override ?? countryScore ?? 0}
                        disabled={readOnly || !overridden}
                        onChange={(v) => setOverride(dimension, v)}
                      />
                      <Text
                        size="sm"
                        w={32}
                        ta="right"
                        fw={overridden ? 600 : 400}
                        c={overridden ? 'indigo' : 'dimmed'}
                      >
                        {override ?? countryScore ?? '—'}
                      </Text>
                    </Group>
                    {errors[`cultureOverrides.${dimension}`] && (
                      <Text size="xs" c="red">
                        {errors[`cultureOverrides.${dimension}`]}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
