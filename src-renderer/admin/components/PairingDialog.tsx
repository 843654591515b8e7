import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import QRCode from 'qrcode';
import type { PairingCode, TableInfo } from '../../../src-shared/types';
import { api } from '../state/admin-api';
import { duration, errorText, useAdminT } from '../state/admin-i18n';
import { Modal } from './Modal';

/** The pairing address on the store's HTTPS port: the same path under the HTTPS base. */
export function httpsPairingUrl(
  url: string,
  tabletUrl: string,
  tabletHttpsUrl: string | null,
): string | null {
  return tabletHttpsUrl && url.startsWith(tabletUrl) ? tabletHttpsUrl + url.slice(tabletUrl.length) : null;
}

/**
 * A8: a single-use pairing code as a QR big enough to scan from a tablet across a counter. With
 * the store's HTTPS on, the QR opens the HTTPS address (the tablet must have the store CA
 * installed first; the plain HTTP QR stays one click away).
 */
export function PairingDialog({
  table,
  tabletUrl,
  tabletHttpsUrl,
  onClose,
}: {
  table: TableInfo;
  /** The tables list's tablet_url and tablet_https_url (null: HTTPS off). */
  tabletUrl: string;
  tabletHttpsUrl: string | null;
  onClose: () => void;
}) {
  const t = useAdminT();
  const [qr, setQr] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [plain, setPlain] = useState(false);
  const pair = useMutation({
    mutationFn: () => api.post<PairingCode>(`/api/admin/tables/${table.id}/pairing`),
  });
  const { mutate } = pair;
  useEffect(() => mutate(), [mutate]);
  const secureUrl = pair.data ? httpsPairingUrl(pair.data.url, tabletUrl, tabletHttpsUrl) : null;
  const shown = pair.data ? (!plain && secureUrl) || pair.data.url : null;
  useEffect(() => {
    if (!shown) return;
    let current = true;
    void QRCode.toDataURL(shown, { width: 320, margin: 2, errorCorrectionLevel: 'M' }).then(
      (data) => current && setQr(data),
    );
    return () => {
      current = false;
    };
  }, [shown]);
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
        {p && qr && shown ? (
          <>
            {secureUrl && !plain && (
              <p className="notice" data-testid="pairing-https-note">
                {t('tlsPairingFirst')}{' '}
                <a href="/table/https-setup" target="_blank" rel="noreferrer">
                  {t('tlsSetupLink')}
                </a>
              </p>
            )}
            {secureUrl && plain && <p className="muted">{t('tlsPlainNote')}</p>}
            <img className="qr" src={qr} width={320} height={320} alt={shown} data-testid="pairing-qr" />
            <p className="muted">{t('pairingHint')}</p>
            <p>
              {t('pairingCode')}:{' '}
              <strong className="mono" data-testid="pairing-code">
                {p.pairing_code}
              </strong>
            </p>
            <p className="mono url" data-testid="pairing-url">
              {shown}
            </p>
            {secureUrl && (
              <button
                type="button"
                className="small"
                onClick={() => setPlain(!plain)}
                data-testid="pairing-toggle"
              >
                {t(plain ? 'tlsShowHttps' : 'tlsShowHttp')}
              </button>
            )}
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
