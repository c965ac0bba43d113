import { useCallback, useState, type ChangeEvent } from 'react';
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

/** The keys of a form whose values are plain text. */
export type TextKey<T> = { [K in keyof T]-?: T[K] extends string ? K : never }[keyof T];

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

  /** A text input's value, change handler and error, to spread on a TextInput or Textarea. */
  const textProps = <K extends TextKey<T>>(key: K) => ({
    value: values[key] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setField(key, event.currentTarget.value as T[K]),
    error: errors[String(key)],
  });

  const reset = useCallback((next: T) => {
    setValues(next);
    setErrors({});
    setProblem(null);
  }, []);

  return { values, setValues, setField, textProps, errors, problem, showError, validate, reset };
}
