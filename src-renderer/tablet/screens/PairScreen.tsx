/** `/table/pair?code=…`: the admin's QR code logs this tablet in as its table (T1). */
import { useEffect, useRef } from 'react';
import { useT } from '../../common/i18n';
import { dict } from '../state/tablet.dictionary';
import { pairWithCode, savedCredentials } from '../state/auth-store';
import { forgetIfOtherTable } from '../state/table-switch';

export function PairScreen({ code, onDone }: { code: string; onDone: (ok: boolean) => void }) {
  const t = useT(dict);
  const started = useRef(false);

  useEffect(() => {
    // Single-use code: a second request (StrictMode, re-render) would be refused.
    if (started.current) return;
    started.current = true;
    const before = savedCredentials();
    pairWithCode(code)
      .then(() => {
        forgetIfOtherTable(before, savedCredentials());
        onDone(true);
      })
      .catch(() => onDone(false));
  }, [code, onDone]);

  return (
    <div className="center-screen" aria-busy="true">
      <p className="lead">{t('pairing')}</p>
    </div>
  );
}
