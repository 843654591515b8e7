import { useEffect, useRef, type ReactNode } from 'react';
import { useAdminT } from '../admin-i18n';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
}

/** A centred dialog over a dimmed page; Escape and the backdrop close it. */
export function Modal({ title, onClose, children, footer, wide }: Props) {
  const t = useAdminT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    box.current?.focus();
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={box}
        className={wide ? 'modal modal-wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
      >
        <header className="modal-head">
          <h2>{title}</h2>
          <button type="button" className="icon-btn" aria-label={t('close')} onClick={onClose}>
            ×
          </button>
        </header>
        <div className="modal-body">{children}</div>
        {footer && <footer className="modal-foot">{footer}</footer>}
      </div>
    </div>
  );
}

/** Cancel and Save for a dialog whose form (by id) sits in the body. */
export function SaveCancelFooter({
  formId,
  pending,
  onCancel,
}: {
  formId: string;
  pending: boolean;
  onCancel: () => void;
}) {
  const t = useAdminT();
  return (
    <>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
      <button type="submit" form={formId} className="primary" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </button>
    </>
  );
}
