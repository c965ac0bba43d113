import {
  Alert,
  Anchor,
  Button,
  Code,
  FileInput,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { ImportResult, Network } from '../../../api/networks.ts';
import { notifySuccess } from '../../../components/notify.ts';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert.tsx';
import { useImportMembersCsv } from '../useNetworkMemberships.ts';
import { CsvErrorsTable } from './CsvErrorsTable.tsx';
import { csvRowErrorsOf, humanizeRowError } from './csvRowErrors.ts';

const columns =
  'name, description, website, country, city, latitude, longitude, nace_code, founded, employees, turnover_band, visibility, offers, needs';
const example = `name,country,city,nace_code,employees,turnover_band,offers,needs
Forno Verde,IT,Bergamo,10.71,12,under_2m,food.bakery,logistics.warehousing.cold-storage
Studio Pixel,IT,Milan,62.01,4,under_2m,digital.web.web-design;digital.web.seo,`;

export function CsvImportPanel({ network }: { network: Network }) {
  const importCsv = useImportMembersCsv(network.id);
  const [csv, setCsv] = useState('');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const refusedRows = importCsv.isError ? csvRowErrorsOf(importCsv.error) : null;

  const readFile = async (file: File | null) => {
    if (file) setCsv(await file.text());
  };
  const submit = () => {
    setResult(null);
    importCsv.mutate(
      { csv, skipInvalid },
      {
        onSuccess: (imported) => {
          setResult(imported);
          notifySuccess(`${imported.imported} organizations imported into ${network.name}`);
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Import members from CSV
        </Title>
        <Text size="sm" c="dimmed">
          One organization per row, with a header row. Columns: <Code>{columns}</Code>. Only <Code>name</Code> and{' '}
          <Code>country</Code> are required; <Code>offers</Code> and <Code>needs</Code> are capability ids separated by{' '}
          <Code>;</Code>. Fields may be separated by commas or, as many spreadsheets save CSV, by semicolons. Imported
          organizations become active members.{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => setCsv(example)}>
            Insert an example
          </Anchor>
        </Text>
        <FileInput
          label="CSV file"
          placeholder="Choose a .csv file"
          accept=".csv,text/csv"
          clearable
          onChange={(file) => void readFile(file)}
          w={{ base: '100%', sm: 360 }}
        />
        <Textarea
          label="…or paste the CSV"
          autosize
          minRows={5}
          maxRows={14}
          value={csv}
          onChange={(e) => setCsv(e.currentTarget.value)}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        />
        <Group justify="space-between">
          <Switch
            label="Skip invalid rows and import the rest"
            checked={skipInvalid}
            onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
          />
          <Button onClick={submit} loading={importCsv.isPending} disabled={csv.trim() === ''}>
            Import
          </Button>
        </Group>
        {refusedRows && (
          <Alert color="red" variant="light" title="Nothing was imported" data-testid="csv-refused">
            <Stack gap="xs">
              <Text size="sm">
                {refusedRows.length} {refusedRows.length === 1 ? 'problem' : 'problems'} found. Fix them, or turn on
                “Skip invalid rows”.
              </Text>
              <CsvErrorsTable errors={refusedRows} />
            </Stack>
          </Alert>
        )}
        {importCsv.isError && !refusedRows && <QueryErrorAlert error={importCsv.error} title="The import failed" />}
        {result && (
          <Alert
            color={result.skipped > 0 ? 'yellow' : 'teal'}
            variant="light"
            data-testid="csv-result"
            title={`${result.imported} imported${result.skipped > 0 ? `, ${result.skipped} rows skipped` : ''}`}
          >
            {result.errors.length > 0 ? (
              <CsvErrorsTable errors={result.errors.map(humanizeRowError)} />
            ) : (
              'Every row was imported.'
            )}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
