/**
 * The seating's bill (T10): the lines merged across orders by the server, total, paid and due,
 * and "계산 요청" straight from here (a staff call with the owner's 계산 요청 preset, or the
 * words as a note when the store has no such preset).
 */
import { useState } from 'react';
import { useGuestLang, useT } from '../../common/i18n';
import type { RichMenu } from '../../common/menu-extras';
import type { BillLine } from '../../../src-shared/types';
import { dict } from '../state/tablet.dictionary';
import { useBill } from '../state/bill-store';
import { submitCall, usePresets } from '../state/calls-store';
import { useMenu } from '../state/queries';
import { dishName, useWon } from '../state/guest-text';
import { refusalOfCall } from './CallStatus';

export const BILL_PRESET_LABEL = '계산 요청';

function BillRow({ line, menu }: { line: BillLine; menu: RichMenu | undefined }) {
  const t = useT(dict);
  const [lang] = useGuestLang();
  const won = useWon();
  return (
    <li className="bill-line">
      <span className="bill-line-name">
        <span className="bill-dish">{dishName(menu, line.menu_name, lang)}</span>
        {line.options.length > 0 && <span className="line-options">{line.options.join(', ')}</span>}
        {line.note && (
          <span className="line-note">
            {t('request')}: {line.note}
          </span>
        )}
      </span>
      <span className="bill-line-qty">
        {won(line.unit_price)} × {line.quantity}
      </span>
      <strong className="bill-line-amount">{won(line.amount)}</strong>
    </li>
  );
}

export function BillView() {
  const t = useT(dict);
  const won = useWon();
  const bill = useBill();
  const presets = usePresets();
  const menu = useMenu();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  // Bill lines carry the dish's name only: its translation is found by that name.
  const byName = new Map<string, RichMenu>();
  for (const c of menu.data?.categories ?? []) for (const m of c.menus) byName.set(m.name, m);

  async function askForBill() {
    setAsking(true);
    setMessage(null);
    const preset = presets.data?.find((p) => p.label === BILL_PRESET_LABEL);
    const r = preset
      ? await submitCall([preset], [preset.label], '')
      : await submitCall([], [], BILL_PRESET_LABEL);
    setAsking(false);
    setMessage(
      t(
        r.kind === 'refused'
          ? refusalOfCall(r.error)
          : r.kind === 'queued'
            ? 'callQueuedHint'
            : 'billRequested',
      ),
    );
  }

  const b = bill.data;
  return (
    <section className="bill-view" aria-label={t('bill')} data-testid="bill-view">
      <div className="orders-head">
        <h2>{t('bill')}</h2>
      </div>
      {b === undefined ? (
        <p className="lead muted empty-state">{bill.isError ? t('billUnavailable') : t('billLoading')}</p>
      ) : b === null || b.lines.length === 0 ? (
        <p className="lead muted empty-state" data-testid="bill-empty">
          {t('billEmpty')}
        </p>
      ) : (
        <>
          <div className="bill-cols muted" aria-hidden="true">
            <span>{t('billItem')}</span>
            <span>{t('billQty')}</span>
            <span>{t('billAmount')}</span>
          </div>
          <ul className="bill-lines">
            {b.lines.map((l, i) => (
              <BillRow key={i} line={l} menu={byName.get(l.menu_name)} />
            ))}
          </ul>
          <dl className="bill-sums">
            <div>
              <dt>{t('billTotal')}</dt>
              <dd data-testid="bill-total">{won(b.total_amount)}</dd>
            </div>
            <div>
              <dt>{t('billPaid')}</dt>
              <dd data-testid="bill-paid">{won(b.paid_amount)}</dd>
            </div>
            <div className="bill-due">
              <dt>{t('billDue')}</dt>
              <dd data-testid="bill-due">{won(b.due_amount)}</dd>
            </div>
          </dl>
        </>
      )}
      <div className="bill-actions">
        {message && (
          <p className="notice" role="status">
            {message}
          </p>
        )}
        <button
          type="button"
          className="btn primary bill-request"
          onClick={() => void askForBill()}
          disabled={asking}
        >
          {t('billRequest')}
        </button>
      </div>
    </section>
  );
}
