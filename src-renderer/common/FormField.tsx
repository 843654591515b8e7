import { useId, type ReactNode } from 'react';

/** What a field's control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface Props {
  label: string;
  /** This field's message (from the schema check or the server); none when it is fine. */
  error?: string | undefined;
  /** A short rule ("6–64") shown while there is no error. */
  hint?: string | undefined;
  /** Renders the control with the given props spread on it. */
  children: (control: ControlProps) => ReactNode;
  className?: string;
}

/**
 * A labelled form control with its error line right under it. The control is described by the
 * error (or the hint) and marked aria-invalid, so a screen reader says why along with the label.
 * The error sits outside the <label> so the control's accessible name stays just the label.
 */
export function FormField({ label, error, hint, children, className }: Props) {
  const id = useId();
  const noteId = `${id}-note`;
  const note = error ? 'error' : hint ? 'hint' : null;
  const classes = ['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label className="field-main" htmlFor={id}>
        <span className="field-label">{label}</span>
        {children({ id, 'aria-invalid': !!error, 'aria-describedby': note ? noteId : undefined })}
      </label>
      {note === 'hint' && (
        <span className="field-hint" id={noteId}>
          {hint}
        </span>
      )}
      {note === 'error' && (
        <span className="field-error" id={noteId} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
