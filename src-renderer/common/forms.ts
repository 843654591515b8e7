/**
 * Forms on react-hook-form with the shared zod request schemas (src-shared/schemas.ts): the
 * browser checks what the server will check, in the app's language, before any request; what
 * the server still refuses (a 400's `errors`, a 409) is put on the same fields.
 */
import { useEffect, useMemo, useRef } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { ApiError } from './api';
import { useLang } from './i18n';
import type { FormMessageKey } from './form-messages';

export type FormT = (key: FormMessageKey, vars?: Record<string, string | number>) => string;

/** The error type of messages placed from a server answer (they stay until the field is edited). */
export const SERVER_ERROR = 'server';

/** One zod issue in words. Messages a schema spells out itself (a regex's) win over this in zod. */
export function issueMessage(t: FormT, issue: z.core.$ZodRawIssue): string {
  const blank = issue.input === undefined || issue.input === null || issue.input === '';
  switch (issue.code) {
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? t('formRequired') : t('formTooShort', { n });
      return t('formTooSmall', { n: issue.inclusive === false ? n + 1 : n });
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return t('formTooLong', { n });
      return t('formTooBig', { n: issue.inclusive === false ? n - 1 : n });
    }
    case 'invalid_type':
      if (blank) return t('formRequired');
      return issue.expected === 'int' || issue.expected === 'number'
        ? t('formWholeNumber')
        : t('formInvalid');
    case 'invalid_format':
      return t('formFormat');
    case 'invalid_value':
      return t('formOneOf', { values: issue.values.map(String).join(', ') });
    default:
      return t('formInvalid');
  }
}

export interface ZodFormOptions {
  /** The app's translate function (its dictionary spreads formDictionary). */
  t: FormT;
  /**
   * Says an English message of the shared schemas or the server in the app's language (the
   * admin's localizeFieldMessage); messages it does not know pass unchanged.
   */
  localize?: (message: string) => string;
}

/**
 * useForm validated by a shared zod schema: errors show after the first submit and then follow
 * each edit (react-hook-form's onSubmit/onChange), and a submit with errors sends nothing.
 */
export function useZodForm<S extends z.ZodType<any, FieldValues>>(
  schema: S,
  defaults: DefaultValues<z.input<S>>,
  { t, localize }: ZodFormOptions,
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  // The resolver reads the latest translate function, so a language switch needs no new form.
  const words = useRef({ t, localize });
  words.current = { t, localize };
  const resolver = useMemo(() => {
    const base = zodResolver(schema as never, { error: (issue) => issueMessage(words.current.t, issue) });
    return (async (...args: Parameters<typeof base>) => {
      const result = await base(...args);
      const say = words.current.localize;
      if (say) {
        for (const error of Object.values(result.errors) as { message?: unknown }[]) {
          if (typeof error?.message === 'string') error.message = say(error.message);
        }
      }
      return result;
    }) as typeof base;
  }, [schema]);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: resolver as never,
    defaultValues: defaults,
  });

  // Messages shown when the language changes are said again in the new one (the browser's own
  // checks only; a server's message stays as it came until the field is edited).
  const [lang] = useLang();
  const shownIn = useRef(lang);
  const { trigger, getFieldState, formState } = form;
  useEffect(() => {
    if (shownIn.current === lang) return;
    shownIn.current = lang;
    const names = Object.keys(formState.errors).filter(
      (name) => getFieldState(name as Path<z.input<S>>).error?.type !== SERVER_ERROR,
    );
    if (names.length) void trigger(names as Path<z.input<S>>[]);
  }, [lang, trigger, getFieldState, formState.errors]);
  return form;
}

/**
 * Puts a failed request's field messages (the envelope's `errors`: [{path, message}]) on the
 * matching fields — a path names a field itself or something inside it ("items.0.quantity").
 * Returns what could not be placed, for the form's own error line.
 */
export function applyServerErrors<T extends FieldValues>(
  form: Pick<UseFormReturn<T, any, any>, 'setError'>,
  error: unknown,
  fields: readonly Path<T>[],
  localize: (message: string) => string = (m) => m,
): { placed: number; other: string[] } {
  const other: string[] = [];
  let placed = 0;
  if (!(error instanceof ApiError)) return { placed, other };
  const seen = new Set<string>();
  for (const e of error.errors) {
    const message = localize(e.message);
    const field = fields.find((f) => e.path === f || e.path.startsWith(`${f}.`));
    if (!field) {
      other.push(e.path ? `${e.path}: ${message}` : message);
    } else if (!seen.has(field)) {
      seen.add(field);
      placed += 1;
      form.setError(field, { type: SERVER_ERROR, message }, { shouldFocus: placed === 1 });
    }
  }
  return { placed, other };
}

/** register() options for a text box that holds a whole number: blank is "missing", not 0. */
export const asWholeNumber = {
  setValueAs: (v: unknown) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v)) : v),
};

/** register() options for an optional text: blank means "leave it as it is". */
export const blankAsUnset = {
  setValueAs: (v: unknown) => (v === '' ? undefined : v),
};
