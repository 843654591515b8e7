/**
 * The numbered steps that install the store's CA certificate, for Android tablets and iPads,
 * each with a drawing of the screen where it happens (HTTPS onboarding).
 */
import { useT } from '../../common/i18n';
import { httpsDict, type HttpsText } from '../state/https-setup.dictionary';
import { DeviceFigure, type FigureScreen } from './DeviceFigure';

export type Platform = 'android' | 'ipad';

type T = ReturnType<typeof useT<typeof httpsDict>>;
interface Step {
  text: HttpsText;
  screen: (t: T) => FigureScreen;
}

/** The certificate's name as the device lists it (the file's, or the CA's common name). */
const CERT_FILE = 'table-order-store-ca.crt';
const CA_NAME = 'Table Order Store CA';

const checkScreen =
  (kind: Platform) =>
  (t: T): FigureScreen => ({
    kind,
    title: 'Table Order',
    rows: [{ label: t('figCheck'), button: true, hi: true }],
  });

export const STEPS: Record<Platform, Step[]> = {
  android: [
    {
      text: 'aStep1',
      screen: (t) => ({
        kind: 'android',
        title: 'Table Order',
        rows: [{ label: t('figGetCert'), button: true, hi: true }],
      }),
    },
    {
      text: 'aStep2',
      screen: (t) => ({
        kind: 'android',
        title: t('figSettings'),
        rows: [
          { label: t('figConnections') },
          { label: t('figDisplay') },
          { label: t('figSecurity'), hi: true },
          { label: t('figBattery') },
        ],
      }),
    },
    {
      text: 'aStep3',
      screen: (t) => ({
        kind: 'android',
        title: t('figInstallCert'),
        rows: [{ label: t('figCaCert'), hi: true }, { label: t('figVpnCert') }, { label: t('figWifiCert') }],
      }),
    },
    {
      text: 'aStep4',
      screen: (t) => ({
        kind: 'android',
        title: t('figDownloads'),
        rows: [
          { label: CERT_FILE, file: true, hi: true },
          { label: 'menu-photo.jpg', file: true },
        ],
      }),
    },
    { text: 'aStep5', screen: checkScreen('android') },
  ],
  ipad: [
    {
      text: 'iStep1',
      screen: (t) => ({
        kind: 'ipad',
        title: 'Table Order',
        rows: [{ label: t('figGetCert'), button: true }],
        dialog: { lines: wrap(t('figProfileAsk'), 24), ok: t('figAllow'), cancel: t('figIgnore') },
      }),
    },
    {
      text: 'iStep2',
      screen: (t) => ({
        kind: 'ipad',
        title: t('figSettings'),
        rows: [
          { label: t('figProfileDownloaded'), hi: true },
          { label: t('figWifi') },
          { label: t('figGeneral') },
        ],
      }),
    },
    {
      text: 'iStep3',
      screen: (t) => ({
        kind: 'ipad',
        title: t('figInstallProfile'),
        rows: [{ label: CA_NAME }, { label: t('figInstall'), button: true, hi: true }],
      }),
    },
    {
      text: 'iStep4',
      screen: (t) => ({
        kind: 'ipad',
        title: t('figTrust'),
        rows: [{ label: CA_NAME, toggle: true, hi: true }],
      }),
    },
    { text: 'iStep5', screen: checkScreen('ipad') },
  ],
};

/** Splits a sentence into lines of about `max` characters at spaces, for SVG text. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function HttpsSteps({ platform }: { platform: Platform }) {
  const t = useT(httpsDict);
  return (
    <ol className="https-steps" data-testid={`steps-${platform}`}>
      {STEPS[platform].map((step, i) => (
        <li key={step.text} className="https-step">
          <span className="https-step-no" aria-hidden="true">
            {i + 1}
          </span>
          <p>{t(step.text)}</p>
          <DeviceFigure screen={step.screen(t)} />
        </li>
      ))}
    </ol>
  );
}
