/** Every text of the kitchen board, Korean first. */
import { useT, type Dictionary } from '../../common/i18n';
import { formDictionary } from '../../common/form-messages';

export const dictionary = {
  // Field messages of the shared form checks (zod issue codes)
  ...formDictionary,
  'app.title': { ko: '주방 보드', en: 'Kitchen board' },
  'login.title': { ko: '주방 로그인', en: 'Kitchen sign-in' },
  'login.storeCode': { ko: '매장 코드', en: 'Store code' },
  'login.username': { ko: '아이디', en: 'Username' },
  'login.password': { ko: '비밀번호', en: 'Password' },
  'login.submit': { ko: '로그인', en: 'Sign in' },
  'login.submitting': { ko: '로그인 중…', en: 'Signing in…' },
  'login.hint': {
    ko: '주방 또는 매니저 계정으로 로그인하세요. 로그인은 16시간 유지됩니다.',
    en: 'Sign in with a kitchen or manager account. You stay signed in for 16 hours.',
  },
  'login.error.credentials': {
    ko: '매장 코드, 아이디 또는 비밀번호가 틀렸습니다.',
    en: 'Wrong store code, username or password.',
  },
  'login.error.locked': {
    ko: '로그인 실패가 많아 잠겼습니다. {time} 후에 다시 시도하세요.',
    en: 'Too many failed sign-ins. Try again in {time}.',
  },
  'login.error.network': { ko: '매장 서버에 연결할 수 없습니다.', en: 'The store server cannot be reached.' },
  'login.error.other': { ko: '로그인하지 못했습니다: {detail}', en: 'Could not sign in: {detail}' },
  'reason.expired': {
    ko: '로그인 시간이 끝났습니다. 다시 로그인하세요.',
    en: 'Your sign-in has expired. Please sign in again.',
  },
  'reason.unauthorized': {
    ko: '로그인이 더 이상 유효하지 않습니다 (로그아웃되었거나 비밀번호가 바뀌었습니다). 다시 로그인하세요.',
    en: 'Your sign-in is no longer valid (logged out or password changed). Please sign in again.',
  },
  'reason.logout': { ko: '로그아웃했습니다.', en: 'You have signed out.' },
  'column.pending': { ko: '대기중', en: 'Pending' },
  'column.preparing': { ko: '준비중', en: 'Preparing' },
  'column.completed': { ko: '최근 완료', en: 'Recently done' },
  'column.count': { ko: '{n}건', en: '{n}' },
  'column.empty.pending': { ko: '새 주문을 기다리는 중', en: 'Waiting for new orders' },
  'column.empty.preparing': { ko: '조리 중인 주문 없음', en: 'Nothing cooking' },
  'column.empty.completed': { ko: '완료된 주문 없음', en: 'Nothing finished yet' },
  'ticket.table': { ko: '{n}번', en: 'T{n}' },
  'ticket.tableLong': { ko: '{n}번 테이블', en: 'Table {n}' },
  'ticket.action.start': { ko: '눌러서 조리 시작', en: 'Tap to start' },
  'ticket.action.finish': { ko: '눌러서 완료', en: 'Tap to finish' },
  'ticket.action.recall': { ko: '눌러서 되돌리기', en: 'Tap to recall' },
  'ticket.saving': { ko: '저장 중…', en: 'Saving…' },
  'ticket.new': { ko: '새 주문', en: 'NEW' },
  'ticket.more': { ko: '아래로 {n}건 더 ↓', en: '{n} more below ↓' },
  'column.hint.pending': { ko: '눌러서 조리 시작', en: 'tap to start' },
  'column.hint.preparing': { ko: '눌러서 완료', en: 'tap when done' },
  'column.hint.completed': { ko: '눌러서 되돌리기', en: 'tap to recall' },
  'conn.connecting': { ko: '매장 서버에 연결 중…', en: 'Connecting to the store server…' },
  'conn.reconnecting': {
    ko: '연결 끊김 — 다시 연결하는 중… 화면이 최신이 아닐 수 있습니다',
    en: 'Connection lost — reconnecting… the board may be out of date',
  },
  'conn.offlineFor': { ko: '끊긴 지 {ago}', en: 'offline for {ago}' },
  'conn.lastEvent': { ko: '마지막 수신 {ago} 전', en: 'last event {ago} ago' },
  'conn.loadError': {
    ko: '주문 목록을 불러오지 못했습니다. 다시 시도하는 중…',
    en: 'Could not load the orders. Retrying…',
  },
  'conn.live': { ko: '실시간', en: 'Live' },
  'printer.trouble': { ko: '프린터 확인: {list}', en: 'Check printer: {list}' },
  'printer.offline': { ko: '연결 안 됨', en: 'offline' },
  'printer.paper_out': { ko: '용지 없음', en: 'out of paper' },
  'printer.cover_open': { ko: '덮개 열림', en: 'cover open' },
  'printer.waiting': {
    ko: '주문서는 복구되면 이어서 인쇄됩니다',
    en: 'Waiting tickets print once it is fixed',
  },
  'conn.short.connecting': { ko: '연결 중', en: 'Connecting' },
  'conn.short.offline': { ko: '연결 끊김', en: 'Offline' },
  'sound.enable': {
    ko: '소리가 꺼져 있습니다 — 여기를 눌러 알림음을 켜세요',
    en: 'Sound is blocked — tap here to enable the chime',
  },
  'sound.mute': { ko: '알림음 끄기', en: 'Mute' },
  'sound.unmute': { ko: '알림음 켜기', en: 'Unmute' },
  'settings.open': { ko: '설정', en: 'Settings' },
  'settings.title': { ko: '보드 설정', en: 'Board settings' },
  'settings.warn': { ko: '주황색으로 바뀌는 시간 (분)', en: 'Turns amber after (minutes)' },
  'settings.late': { ko: '빨간색으로 바뀌는 시간 (분)', en: 'Turns red after (minutes)' },
  'settings.save': { ko: '저장', en: 'Save' },
  'settings.close': { ko: '닫기', en: 'Close' },
  'settings.invalid': {
    ko: '1~240분 사이로, 빨간색 시간이 주황색보다 길어야 합니다.',
    en: 'Use 1–240 minutes, with red later than amber.',
  },
  'header.logout': { ko: '로그아웃', en: 'Sign out' },
  'header.lang': { ko: 'English', en: '한국어' },
  'ticket.request': { ko: '요청', en: 'Request' },
  'failure.message': {
    ko: '{table}번 테이블 {order}: 상태를 바꾸지 못했습니다 — {reason}',
    en: 'Table {table} {order}: status not changed — {reason}',
  },
  'failure.conflict': { ko: '다른 화면에서 이미 바뀌었습니다', en: 'it was already changed elsewhere' },
  'failure.notFound': { ko: '주문이 삭제되었습니다', en: 'the order was deleted' },
  'failure.network': { ko: '서버에 연결할 수 없습니다', en: 'the server cannot be reached' },
  'failure.other': { ko: '오류 ({detail})', en: 'error ({detail})' },
  'failure.dismiss': { ko: '닫기', en: 'Dismiss' },
  // Second generation: stations, per-line bumps, all-day counts, keys (K5–K8)
  'status.pending': { ko: '대기', en: 'Pending' },
  'status.preparing': { ko: '조리중', en: 'Cooking' },
  'status.completed': { ko: '완료', en: 'Done' },
  'flow.title': { ko: '주문', en: 'Orders' },
  'flow.empty': { ko: '새 주문을 기다리는 중', en: 'Waiting for new orders' },
  'flow.loading': { ko: '주문을 불러오는 중…', en: 'Loading orders…' },
  'line.action.start': { ko: '눌러서 이 요리 시작', en: 'tap to start this dish' },
  'line.action.finish': { ko: '눌러서 이 요리 완료', en: 'tap when this dish is done' },
  'line.action.recall': { ko: '눌러서 되돌리기', en: 'tap to recall' },
  'ticket.others': { ko: '다른 스테이션', en: 'Other stations' },
  'allday.title': { ko: '남은 요리', en: 'All day' },
  'allday.empty': { ko: '만들 요리 없음', en: 'Nothing to make' },
  'stations.all': { ko: '전체 (엑스포)', en: 'All stations (expo)' },
  'stations.default': { ko: '기본', en: 'Default' },
  'settings.stations': { ko: '이 화면의 스테이션', en: 'Stations on this screen' },
  'settings.stationsHint': {
    ko: '아무것도 고르지 않으면 모든 주문을 보여 줍니다 (엑스포).',
    en: 'Pick none to see every order (expo view).',
  },
  'settings.stationsUnavailable': {
    ko: '스테이션 목록을 불러오지 못했습니다.',
    en: 'The list of stations could not be loaded.',
  },
  'settings.prepHint': {
    ko: '메뉴에 조리 목표 시간이 있으면 그 시간에 빨간색, 70%에 주황색이 됩니다. 아래 시간은 목표가 없는 메뉴에 씁니다.',
    en: "A dish's prep target turns the timer red when missed and amber at 70 %. These minutes apply to dishes without one.",
  },
  'keys.title': { ko: '키보드 · 범프 바', en: 'Keyboard · bump bar' },
  'keys.select': { ko: '주문 고르기', en: 'select a ticket' },
  'keys.bump': { ko: '고른 주문 다음 단계로', en: 'bump the selected ticket' },
  'keys.recall': { ko: '마지막 변경 되돌리기', en: 'recall the last bump' },
  'keys.clear': { ko: '선택 해제', en: 'clear the selection' },
  'keys.call': {
    ko: '가장 오래된 직원 호출 확인 (확인한 호출은 완료)',
    en: 'acknowledge the oldest staff call (finish it once acknowledged)',
  },
} satisfies Dictionary;

export type KitchenKey = keyof typeof dictionary;

export const useKitchenT = () => useT(dictionary);

/** 75 s → "1:15"; an hour and more → "1:02:03". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
