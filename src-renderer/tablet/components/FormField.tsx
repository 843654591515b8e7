/**
 * A labelled input of a tablet form (react-hook-form), with its error next to it in the
 * tablet's language. The shared zod schemas give the rule; this turns the issue into words.
 */
import type { InputHTMLAttributes } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import type { TabletText } from '../state/tablet.dictionary';

type T = (key: TabletText, vars?: Record<string, string | number>) => string;

/** Words for a field's error: too long, refused by the server, or missing. */
export function fieldErrorText(t: T, error: FieldError | undefined, max: number): string | undefined {
  if (!error) return undefined;
  if (error.type === 'too_big') return t('fieldTooLong', { n: max });
  if (error.type === 'server') return t('invalidInput');
  return t('fieldRequired');
}

export function FormField({
  label,
  error,
  registration,
  ...input
}: {
  label: string;
  error: string | undefined;
  registration: UseFormRegisterReturn;
} & InputHTMLAttributes<HTMLInputElement>) {
  const errorId = `${registration.name}-error`;
  return (
    <label className="form-field">
      <span>{label}</span>
      <input
        {...input}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error && (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      )}
    </label>
  );
}
