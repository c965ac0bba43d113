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

/**
 * Form values, per-field errors and a general problem for errors no input shows.
 * `shownFields` lists the field paths that have an input; an entry ending with '.' matches a prefix.
 */
export function useFormState<T extends object>(initial: T, shownFields: readonly string[]) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const isShown = useCallback(
    (field: string) => shownFields.some((f) => (f.endsWith('.') ? field.startsWith(f) : field === f)),
    [shownFields],
  );

  const setField = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => {
      if (!(String(key) in current)) return current;
      const next = { ...current };
      delete next[String(key)];
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
        showFieldErrors(error.fieldErrors, error.title);
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
    [showFieldErrors],
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
