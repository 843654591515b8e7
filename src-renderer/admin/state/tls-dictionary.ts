/** Texts of the store's HTTPS on the Tables screen and the pairing dialog. */
import type { Dictionary } from '../../common/i18n';

export const tlsDict = {
  tlsColumn: { ko: '연결 방식', en: 'Connection' },
  tlsHttps: { ko: 'HTTPS', en: 'HTTPS' },
  tlsHttp: { ko: 'HTTP', en: 'HTTP' },
  tlsUnknown: { ko: '—', en: '—' },
  tlsHttpsHint: {
    ko: '이 태블릿은 매장 인증서를 믿고 HTTPS로 접속합니다(오프라인 앱으로 동작).',
    en: 'This tablet trusts the store certificate and connects over HTTPS (runs as an offline app).',
  },
  tlsHttpHint: {
    ko: '이 태블릿은 일반 HTTP로 접속합니다. 매장 인증서를 설치하면 HTTPS로 바꿀 수 있습니다.',
    en: 'This tablet connects over plain HTTP. Install the store certificate to move it to HTTPS.',
  },
  tlsUnknownHint: {
    ko: '이 태블릿은 아직 접속하지 않았습니다.',
    en: 'No tablet has called from this table yet.',
  },
  tlsTabletUrl: { ko: '태블릿 주소 (HTTPS)', en: 'Tablet URL (HTTPS)' },
  tlsPairingFirst: {
    ko: '먼저 태블릿에 매장 인증서를 설치하세요. 설치하지 않았으면 QR 주소가 열리지 않습니다.',
    en: 'Install the store certificate on the tablet first; without it the QR address will not open.',
  },
  tlsSetupLink: { ko: '인증서 설치 안내 열기', en: 'Open the certificate setup page' },
  tlsShowHttp: { ko: '일반 HTTP QR 보기', en: 'Show the plain HTTP QR instead' },
  tlsShowHttps: { ko: 'HTTPS QR 보기', en: 'Show the HTTPS QR' },
  tlsPlainNote: {
    ko: '일반 HTTP 주소입니다. 태블릿은 동작하지만 오프라인 앱이 되지는 않습니다.',
    en: 'The plain HTTP address: the tablet works, but not as an offline app.',
  },
} satisfies Dictionary;
