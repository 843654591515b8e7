import type { Printer } from '../../../src-shared/types';
import { useKitchenT } from '../state/kitchen.i18n';

/**
 * A14: a kitchen printer that is offline, out of paper or open. Shown like the connection
 * banner (big, red) because a cook who relies on paper tickets must notice it from the pass;
 * the hint says nothing is lost: waiting tickets print once the printer is fixed.
 */
export function PrinterAlert({ printers }: { printers: Printer[] }) {
  const t = useKitchenT();
  if (!printers.length) return null;
  const list = printers
    .map((p) => `${p.name} (${t(`printer.${p.status as 'offline' | 'paper_out' | 'cover_open'}`)})`)
    .join(', ');
  return (
    <div className="banner printer-alert" role="alert" data-testid="printer-alert">
      <span className="banner-dot" aria-hidden />
      <strong>{t('printer.trouble', { list })}</strong>
      <span className="printer-alert-hint">{t('printer.waiting')}</span>
    </div>
  );
}
