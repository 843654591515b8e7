import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import QRCode from 'qrcode';
import type { PairingCode, TableInfo } from '../../../src-shared/types';
import { api } from '../state/admin-api';
import { duration, errorText, useAdminT } from '../state/admin-i18n';
import { Modal } from './Modal';

/** A8: a single-use pairing code as a QR big enough to scan from a tablet across a counter. */
export function PairingDialog({ table, onClose }: { table: TableInfo; onClose: () => void }) {
  const t = useAdminT();
  const [qr, setQr] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const pair = useMutation({
    mutationFn: () => api.post<PairingCode>(`/api/admin/tables/${table.id}/pairing`),
    onSuccess: async (p) =>
      setQr(await QRCode.toDataURL(p.url, { width: 320, margin: 2, errorCorrectionLevel: 'M' })),
  });
  const { mutate } = pair;
  useEffect(() => mutate(), [mutate]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const p = pair.data;
  const left = p ? Math.round((Date.parse(p.expires_at) - now) / 1000) : 0;
  return (
    <Modal
      title={t('pairingTitle', { n: table.table_number })}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={() => mutate()} disabled={pair.isPending}>
            {pair.isPending ? t('working') : t('newCode')}
          </button>
          <button type="button" className="primary" onClick={onClose}>
            {t('close')}
          </button>
        </>
      }
    >
      <div className="pairing">
        {pair.isError && (
          <p className="error" role="alert">
            {errorText(t, pair.error)}
          </p>
        )}
        {p && qr ? (
          <>
            <img className="qr" src={qr} width={320} height={320} alt={p.url} data-testid="pairing-qr" />
            <p className="muted">{t('pairingHint')}</p>
            <p>
              {t('pairingCode')}:{' '}
              <strong className="mono" data-testid="pairing-code">
                {p.pairing_code}
              </strong>
            </p>
            <p className="mono url" data-testid="pairing-url">
              {p.url}
            </p>
            <p className={left > 0 ? 'muted' : 'error'}>
              {left > 0 ? t('expiresIn', { t: duration(t, left) }) : t('expired')}
            </p>
          </>
        ) : (
          !pair.isError && <p className="muted">{t('loading')}</p>
        )}
      </div>
    </Modal>
  );
}
