/**
 * The admin's forms: a shared request schema checked in the browser in the chosen language,
 * and a failed request put back on the form — field messages at their fields, a conflict (409)
 * at the field it is about, anything else as the form's own error line.
 */
import { useState } from 'react';
import type { DefaultValues, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../../common/api';
import { useLang } from '../../common/i18n';
import { applyServerErrors, useZodForm } from '../../common/forms';
import { useAdminT } from './admin-i18n';
import { localizeFieldMessage } from './field-messages';

/** The error type of a conflict placed at its field: it is not an input mistake. */
export const CONFLICT_ERROR = 'conflict';

export function useAdminForm<S extends z.ZodType<any, FieldValues>>(
  schema: S,
  defaults: DefaultValues<z.input<S>>,
) {
  const t = useAdminT();
  const [lang] = useLang();
  return useZodForm(schema, defaults, { t, localize: (m) => localizeFieldMessage(m, lang) });
}

export interface Failure {
  error: unknown;
  /** Field messages no field of the form could show. */
  other: string[];
  /** A 400 whose every message sits at a field: the fields say it all. */
  allPlaced: boolean;
}

/**
 * What the last submit's request failed with. `fail` puts it on the form; `conflictAt` names
 * the field a 409 is about and what to say there (a duplicate number or name).
 */
export function useFormFailure<T extends FieldValues>(
  form: UseFormReturn<T, any, any>,
  fields: readonly Path<T>[],
  conflictAt?: { field: Path<T>; message: string },
) {
  const [lang] = useLang();
  const [failure, setFailure] = useState<Failure | null>(null);
  const fail = (error: unknown) => {
    if (conflictAt && error instanceof ApiError && error.status === 409) {
      form.setError(
        conflictAt.field,
        { type: CONFLICT_ERROR, message: conflictAt.message },
        { shouldFocus: true },
      );
      setFailure(null);
      return;
    }
    const { placed, other } = applyServerErrors(form, error, fields, (m) => localizeFieldMessage(m, lang));
    setFailure({ error, other, allPlaced: placed > 0 && other.length === 0 });
  };
  const clear = () => setFailure(null);
  return { failure, fail, clear };
}
