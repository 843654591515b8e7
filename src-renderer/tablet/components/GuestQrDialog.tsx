/**
 * "휴대폰으로 주문" (T11): a QR code of a guest invite for this table; a guest's phone on the
 * store Wi-Fi scans it and orders for the table until the seating ends.
 */
import { useCallback, useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { useT } from '../../common/i18n';
import { Dialog } from '../../common/Dialog';
import { formatTime } from '../../../src-shared/format';
import type { GuestInvite } from '../../../src-shared/types';
import { api, authed } from '../state/api';
import { dict } from '../state/tablet.dictionary';

export function GuestQrDialog({ onClose }: { onClose: () => void }) {
  const t = useT(dict);
  const [invite, setInvite] = useState<{ data: GuestInvite; qr: string } | null>(null);
  const [state, setState] = useState<'making' | 'ready' | 'failed'>('making');

  const make = useCallback(async () => {
    setState('making');
    try {
      const data = await authed(() => api.post<GuestInvite>('/api/table/guest-invite'));
      const qr = await QRCode.toDataURL(data.url, { width: 280, margin: 2, errorCorrectionLevel: 'M' });
      setInvite({ data, qr });
      setState('ready');
    } catch {
      setState('failed');
    }
  }, []);
  useEffect(() => void make(), [make]);

  return (
    <Dialog className="tablet-dialog" labelledBy="qr-title" onClose={onClose} testId="guest-qr-dialog">
      <div className="modal guest-qr">
        <h2 id="qr-title">{t('phoneOrder')}</h2>
        <p className="muted">{t('phoneOrderHint')}</p>
        {invite ? (
          <>
            <img
              className="qr"
              src={invite.qr}
              width={280}
              height={280}
              alt={t('phoneOrder')}
              data-testid="guest-qr"
              data-url={invite.data.url}
            />
            <p className="qr-expiry" data-testid="guest-qr-expiry" data-expires-at={invite.data.expires_at}>
              {t('phoneOrderUntil', { time: formatTime(invite.data.expires_at) })}
            </p>
          </>
        ) : (
          <p className="lead" aria-busy={state === 'making'}>
            {state === 'failed' ? t('phoneOrderFailed') : t('phoneOrderMaking')}
          </p>
        )}
        {state === 'failed' && invite && (
          <p className="notice" role="alert">
            {t('phoneOrderFailed')}
          </p>
        )}
        <div className="modal-actions">
          <button
            type="button"
            className="btn ghost"
            onClick={() => void make()}
            disabled={state === 'making'}
          >
            {t('newCode')}
          </button>
          <button type="button" className="btn primary" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
