import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { capabilityById } from '../../../common/reference/capabilities.ts';
import { countryByCode } from '../../../common/reference/countries.ts';
import { naceByCode } from '../../../common/reference/nace.ts';
import { createOrgBody, type CreateOrgInput } from '../../../common/schemas.ts';

// One organization per row; offers and needs are capability ids separated by ";". Fields are separated
// by commas, or by semicolons (or tabs) as spreadsheets save CSV where the comma is the decimal mark
// (most of continental Europe); such a file may write latitude and longitude with a decimal comma too.
export const orgCsvColumns = [
  'name',
  'description',
  'website',
  'country',
  'region',
  'city',
  'latitude',
  'longitude',
  'nace_code',
  'founded',
  'employees',
  'turnover_band',
  'visibility',
  'offers',
  'needs',
] as const;
type Column = (typeof orgCsvColumns)[number];

const fieldToColumn: Record<string, Column> = {
  naceCode: 'nace_code',
  turnoverBand: 'turnover_band',
};

export interface CsvRowError {
  row: number;
  column: string;
  reason: string;
}

export interface OrgCsvRow {
  row: number;
  identity: CreateOrgInput;
  offers: string[];
  needs: string[];
}

const optionalNumber = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? null : Number(value);
/** A coordinate, which a file not separated by commas may write with a decimal comma ("44,65"). */
const optionalCoordinate = (value: string | undefined, decimalComma: boolean) =>
  optionalNumber(decimalComma ? value?.replace(/^(\s*-?\d+),(\d+\s*)$/, '$1.$2') : value);
const optionalText = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : value.trim();
const splitList = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

function rowToIdentity(record: Record<string, string>, decimalComma: boolean) {
  return {
    name: record.name ?? '',
    description: record.description ?? '',
    website: record.website ?? '',
    country: record.country ?? '',
    region: record.region ?? '',
    city: record.city ?? '',
    latitude: optionalCoordinate(record.latitude, decimalComma),
    longitude: optionalCoordinate(record.longitude, decimalComma),
    naceCode: optionalText(record.nace_code) ?? null,
    founded: optionalNumber(record.founded),
    employees: optionalNumber(record.employees),
    turnoverBand: optionalText(record.turnover_band) ?? null,
    visibility: optionalText(record.visibility),
  };
}

function checkRow(
  record: Record<string, string>,
  row: number,
  errors: CsvRowError[],
  decimalComma: boolean,
): OrgCsvRow | null {
  const before = errors.length;
  const parsed = createOrgBody.safeParse(rowToIdentity(record, decimalComma));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'name');
      errors.push({ row, column: fieldToColumn[field] ?? field, reason: issue.message });
    }
  } else {
    if (!countryByCode.has(parsed.data.country))
      errors.push({ row, column: 'country', reason: 'unknown ISO 3166-1 code' });
    if (parsed.data.naceCode && !naceByCode.has(parsed.data.naceCode)) {
      errors.push({ row, column: 'nace_code', reason: 'unknown NACE Rev. 2 code' });
    }
  }
  const offers = splitList(record.offers);
  const needs = splitList(record.needs);
  for (const [column, ids] of [
    ['offers', offers],
    ['needs', needs],
  ] as const) {
    for (const id of ids)
      if (!capabilityById.has(id)) errors.push({ row, column, reason: `unknown capability "${id}"` });
  }
  const columnOrder = (column: string) => orgCsvColumns.indexOf(column as Column);
  errors.splice(
    before,
    errors.length - before,
    ...errors.slice(before).sort((a, b) => columnOrder(a.column) - columnOrder(b.column)),
  );
  return errors.length === before && parsed.success ? { row, identity: parsed.data, offers, needs } : null;
}

/** The header row's field separator: the comma, unless the row has more semicolons (or tabs) than commas. */
export function delimiterOf(text: string): ',' | ';' | '\t' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (character: string) => header.split(character).length - 1;
  const candidates = [',', ';', '\t'] as const;
  return candidates.reduce((best, next) => (count(next) > count(best) ? next : best));
}

export function parseOrgCsv(text: string): { rows: OrgCsvRow[]; errors: CsvRowError[] } {
  const delimiter = delimiterOf(text);
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      columns: true,
      delimiter,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: false,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [{ row: line, column: '(file)', reason: (error as Error).message }] };
  }
  const header = Object.keys(records[0] ?? {});
  const unknown = header.filter((h) => !(orgCsvColumns as readonly string[]).includes(h));
  const errors: CsvRowError[] = unknown.map((column) => ({ row: 1, column, reason: 'unknown column' }));
  for (const required of ['name', 'country'] as const) {
    if (records.length > 0 && !header.includes(required))
      errors.push({ row: 1, column: required, reason: 'missing column' });
  }
  if (errors.length > 0) return { rows: [], errors };
  const rows: OrgCsvRow[] = [];
  records.forEach((record, index) => {
    const checked = checkRow(record, index + 2, errors, delimiter !== ',');
    if (checked) rows.push(checked);
  });
  return { rows, errors };
}

export const csvRowErrorSchema = z.object({ row: z.number(), column: z.string(), reason: z.string() });

export function formatOrgCsv(rows: { identity: CreateOrgInput; offers: string[]; needs: string[] }[]): string {
  return stringify(
    rows.map(({ identity: o, offers, needs }) => [
      o.name,
      o.description,
      o.website,
      o.country,
      o.region,
      o.city,
      o.latitude ?? '',
      o.longitude ?? '',
      o.naceCode ?? '',
      o.founded ?? '',
      o.employees ?? '',
      o.turnoverBand ?? '',
      o.visibility,
      offers.join(';'),
      needs.join(';'),
    ]),
    { header: true, columns: [...orgCsvColumns] },
  );
}
