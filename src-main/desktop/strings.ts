/**
 * The desktop shell's own words (tray, menus, dialogs). Korean is the product's language;
 * English when the OS says so. The web apps keep their own dictionaries.
 */
const ko = {
  appName: 'Table Order',
  tooltip: 'Table Order — 매장 서버 실행 중',
  tabletAddress: (url: string) => `태블릿 주소: ${url}`,
  copyTabletAddress: '태블릿 주소 복사',
  noLanAddress: '네트워크 없음 — 태블릿이 접속할 수 없습니다',
  otherAddresses: '다른 주소',
  openAdmin: '관리자 화면 열기',
  openKitchen: '주방 화면 열기',
  closeKitchen: '주방 화면 닫기',
  pickKitchenDisplay: '주방 화면 모니터 선택…',
  openDataFolder: '데이터 폴더 열기',
  quit: '종료',
  fileMenu: '파일',
  viewMenu: '보기',
  pickTitle: '주방 화면',
  pickMessage: '주방 화면을 띄울 모니터를 고르세요.',
  pickKiosk: '키오스크 모드 (닫기 버튼과 메뉴 없이 전체 화면)',
  cancel: '취소',
  primary: '주 모니터',
  display: (n: number) => `모니터 ${n}`,
  startFailedTitle: '매장 서버를 시작하지 못했습니다',
  portInUse: (port: number) =>
    `포트 ${port}을(를) 다른 프로그램이 쓰고 있습니다. 그 프로그램이나 이미 실행 중인 Table Order를 닫고 다시 시작하세요.`,
  seeLogs: (dir: string) => `자세한 내용은 로그 폴더를 보세요: ${dir}`,
  corruptTitle: '매장 데이터베이스가 손상되었습니다',
  corruptOffer: (backup: string) =>
    `손상된 파일은 따로 옮겨 두었습니다. 가장 최근의 정상 백업(${backup})으로 복원하고 시작할까요? 그 백업 이후의 변경은 사라집니다.`,
  restoreNow: '백업으로 복원',
};

export type DesktopStrings = typeof ko;

const en: DesktopStrings = {
  appName: 'Table Order',
  tooltip: 'Table Order — store server running',
  tabletAddress: (url) => `Tablet address: ${url}`,
  copyTabletAddress: 'Copy tablet address',
  noLanAddress: 'No network — tablets cannot connect',
  otherAddresses: 'Other addresses',
  openAdmin: 'Open admin',
  openKitchen: 'Open kitchen board',
  closeKitchen: 'Close kitchen board',
  pickKitchenDisplay: 'Choose kitchen display…',
  openDataFolder: 'Open data folder',
  quit: 'Quit',
  fileMenu: 'File',
  viewMenu: 'View',
  pickTitle: 'Kitchen board',
  pickMessage: 'Choose the monitor for the kitchen board.',
  pickKiosk: 'Kiosk mode (full screen without close button or menu)',
  cancel: 'Cancel',
  primary: 'primary',
  display: (n) => `Display ${n}`,
  startFailedTitle: 'The store server could not start',
  portInUse: (port) =>
    `Port ${port} is used by another program. Close it (or the Table Order already running) and start again.`,
  seeLogs: (dir) => `Details are in the log folder: ${dir}`,
  corruptTitle: 'The store database is damaged',
  corruptOffer: (backup) =>
    `The damaged file was moved aside. Restore the newest good backup (${backup}) and start? Changes made after that backup are lost.`,
  restoreNow: 'Restore the backup',
};

/** `locale` is Electron's `app.getLocale()` (e.g. `ko`, `ko-KR`, `en-US`). */
export function desktopStrings(locale: string): DesktopStrings {
  return locale.toLowerCase().startsWith('ko') ? ko : locale ? en : ko;
}
