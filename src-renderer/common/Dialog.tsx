/**
 * The one modal of the three apps: a native `<dialog>` opened with showModal(), so the
 * browser traps focus, makes the page behind inert and closes on Escape. Focus goes back to
 * whatever opened it when it closes; a click on the backdrop closes it too.
 */
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  onClose: () => void;
  className?: string;
  /** The accessible name (or use labelledBy). */
  label?: string;
  labelledBy?: string;
  /** Off for dialogs that must be answered (no Escape, no backdrop). */
  dismissable?: boolean;
  testId?: string;
  children: ReactNode;
}

export function Dialog({
  onClose,
  className,
  label,
  labelledBy,
  dismissable = true,
  testId,
  children,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      // The opener may be gone (a row deleted by this very dialog): then focus stays put.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className}
      aria-label={label}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onCancel={(e) => {
        // React owns whether the dialog is shown: ask the owner instead of closing here.
        e.preventDefault();
        if (dismissable) close.current();
      }}
      onMouseDown={(e) => {
        if (dismissable && e.target === e.currentTarget) {
          const r = e.currentTarget.getBoundingClientRect();
          const inside =
            e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
          if (!inside) close.current();
        }
      }}
    >
      {children}
    </dialog>
  );
}
