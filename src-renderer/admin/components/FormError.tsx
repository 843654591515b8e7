import { errorText, useAdminT } from '../state/admin-i18n';

interface Props {
  error: unknown;
  /** Field errors the form could not place under a field. */
  other?: string[];
  /** A sentence that replaces the generic one (e.g. "that number already exists"). */
  override?: string | null;
}

/** The form-level failure line: what went wrong, in words. */
export function FormError({ error, other = [], override }: Props) {
  const t = useAdminT();
  if (!error) return null;
  return (
    <div className="error" role="alert">
      <p>{override ?? errorText(t, error)}</p>
      {other.length > 0 && (
        <ul>
          {other.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
