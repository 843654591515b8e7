import type { Printer } from '../../../src-shared/types';
import { useKitchenT } from '../state/kitchen.i18n';

/** A14: a kitchen printer that is offline, out of paper or open — tickets wait until it is fixed. */
export function PrinterAlert({ printers }: { printers: Printer[] }) {
  const t = useKitchenT();
  if (!printers.length) return null;
  const list = printers
    .map((p) => `${p.name} (${t(`printer.${p.status as 'offline' | 'paper_out' | 'cover_open'}`)})`)
    .join(', ');
  return (
    <div className="printer-alert" role="alert" data-testid="printer-alert">
      <strong>{t('printer.trouble', { list })}</strong>
    </div>
  );
}
