import type { ReactNode } from 'react';
import { Dialog } from '../../common/Dialog';
import { useAdminT } from '../state/admin-i18n';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** true: a wider form; 'xl': a large editor (the menu item with its options and preview). */
  wide?: boolean | 'xl';
}

/** A centred dialog (common Dialog): Escape and the backdrop close it, focus returns to the opener. */
export function Modal({ title, onClose, children, footer, wide }: Props) {
  const t = useAdminT();
  return (
    <Dialog
      className={wide === 'xl' ? 'modal modal-xl' : wide ? 'modal modal-wide' : 'modal'}
      label={title}
      onClose={onClose}
    >
      <header className="modal-head">
        <h2>{title}</h2>
        <button type="button" className="icon-btn" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="modal-body">{children}</div>
      {footer && <footer className="modal-foot">{footer}</footer>}
    </Dialog>
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
