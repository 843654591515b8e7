/**
 * `/table/https-setup`: moves a tablet from the store's plain-HTTP address to its HTTPS one.
 * Opened on plain HTTP (the one page meant for it) before the tablet is paired, so it needs no
 * token: it reads the public `/api/tls`, offers the store's CA certificate (link and QR), shows
 * how to install it on Android and iPad, checks from this tablet whether the HTTPS address is
 * trusted, and then sends the tablet there.
 */
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { useT } from '../../common/i18n';
import { httpsDict } from '../state/https-setup.dictionary';
import { checkTrusted, loadTlsInfo, type TlsInfo } from '../state/https-setup';
import { HttpsSteps, type Platform } from '../components/HttpsSteps';
import { LangSwitch } from '../components/LangSwitch';
import '../styles/https-setup.css';

/** iPads (which also say "Macintosh" with touch) get their steps first; everything else Android's. */
function guessPlatform(): Platform {
  const ua = navigator.userAgent;
  return /iPad|iPhone/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1)
    ? 'ipad'
    : 'android';
}

/** Colon hex that may break after any colon, never inside a byte; the text stays as given. */
function Fingerprint({ hex }: { hex: string }) {
  return hex.split(':').map((byte, i, all) => (
    <span key={i}>
      {byte}
      {i < all.length - 1 && (
        <>
          :<wbr />
        </>
      )}
    </span>
  ));
}

/** `/api/tls` when HTTPS is on: its address and fingerprint are there. */
type OnInfo = TlsInfo & { https_url: string; ca_sha256: string };
const isOn = (info: TlsInfo): info is OnInfo => info.enabled && !!info.https_url && !!info.ca_sha256;

type Load =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; info: TlsInfo; on: OnInfo | null; qr: string | null };
type Check = 'idle' | 'checking' | 'trusted' | 'untrusted';

export function HttpsSetupScreen() {
  const t = useT(httpsDict);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [platform, setPlatform] = useState<Platform>(guessPlatform);
  const [check, setCheck] = useState<Check>('idle');
  const onHttps = window.location.protocol === 'https:';

  useEffect(() => {
    let live = true;
    loadTlsInfo()
      .then(async (info) => {
        const caUrl = new URL(info.ca_url, window.location.origin).href;
        const on = isOn(info) ? info : null;
        const qr = on ? await QRCode.toDataURL(caUrl, { width: 200, margin: 1 }).catch(() => null) : null;
        if (live) setLoad({ state: 'ready', info, on, qr });
      })
      .catch(() => live && setLoad({ state: 'failed' }));
    return () => {
      live = false;
    };
  }, []);

  async function runCheck(info: OnInfo) {
    setCheck('checking');
    setCheck((await checkTrusted(info.https_url)) ? 'trusted' : 'untrusted');
  }

  const info = load.state === 'ready' ? load.on : null;
  const off = load.state === 'ready' && !load.on;
  return (
    <div className="https-setup">
      <header className="https-head">
        <h1>{t('title')}</h1>
        <LangSwitch />
      </header>
      <p className="https-intro">{t('intro')}</p>

      {load.state === 'loading' && <p className="muted">{t('loading')}</p>}
      {load.state === 'failed' && (
        <p className="notice" role="alert">
          {t('loadFailed')}
        </p>
      )}
      {off && (
        <p className="notice" role="alert" data-testid="https-disabled">
          {t('disabled')}
        </p>
      )}
      {info && onHttps && (
        <section className="https-card">
          <p className="https-ok">{t('alreadyHttps')}</p>
          <a className="btn primary" href="/table/">
            {t('openApp')}
          </a>
        </section>
      )}
      {info && !onHttps && load.state === 'ready' && (
        <div className="https-grid">
          <section className="https-card" aria-labelledby="cert-title">
            <h2 id="cert-title">{t('certTitle')}</h2>
            <dl className="https-facts">
              <dt>{t('address')}</dt>
              <dd data-testid="https-url">{info.https_url}</dd>
              <dt>{t('fingerprint')}</dt>
              <dd className="https-fp" data-testid="ca-fingerprint">
                <Fingerprint hex={info.ca_sha256} />
              </dd>
            </dl>
            <p className="muted small">{t('fingerprintHint')}</p>
            <div className="https-cert">
              <a className="btn primary" href={info.ca_url} data-testid="ca-download">
                {t('download')}
              </a>
              {load.qr && (
                <img className="https-qr" src={load.qr} width={160} height={160} alt={t('download')} />
              )}
            </div>
            <p className="muted small">{t('qrHint')}</p>
          </section>
          <section className="https-card https-main" aria-labelledby="steps-title">
            <h2 id="steps-title">{t('stepsTitle')}</h2>
            <div className="https-tabs" role="tablist">
              {(['android', 'ipad'] as const).map((p) => (
                <button
                  key={p}
                  type="button"
                  role="tab"
                  aria-selected={platform === p}
                  className="history-tab"
                  onClick={() => setPlatform(p)}
                >
                  {t(p)}
                </button>
              ))}
            </div>
            <HttpsSteps platform={platform} />
          </section>
          <section className="https-card https-check" aria-labelledby="check-title">
            <h2 id="check-title">{t('checkTitle')}</h2>
            <p className="muted small">{t('checkHint')}</p>
            <button
              type="button"
              className="btn primary wide"
              disabled={check === 'checking'}
              onClick={() => void runCheck(info)}
            >
              {check === 'checking' ? t('checking') : t('check')}
            </button>
            {check === 'trusted' && (
              <div className="https-result ok" role="status" data-testid="https-check">
                <strong>✓ {t('trusted')}</strong>
                <p>{t('trustedHint')}</p>
                <a className="btn primary wide" href={`${info.https_url}/table/`}>
                  {t('moveToHttps')}
                </a>
              </div>
            )}
            {check === 'untrusted' && (
              <p className="https-result bad" role="alert" data-testid="https-check">
                {t('notTrusted')}
              </p>
            )}
          </section>
        </div>
      )}
      <p className="https-back">
        <a href="/table/">{t('back')}</a>
      </p>
    </div>
  );
}
