import type { ReactNode } from 'react';

interface Props {
  label: string;
  /** The API's message for this field (ApiError.errors[].path). */
  error?: string | undefined;
  hint?: string;
  children: ReactNode;
}

/**
 * A labelled form control with its own error line right under it. The error sits outside
 * the <label> so the control's accessible name stays just the label.
 */
export function Field({ label, error, hint, children }: Props) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-main">
        <span className="field-label">{label}</span>
        {children}
      </label>
      {hint && !error && <span className="field-hint">{hint}</span>}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
