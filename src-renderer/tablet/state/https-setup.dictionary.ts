/**
 * Words of the tablet HTTPS onboarding page (/table/https-setup). It is read by the staff who
 * set a tablet up, so Korean and English; the names of settings items are the ones the
 * devices show in that language.
 */
import type { Dictionary } from '../../common/i18n';

export const httpsDict = {
  title: { ko: '태블릿을 앱처럼 쓰기 (HTTPS)', en: 'Use the tablet like an app (HTTPS)' },
  intro: {
    ko: '매장 인증서를 태블릿에 한 번 설치하면, 태블릿이 매장 PC에 HTTPS로 연결됩니다. 그러면 매장 PC가 다시 시작되는 동안 화면을 새로 고쳐도 메뉴와 주문이 그대로 보이고, 화면이 꺼지지 않으며, 홈 화면에 앱으로 추가할 수 있습니다.',
    en: "Install the store's certificate on the tablet once, and the tablet connects to the store PC over HTTPS. Then a reload while the store PC restarts still shows the menu and orders, the screen stays on, and the app can be added to the home screen.",
  },
  loading: { ko: '매장 설정을 확인하는 중…', en: "Reading the store's settings…" },
  loadFailed: {
    ko: '매장 PC에서 HTTPS 설정을 읽을 수 없습니다. Wi-Fi 연결을 확인하고 다시 불러오세요.',
    en: "The store PC's HTTPS settings cannot be read. Check the Wi-Fi and reload.",
  },
  disabled: {
    ko: '이 매장은 HTTPS가 꺼져 있습니다. 매장 PC의 관리 화면에서 HTTPS를 켠 뒤 이 화면을 다시 여세요.',
    en: 'HTTPS is off on this store. Turn it on on the store PC, then open this page again.',
  },
  alreadyHttps: {
    ko: '이 태블릿은 이미 HTTPS로 연결되어 있습니다.',
    en: 'This tablet is already connected over HTTPS.',
  },
  openApp: { ko: '주문 화면 열기', en: 'Open the ordering app' },
  address: { ko: 'HTTPS 주소', en: 'HTTPS address' },
  fingerprint: { ko: '인증서 지문 (SHA-256)', en: 'Certificate fingerprint (SHA-256)' },
  fingerprintHint: {
    ko: '설치할 때 기기에 보이는 지문이 이것과 같아야 합니다.',
    en: 'The fingerprint the device shows when installing must match this one.',
  },
  certTitle: { ko: '1. 매장 인증서 받기', en: "1. Get the store's certificate" },
  download: { ko: '인증서 받기', en: 'Download the certificate' },
  qrHint: {
    ko: '다른 기기에서는 이 QR 코드를 찍어 인증서를 받을 수 있습니다.',
    en: 'On another device, scan this QR code to get the certificate.',
  },
  stepsTitle: { ko: '2. 인증서 설치하기', en: '2. Install the certificate' },
  android: { ko: 'Android 태블릿', en: 'Android tablet' },
  ipad: { ko: 'iPad', en: 'iPad' },
  checkTitle: { ko: '3. 연결 확인', en: '3. Check the connection' },
  checkHint: {
    ko: '설치가 끝났으면 확인을 누르세요. 이 태블릿이 매장 인증서를 믿는지 HTTPS 주소로 확인합니다.',
    en: 'When the certificate is installed, press Check. The tablet tries the HTTPS address.',
  },
  check: { ko: '확인', en: 'Check' },
  checking: { ko: '확인하는 중…', en: 'Checking…' },
  trusted: { ko: '신뢰됨', en: 'Trusted' },
  trustedHint: {
    ko: '이 태블릿은 매장 인증서를 믿습니다. 아래 버튼으로 HTTPS 주소로 옮긴 뒤 테이블을 한 번 더 연결하세요 (관리 화면의 연결 QR 또는 테이블 비밀번호).',
    en: "This tablet trusts the store's certificate. Move to the HTTPS address below, then pair the table once more (pairing QR on the admin screen, or the table password).",
  },
  moveToHttps: { ko: 'HTTPS로 이동', en: 'Move to HTTPS' },
  notTrusted: {
    ko: '아직 인증서를 믿지 않습니다. 설치 단계를 끝까지 마쳤는지 (iPad는 "인증서 신뢰 설정"까지) 확인한 뒤 다시 누르세요.',
    en: 'The certificate is not trusted yet. Make sure every step is done (on iPad, including Certificate Trust Settings), then try again.',
  },
  back: { ko: '태블릿 설정으로 돌아가기', en: 'Back to tablet setup' },

  // Android steps (Android 11 and later; Samsung names in brackets where they differ).
  aStep1: {
    ko: '위의 "인증서 받기"를 누릅니다. 파일(table-order-store-ca.crt)이 "다운로드" 폴더에 저장됩니다.',
    en: 'Press "Download the certificate" above. The file (table-order-store-ca.crt) is saved to Downloads.',
  },
  aStep2: {
    ko: '설정 앱을 열고 "보안 및 개인정보 보호" → "기타 보안 설정"으로 갑니다. (기기에 따라 "보안" → "암호화 및 사용자 인증 정보")',
    en: 'Open Settings → "Security & privacy" → "More security settings" (on some devices "Security" → "Encryption & credentials").',
  },
  aStep3: {
    ko: '"인증서 설치" (또는 "기기에 저장된 인증서 설치") → "CA 인증서"를 누르고, 경고가 나오면 "설치"를 누릅니다.',
    en: 'Tap "Install a certificate" → "CA certificate", and "Install anyway" at the warning.',
  },
  aStep4: {
    ko: '다운로드 폴더에서 table-order-store-ca.crt를 고르고, 화면 잠금 PIN을 입력합니다.',
    en: 'Pick table-order-store-ca.crt in Downloads and enter the screen-lock PIN.',
  },
  aStep5: {
    ko: 'Chrome으로 돌아와 아래 "확인"을 누릅니다.',
    en: 'Come back to Chrome and press "Check" below.',
  },
  // iPad steps (iPadOS 15 and later).
  iStep1: {
    ko: 'Safari에서 위의 "인증서 받기"를 누르고, "구성 프로파일을 다운로드하려고 합니다"에서 "허용"을 누릅니다.',
    en: 'In Safari press "Download the certificate" above, then "Allow" when it asks to download a configuration profile.',
  },
  iStep2: {
    ko: '설정 앱 맨 위의 "프로파일이 다운로드됨"을 누릅니다. (또는 "일반" → "VPN 및 기기 관리")',
    en: 'Open Settings and tap "Profile Downloaded" at the top (or General → "VPN & Device Management").',
  },
  iStep3: {
    ko: '"설치"를 누르고 iPad 암호를 입력한 뒤, 다시 "설치"를 누릅니다.',
    en: 'Tap "Install", enter the iPad passcode, and tap "Install" again.',
  },
  iStep4: {
    ko: '"일반" → "정보" → 맨 아래 "인증서 신뢰 설정"에서 매장 인증서를 켭니다.',
    en: 'Go to General → About → "Certificate Trust Settings" at the bottom and turn the store certificate on.',
  },
  iStep5: {
    ko: 'Safari로 돌아와 아래 "확인"을 누릅니다.',
    en: 'Come back to Safari and press "Check" below.',
  },

  // Words drawn in the pictures, as the devices show them.
  figDownloads: { ko: '다운로드', en: 'Downloads' },
  figGetCert: { ko: '인증서 받기', en: 'Download' },
  figSettings: { ko: '설정', en: 'Settings' },
  figSecurity: { ko: '보안 및 개인정보 보호', en: 'Security & privacy' },
  figMoreSecurity: { ko: '기타 보안 설정', en: 'More security settings' },
  figConnections: { ko: '연결', en: 'Connections' },
  figDisplay: { ko: '디스플레이', en: 'Display' },
  figBattery: { ko: '배터리', en: 'Battery' },
  figInstallCert: { ko: '인증서 설치', en: 'Install a certificate' },
  figCaCert: { ko: 'CA 인증서', en: 'CA certificate' },
  figVpnCert: { ko: 'VPN 및 앱 사용자 인증서', en: 'VPN & app user certificate' },
  figWifiCert: { ko: 'Wi-Fi 인증서', en: 'Wi-Fi certificate' },
  figProfileAsk: {
    ko: '이 웹 사이트가 구성 프로파일을 다운로드하려고 합니다.',
    en: 'This website is trying to download a configuration profile.',
  },
  figAllow: { ko: '허용', en: 'Allow' },
  figIgnore: { ko: '무시', en: 'Ignore' },
  figProfileDownloaded: { ko: '프로파일이 다운로드됨', en: 'Profile Downloaded' },
  figWifi: { ko: 'Wi-Fi', en: 'Wi-Fi' },
  figGeneral: { ko: '일반', en: 'General' },
  figInstallProfile: { ko: '프로파일 설치', en: 'Install Profile' },
  figInstall: { ko: '설치', en: 'Install' },
  figAbout: { ko: '정보', en: 'About' },
  figTrust: { ko: '인증서 신뢰 설정', en: 'Certificate Trust Settings' },
  figCheck: { ko: '확인', en: 'Check' },
  figTrusted: { ko: '신뢰됨', en: 'Trusted' },
} satisfies Dictionary;

export type HttpsText = keyof typeof httpsDict;
