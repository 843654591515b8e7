/**
 * Field errors of a form's last failed submit, in the chosen language. A field's message
 * goes away as soon as the manager edits that field (inputs are named like the API's
 * paths), so a fixed field no longer looks wrong while the others still say why.
 */
import { useState, type FormEvent } from 'react';
import { fieldErrors } from './admin-i18n';
import { useLang } from '../../common/i18n';
import { ApiError } from '../../common/api';

export function useFormErrors(error: unknown, fields: readonly string[]) {
  const [lang] = useLang();
  const [edited, setEdited] = useState<{ error: unknown; names: ReadonlySet<string> }>({
    error: null,
    names: new Set(),
  });
  const all = fieldErrors(error, fields, lang);
  const cleared = edited.error === error ? edited.names : new Set<string>();
  const byField: Record<string, string> = {};
  for (const [f, m] of Object.entries(all.byField)) if (!cleared.has(f)) byField[f] = m;
  const onInput = (e: FormEvent<HTMLFormElement>) => {
    const name = (e.target as HTMLInputElement).name;
    if (!name || !error) return;
    setEdited((prev) => ({ error, names: new Set([...(prev.error === error ? prev.names : []), name]) }));
  };
  // Once every field the server named has been edited, its "check the input" line goes too.
  const allFixed =
    error instanceof ApiError &&
    error.status === 400 &&
    Object.keys(all.byField).length > 0 &&
    Object.keys(byField).length === 0 &&
    all.other.length === 0;
  return { byField, other: all.other, onInput, formError: allFixed ? null : error };
}
