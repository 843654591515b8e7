import { useState, type ReactNode } from 'react';
import { errorText, useAdminT } from '../state/admin-i18n';
import { Modal } from './Modal';

interface Props {
  title: string;
  message: string;
  /** More below the message (a warning that depends on data, say). */
  detail?: ReactNode;
  confirmLabel: string;
  /** Runs the action; the dialog stays open (with the error) if it throws. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  /** Turns a failure into words; defaults to the generic error text. */
  describeError?: (error: unknown) => string;
}

/** Asks before anything that cannot be undone, and shows pending and failure in place. */
export function ConfirmDialog({
  title,
  message,
  detail,
  confirmLabel,
  onConfirm,
  onClose,
  describeError,
}: Props) {
  const t = useAdminT();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(describeError?.(e) ?? errorText(t, e));
      setPending(false);
    }
  };
  return (
    <Modal
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={pending}>
            {t('cancel')}
          </button>
          <button type="button" className="danger" onClick={run} disabled={pending}>
            {pending ? t('working') : confirmLabel}
          </button>
        </>
      }
    >
      <p className="confirm-text">{message}</p>
      {detail}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}
