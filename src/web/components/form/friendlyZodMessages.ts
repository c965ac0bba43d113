import type { z } from 'zod';

// Plain-language messages for the shared zod schemas when they validate a form in the browser.
export const friendlyZodMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'Required' : `At least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `Choose at least ${issue.minimum}`;
      return `Must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `At most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `At most ${issue.maximum} entries`;
      return `Must be at most ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'email') return 'Enter a valid e-mail address';
      if (issue.format === 'url') return 'Enter a full web address, e.g. https://example.com';
      if (issue.format === 'date') return 'Enter a date';
      return 'This value is not in the expected format';
    case 'invalid_union':
      return 'Enter a full web address, e.g. https://example.com';
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return 'Required';
      if (issue.expected === 'number' || issue.expected === 'int') return 'Enter a number';
      return 'Required';
    case 'invalid_value':
      return 'Choose one of the options';
    default:
      return undefined;
  }
};

/** Runs a shared schema on form data; returns field path → message, or the parsed value. */
export function validateWith<S extends z.ZodType>(
  schema: S,
  data: unknown,
): { ok: true; value: z.output<S> } | { ok: false; errors: Record<string, string> } {
  const result = schema.safeParse(data, { error: friendlyZodMessages });
  if (result.success) return { ok: true, value: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    // A schema's own message ("an ISO 3166-1 alpha-2 code") would puzzle someone who left the field empty.
    const message = isBlank(valueAt(data, issue.path)) ? 'Required' : issue.message;
    errors[issue.path.map(String).join('.') || '(body)'] ??= message;
  }
  return { ok: false, errors };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cursor = data;
  for (const key of path) {
    if (typeof cursor !== 'object' || cursor === null) return undefined;
    cursor = (cursor as Record<PropertyKey, unknown>)[key];
  }
  return cursor;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
