import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { errorText, useAdminT } from '../state/admin-i18n';
import { CONFLICT_ERROR, type Failure } from '../state/use-admin-form';

interface Props {
  form: UseFormReturn<FieldValues, any, any> | UseFormReturn<any, any, any>;
  failure: Failure | null;
  /** A sentence that replaces the generic one (a wrong password, "already set up"). */
  override?: string | null;
  /** A one-field form: its field already says what to fix, no "check the input" line too. */
  single?: boolean;
}

/**
 * The form's own error line above or beside its buttons: why the request failed, or — while a
 * field still shows an input mistake — "check the input", so a mistake further up is not missed.
 */
export function FormFailure({ form, failure, override, single = false }: Props) {
  const t = useAdminT();
  const mistakes = Object.values(form.formState.errors).filter((e) => e && e.type !== CONFLICT_ERROR);
  let text: string | null = null;
  if (override) text = override;
  else if (failure && !failure.allPlaced) text = errorText(t, failure.error);
  else if (mistakes.length > 0 && !single) text = t('errValidation');
  if (!text) return null;
  return (
    <div className="error" role="alert">
      <p>{text}</p>
      {failure && failure.other.length > 0 && (
        <ul>
          {failure.other.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
