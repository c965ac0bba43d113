import { humanizeProblemMessage } from './problemMessages.ts';

// A small typed fetch client: JSON in and out, the session cookie, and problem+json errors as ApiError.

export interface FieldProblem {
  field: string;
  message: string;
}

export interface Problem {
  code: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldProblem[];
  [extra: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldProblem[];
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = (problem.errors ?? []).map((e) => ({ field: e.field, message: humanizeProblemMessage(e.message) }));
  }

  /** Field path ('name', 'values.growth') → message, for showing next to form inputs. */
  get fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const { field, message } of this.errors) byField[field] ??= message;
    return byField;
  }
}

export type QueryValue = string | number | boolean | null | undefined;

interface RequestOptions {
  body?: unknown;
  csv?: string;
  query?: Record<string, QueryValue>;
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1/${path}${search ? `?${search}` : ''}`;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'title' in value;
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { code: 'http', title: response.statusText || 'Request failed', status: response.status };
  try {
    const body: unknown = await response.json();
    return isProblem(body) ? { ...body, status: response.status } : fallback;
  } catch {
    return fallback;
  }
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | undefined;
  if (options.csv !== undefined) {
    headers['content-type'] = 'text/csv';
    body = options.csv;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError({
      code: 'network',
      title: 'Cannot reach the server',
      status: 0,
      detail: 'Check your connection and try again.',
    });
  }
  if (!response.ok) throw new ApiError(await readProblem(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The raw body of a GET, for content whose exact bytes matter (hashes, signatures). */
async function requestBytes(path: string): Promise<Uint8Array<ArrayBuffer>> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path), { credentials: 'same-origin' });
  } catch {
    throw new ApiError({ code: 'network', title: 'Cannot reach the server', status: 0 });
  }
  if (!response.ok) throw new ApiError(await readProblem(response));
  return new Uint8Array(await response.arrayBuffer());
}

export const api = {
  getBytes: requestBytes,
  get: <T>(path: string, query?: Record<string, QueryValue>) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown, query?: Record<string, QueryValue>) =>
    request<T>('POST', path, { body, query }),
  postCsv: <T>(path: string, csv: string, query?: Record<string, QueryValue>) =>
    request<T>('POST', path, { csv, query }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** The address of an API download (PDF, JSON) for a plain link; the session cookie goes along. */
export const apiUrl = (path: string) => buildUrl(path);

export interface ItemList<T> {
  items: T[];
}
