import { ApiError } from '../../../api/client.ts';
import { humanizeProblemMessage } from '../../../api/problemMessages.ts';
import type { CsvRowError } from '../../../api/networks.ts';

const isRowError = (value: unknown): value is CsvRowError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>).row === 'number' &&
  typeof (value as Record<string, unknown>).column === 'string' &&
  typeof (value as Record<string, unknown>).reason === 'string';

/** The per-row problems a refused import carries in its problem body (`rows`). */
export function csvRowErrorsOf(error: unknown): CsvRowError[] | null {
  if (!(error instanceof ApiError) || error.code !== 'import.invalid_rows') return null;
  const rows = error.problem.rows;
  return Array.isArray(rows) ? rows.filter(isRowError).map(humanizeRowError) : [];
}

export function humanizeRowError(error: CsvRowError): CsvRowError {
  return { ...error, reason: humanizeProblemMessage(error.reason) };
}
