import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../../api/client.ts';
import { validateWith } from './friendlyZodMessages.ts';

function scrollToFirstInvalidField(): void {
  requestAnimationFrame(() => {
    const invalid = document.querySelector('[aria-invalid="true"], [role="alert"]');
    invalid?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  });
}

export interface FormProblem {
  title: string;
  details: string[];
}

export interface FormStateOptions {
  /** Where the form's values sit in the request body ('content.' for `{ content }`): stripped from server errors. */
  serverFieldPrefix?: string;
}

function stripPrefix(byField: Record<string, string>, prefix: string | undefined): Record<string, string> {
  if (!prefix) return byField;
  return Object.fromEntries(
    Object.entries(byField).map(([field, message]) => [
      field.startsWith(prefix) ? field.slice(prefix.length) : field,
      message,
    ]),
  );
}

/**
 * Form values, per-field errors and a general problem for errors no input shows.
 * `shownFields` lists the field paths that have an input; an entry ending with '.' matches a prefix.
 */
export function useFormState<T extends object>(
  initial: T,
  shownFields: readonly string[],
  options: FormStateOptions = {},
) {
  const { serverFieldPrefix } = options;
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const isShown = useCallback(
    (field: string) => shownFields.some((f) => (f.endsWith('.') ? field.startsWith(f) : field === f)),
    [shownFields],
  );

  const setField = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    // Editing a field (or a whole group, such as a list) clears its errors and those of everything inside it.
    setErrors((current) => {
      const field = String(key);
      const stale = Object.keys(current).filter((f) => f === field || f.startsWith(`${field}.`));
      if (stale.length === 0) return current;
      const next = { ...current };
      for (const f of stale) delete next[f];
      return next;
    });
  }, []);

  const showFieldErrors = useCallback(
    (byField: Record<string, string>, title: string) => {
      setErrors(byField);
      scrollToFirstInvalidField();
      const hidden = Object.entries(byField).filter(([field]) => !isShown(field));
      setProblem(
        hidden.length > 0 ? { title, details: hidden.map(([field, message]) => `${field}: ${message}`) } : null,
      );
    },
    [isShown],
  );

  /** Shows an error thrown by the API client next to the right inputs, or in the general alert. */
  const showError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.errors.length > 0) {
        showFieldErrors(stripPrefix(error.fieldErrors, serverFieldPrefix), error.title);
        return;
      }
      setErrors({});
      if (error instanceof ApiError) setProblem({ title: error.title, details: error.detail ? [error.detail] : [] });
      else
        setProblem({
          title: 'Something went wrong',
          details: [error instanceof Error ? error.message : String(error)],
        });
    },
    [showFieldErrors, serverFieldPrefix],
  );

  /** Validates with a shared zod schema; shows the errors and returns null when invalid. */
  const validate = useCallback(
    <S extends z.ZodType>(schema: S, data: unknown): z.output<S> | null => {
      const result = validateWith(schema, data);
      if (result.ok) {
        setErrors({});
        setProblem(null);
        return result.value;
      }
      showFieldErrors(result.errors, 'Please check the highlighted fields');
      return null;
    },
    [showFieldErrors],
  );

  const reset = useCallback((next: T) => {
    setValues(next);
    setErrors({});
    setProblem(null);
  }, []);

  return { values, setValues, setField, errors, problem, showError, validate, reset };
}
