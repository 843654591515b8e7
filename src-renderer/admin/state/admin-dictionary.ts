/** Every text of the admin app, Korean first (the product's default) and English. */
import type { Dictionary } from '../../common/i18n';
import { formDictionary } from '../../common/form-messages';
import { stationDict } from './station-dictionary';
import { callAdminDict } from './call-dictionary';
import { printerDict } from './printer-dictionary';
import { checkoutDict } from './checkout-dictionary';
import { backupDict } from './backup-dictionary';
import { summaryDict } from './summary-dictionary';
import { reportsDict } from './reports-dictionary';
import { auditDict } from './audit-dictionary';
import { dashboardDict } from './dashboard-dictionary';
import { tlsDict } from './tls-dictionary';

export const dict = {
  // Field messages of the shared form checks (zod issue codes)
  ...formDictionary,
  ...stationDict,
  ...callAdminDict,
  ...dashboardDict,
  ...printerDict,
  ...checkoutDict,
  ...backupDict,
  ...summaryDict,
  ...reportsDict,
  ...auditDict,
  ...tlsDict,
  appTitle: { ko: '테이블 오더 관리자', en: 'Table Order Admin' },
  langSwitch: { ko: 'English', en: '한국어' },

  // Login and setup
  loginTitle: { ko: '관리자 로그인', en: 'Staff login' },
  storeCode: { ko: '매장 코드', en: 'Store code' },
  username: { ko: '아이디', en: 'Username' },
  password: { ko: '비밀번호', en: 'Password' },
  login: { ko: '로그인', en: 'Log in' },
  loggingIn: { ko: '로그인 중…', en: 'Logging in…' },
  logout: { ko: '로그아웃', en: 'Log out' },
  badCredentials: {
    ko: '매장 코드, 아이디 또는 비밀번호가 올바르지 않습니다.',
    en: 'Wrong store code, username or password.',
  },
  lockedOut: {
    ko: '로그인 실패가 많아 잠겼습니다. {wait} 후에 다시 시도하세요.',
    en: 'Too many failed logins. Try again in {wait}.',
  },
  reasonExpired: {
    ko: '로그인 시간(16시간)이 끝났습니다. 다시 로그인하세요.',
    en: 'Your 16-hour session ended. Please log in again.',
  },
  reasonUnauthorized: {
    ko: '로그인이 만료되었거나 취소되었습니다. 다시 로그인하세요.',
    en: 'Your login expired or was revoked. Please log in again.',
  },
  reasonLogout: { ko: '로그아웃했습니다.', en: 'You have logged out.' },
  firstRunLink: { ko: '처음 사용하시나요? 매장 설정하기', en: 'First time? Set up the store' },
  setupTitle: { ko: '처음 설정', en: 'First-time setup' },
  setupIntro: {
    ko: '이 매장 서버에 아직 매장이 없을 때 한 번만 합니다. 매장과 첫 관리자 계정을 만듭니다.',
    en: 'Done once, while this store server has no store yet. Creates the store and its first manager.',
  },
  storeName: { ko: '매장 이름', en: 'Store name' },
  setupSubmit: { ko: '매장 만들기', en: 'Create store' },
  setupDone: { ko: '매장을 만들었습니다. 이제 로그인하세요.', en: 'Store created. Log in now.' },
  setupExists: {
    ko: '이미 매장이 설정되어 있습니다. 로그인하세요.',
    en: 'A store is already set up. Please log in.',
  },
  setupCode: { ko: '설정 코드', en: 'Setup code' },
  setupCodeHint: {
    ko: '매장 PC 화면(또는 SETUP_CODE.txt)에 표시된 코드입니다. 매장 PC에서는 필요 없습니다.',
    en: 'Shown on the store PC (and in SETUP_CODE.txt). Not needed on the store PC itself.',
  },
  backToLogin: { ko: '로그인으로 돌아가기', en: 'Back to login' },
  minutes: { ko: '{n}분', en: '{n} min' },
  seconds: { ko: '{n}초', en: '{n} s' },

  // Navigation
  navDashboard: { ko: '실시간 현황', en: 'Live' },
  navHistory: { ko: '주문 이력', en: 'History' },
  navMenu: { ko: '메뉴', en: 'Menu' },
  navStations: { ko: '스테이션', en: 'Stations' },
  navTables: { ko: '테이블', en: 'Tables' },
  navStaff: { ko: '직원', en: 'Staff' },
  roleManager: { ko: '관리자', en: 'Manager' },
  roleKitchen: { ko: '주방', en: 'Kitchen' },

  // Connection
  live: { ko: '실시간 연결됨', en: 'Live' },
  connecting: { ko: '연결 중…', en: 'Connecting…' },
  reconnecting: { ko: '재연결 중…', en: 'Reconnecting…' },
  lastEventAgo: { ko: '마지막 소식 {t} 전', en: 'last event {t} ago' },
  offlineBanner: {
    ko: '매장 서버와 연결이 끊겨 다시 연결하고 있습니다. 다시 연결되면 놓친 주문까지 모두 표시됩니다.',
    en: 'Lost the connection to the store server; reconnecting. Missed orders will all show once it is back.',
  },
  noEventYet: { ko: '아직 소식 없음', en: 'no event yet' },

  // Dashboard
  filterTable: { ko: '테이블 보기', en: 'Show table' },
  allTables: { ko: '전체 테이블', en: 'All tables' },
  onlyActive: { ko: '이용 중인 테이블만', en: 'Only tables in use' },
  tableN: { ko: '{n}번 테이블', en: 'Table {n}' },
  tabletOnline: { ko: '태블릿 연결됨', en: 'Tablet online' },
  tabletOffline: { ko: '태블릿 끊김', en: 'Tablet offline' },
  weakPassword: { ko: '약한 비밀번호', en: 'Weak password' },
  weakPasswordHint: {
    ko: '비밀번호가 6자보다 짧습니다. 6자 이상으로 바꾸세요.',
    en: 'The password is shorter than 6 characters. Change it to 6 or more.',
  },
  sessionTotal: { ko: '합계', en: 'Total' },
  orderCount: { ko: '주문 {n}건', en: '{n} orders' },
  emptyTable: { ko: '비어 있음', en: 'Empty' },
  newOrders: { ko: '새 주문 {n}', en: '{n} new' },
  newBadge: { ko: '새 주문', en: 'New' },
  markSeen: { ko: '확인', en: 'Seen' },
  endSession: { ko: '이용 완료', en: 'End session' },
  tableHistory: { ko: '이력', en: 'History' },
  noTables: {
    ko: '테이블이 없습니다. 테이블 화면에서 추가하세요.',
    en: 'No tables yet. Add them on the Tables page.',
  },
  loading: { ko: '불러오는 중…', en: 'Loading…' },
  endSessionTitle: { ko: '{n}번 테이블 이용 완료', en: 'End session of table {n}' },
  endSessionConfirm: {
    ko: '{n}번 테이블의 주문 {count}건(합계 {total})을 이력으로 옮기고 테이블을 비웁니다.',
    en: 'Moves the {count} orders of table {n} (total {total}) to history and clears the table.',
  },
  sessionEnded: {
    ko: '{n}번 테이블 이용 완료: 주문 {count}건 이력으로 이동',
    en: 'Table {n} done: {count} orders archived',
  },
  noActiveSession: {
    ko: '이 테이블에는 진행 중인 이용이 없습니다.',
    en: 'This table has no active session.',
  },

  // Orders
  orderDetail: { ko: '주문 상세', en: 'Order detail' },
  menuName: { ko: '메뉴', en: 'Item' },
  unitPrice: { ko: '단가', en: 'Price' },
  quantity: { ko: '수량', en: 'Qty' },
  subtotal: { ko: '금액', en: 'Amount' },
  orderTotal: { ko: '주문 합계', en: 'Order total' },
  orderedAt: { ko: '주문 시각', en: 'Ordered at' },
  status: { ko: '상태', en: 'Status' },
  setStatus: { ko: '{s}(으)로 변경', en: 'Set to {s}' },
  statusChanged: { ko: '{o} 상태: {s}', en: '{o} is now {s}' },
  deleteOrder: { ko: '주문 삭제', en: 'Delete order' },
  deleteOrderConfirm: {
    ko: '주문 {o}({total})을(를) 삭제합니다. 테이블 합계에서 빠지며 되돌릴 수 없습니다.',
    en: 'Delete order {o} ({total})? It leaves the table total and cannot be undone.',
  },
  orderDeleted: { ko: '주문 {o}을(를) 삭제했습니다.', en: 'Order {o} deleted.' },
  orderGone: {
    ko: '이 주문은 더 이상 없습니다(삭제되었거나 이력으로 옮겨짐).',
    en: 'This order no longer exists (deleted or archived).',
  },
  close: { ko: '닫기', en: 'Close' },

  // History
  historyTitle: { ko: '주문 이력', en: 'Order history' },
  from: { ko: '시작일', en: 'From' },
  to: { ko: '종료일', en: 'To' },
  today: { ko: '오늘', en: 'Today' },
  last7: { ko: '최근 7일', en: 'Last 7 days' },
  allDates: { ko: '전체 기간', en: 'All dates' },
  search: { ko: '조회', en: 'Search' },
  more: { ko: '더 보기', en: 'More' },
  noHistory: { ko: '조건에 맞는 이력이 없습니다.', en: 'No history for these filters.' },
  sessionEndedAt: { ko: '이용 완료 시각', en: 'Session ended' },
  sessionMoney: { ko: '결제 (이용 단위)', en: 'Payments (per visit)' },
  unpaidN: { ko: '미결제 {amount}', en: 'Unpaid {amount}' },
  lines: { ko: '주문 내용', en: 'Lines' },
  table: { ko: '테이블', en: 'Table' },
  orderNumber: { ko: '주문 번호', en: 'Order no.' },
  amount: { ko: '금액', en: 'Amount' },
  shownCount: { ko: '{n}건 표시', en: '{n} shown' },

  // Menu
  categories: { ko: '카테고리', en: 'Categories' },
  addCategory: { ko: '카테고리 추가', en: 'Add category' },
  categoryName: { ko: '카테고리 이름', en: 'Category name' },
  duplicateCategory: {
    ko: '이미 있는 카테고리 이름입니다.',
    en: 'A category with that name already exists.',
  },
  rename: { ko: '이름 변경', en: 'Rename' },
  moveUp: { ko: '위로', en: 'Up' },
  moveDown: { ko: '아래로', en: 'Down' },
  deleteCategoryConfirm: { ko: '카테고리 "{name}"을(를) 삭제합니다.', en: 'Delete category "{name}"?' },
  categoryNotEmpty: {
    ko: '메뉴가 남아 있는 카테고리는 삭제할 수 없습니다. 먼저 메뉴를 옮기거나 삭제하세요.',
    en: 'A category that still has items cannot be deleted. Move or delete its items first.',
  },
  items: { ko: '메뉴', en: 'Items' },
  addItem: { ko: '메뉴 추가', en: 'Add item' },
  editItem: { ko: '메뉴 수정', en: 'Edit item' },
  noCategories: { ko: '먼저 카테고리를 추가하세요.', en: 'Add a category first.' },
  noItems: { ko: '이 카테고리에 메뉴가 없습니다.', en: 'No items in this category.' },
  category: { ko: '카테고리', en: 'Category' },
  name: { ko: '이름', en: 'Name' },
  price: { ko: '가격(원)', en: 'Price (won)' },
  description: { ko: '설명', en: 'Description' },
  image: { ko: '사진', en: 'Photo' },
  chooseImage: {
    ko: '사진 선택 (PNG, JPEG, WebP · 2MB 이하)',
    en: 'Choose photo (PNG, JPEG, WebP · up to 2 MB)',
  },
  removeImage: { ko: '사진 빼기', en: 'Remove photo' },
  uploading: { ko: '사진 올리는 중…', en: 'Uploading photo…' },
  uploaded: { ko: '사진을 올렸습니다.', en: 'Photo uploaded.' },
  imageTypeError: {
    ko: '이 파일 형식은 쓸 수 없습니다. PNG, JPEG, WebP 사진만 됩니다.',
    en: 'This file type is not allowed. Only PNG, JPEG and WebP photos.',
  },
  imageSizeError: {
    ko: '사진이 너무 큽니다({size}). 2MB 이하로 줄여 주세요.',
    en: 'The photo is too large ({size}). Keep it under 2 MB.',
  },
  requestNote: { ko: '요청', en: 'Request' },
  saleState: { ko: '판매 상태', en: 'On sale' },
  available: { ko: '판매 중', en: 'Available' },
  soldOut: { ko: '품절', en: 'Sold out' },
  markSoldOut: { ko: '품절로 표시', en: 'Mark sold out' },
  markAvailable: { ko: '판매 재개', en: 'Back on sale' },
  noImage: { ko: '사진 없음', en: 'No photo' },
  deleteItemConfirm: {
    ko: '메뉴 "{name}"을(를) 삭제합니다. 이미 들어온 주문은 그대로 남습니다.',
    en: 'Delete item "{name}"? Orders already placed keep it.',
  },

  // Tables
  tablesTitle: { ko: '테이블과 태블릿', en: 'Tables and tablets' },
  addTable: { ko: '테이블 추가', en: 'Add table' },
  tableNumber: { ko: '테이블 번호', en: 'Table number' },
  tablePassword: { ko: '테이블 비밀번호', en: 'Table password' },
  newPassword: { ko: '새 비밀번호', en: 'New password' },
  changePassword: { ko: '비밀번호 변경', en: 'Change password' },
  changeNumber: { ko: '번호 변경', en: 'Change number' },
  passwordChanged: {
    ko: '비밀번호를 바꿨습니다. 기존 로그인은 끝납니다.',
    en: 'Password changed; existing logins end.',
  },
  tabletUrl: { ko: '태블릿 주소', en: 'Tablet URL' },
  tabletUrlHint: {
    ko: '태블릿 브라우저에서 이 주소를 열거나, 테이블의 연결 QR을 찍으세요.',
    en: "Open this address on the tablet's browser, or scan the table's pairing QR.",
  },
  tabletUrlLoopback: {
    ko: '이 주소는 이 PC 안에서만 열립니다. 태블릿에는 각 테이블의 연결 QR(매장 LAN 주소)을 쓰세요.',
    en: "This address only works on this PC. For tablets use each table's pairing QR (the store LAN address).",
  },
  changeNumberPassword: { ko: '번호·비밀번호 변경', en: 'Number / password' },
  pairing: { ko: '연결 QR', en: 'Pairing QR' },
  pairingTitle: { ko: '{n}번 테이블 태블릿 연결', en: 'Pair the tablet of table {n}' },
  pairingHint: {
    ko: '태블릿 카메라로 QR을 찍거나 주소를 여세요. 한 번만 쓸 수 있습니다.',
    en: "Scan the QR with the tablet's camera or open the address. Single use.",
  },
  pairingCode: { ko: '연결 코드', en: 'Pairing code' },
  expiresIn: { ko: '{t} 후 만료', en: 'expires in {t}' },
  expired: { ko: '만료됨', en: 'expired' },
  newCode: { ko: '새 코드 만들기', en: 'New code' },
  session: { ko: '이용', en: 'Session' },
  inUse: { ko: '이용 중 · {total}', en: 'In use · {total}' },
  idle: { ko: '비어 있음', en: 'Free' },
  createdAt: { ko: '만든 날', en: 'Created' },
  actions: { ko: '관리', en: 'Actions' },
  deleteTableConfirm: { ko: '{n}번 테이블을 삭제합니다.', en: 'Delete table {n}?' },
  tableBusy: {
    ko: '이용 중인 테이블은 삭제할 수 없습니다. 먼저 이용 완료 처리하세요.',
    en: 'A table in use cannot be deleted. End its session first.',
  },
  tableAdded: { ko: '{n}번 테이블을 추가했습니다.', en: 'Table {n} added.' },
  unpairTablets: { ko: '연결 해제', en: 'Unpair tablets' },
  unpairConfirm: {
    ko: '{n}번 테이블에 연결된 태블릿의 연결을 모두 해제합니다. 태블릿은 설정 화면으로 돌아가며, QR 코드나 비밀번호로 다시 연결해야 합니다. 분실하거나 도난당한 태블릿에 사용하세요.',
    en: 'Unpair every tablet of table {n}. They return to the setup screen and must be paired again with the QR code or the password. Use this for a lost or stolen tablet.',
  },
  unpaired: {
    ko: '{n}번 테이블의 태블릿 연결을 해제했습니다 ({count}대).',
    en: 'Unpaired the tablets of table {n} ({count}).',
  },
  duplicateNumber: { ko: '이미 있는 테이블 번호입니다.', en: 'That table number already exists.' },

  // Staff
  staffTitle: { ko: '직원 계정', en: 'Staff accounts' },
  addStaff: { ko: '계정 추가', en: 'Add account' },
  role: { ko: '역할', en: 'Role' },
  you: { ko: '(나)', en: '(you)' },
  deleteStaffConfirm: { ko: '계정 "{name}"을(를) 삭제합니다.', en: 'Delete account "{name}"?' },
  staffAdded: { ko: '계정 "{name}"을(를) 만들었습니다.', en: 'Account "{name}" created.' },
  duplicateUser: { ko: '이미 있는 아이디입니다.', en: 'That username already exists.' },

  // Generic
  save: { ko: '저장', en: 'Save' },
  saving: { ko: '저장 중…', en: 'Saving…' },
  saved: { ko: '저장했습니다.', en: 'Saved.' },
  add: { ko: '추가', en: 'Add' },
  edit: { ko: '수정', en: 'Edit' },
  cancel: { ko: '취소', en: 'Cancel' },
  delete: { ko: '삭제', en: 'Delete' },
  deleting: { ko: '삭제 중…', en: 'Deleting…' },
  deleted: { ko: '삭제했습니다.', en: 'Deleted.' },
  working: { ko: '처리 중…', en: 'Working…' },
  confirm: { ko: '확인', en: 'Confirm' },
  retry: { ko: '다시 시도', en: 'Retry' },
  managerOnly: {
    ko: '이 화면은 관리자 계정만 쓸 수 있습니다(403). 주방 계정은 실시간 현황과 주문만 볼 수 있습니다.',
    en: 'Only manager accounts can use this page (403). Kitchen accounts see the live board and orders.',
  },
  errNetwork: { ko: '매장 서버에 연결할 수 없습니다.', en: 'The store server cannot be reached.' },
  errUnavailable: {
    ko: '매장 서버가 잠시 사용할 수 없습니다. 곧 다시 시도하세요.',
    en: 'The store server is busy. Try again shortly.',
  },
  errValidation: { ko: '입력을 확인하세요.', en: 'Please check the input.' },
  errForbidden: { ko: '권한이 없습니다(관리자 전용).', en: 'Not allowed (managers only).' },
  errNotFound: {
    ko: '찾을 수 없습니다(이미 삭제되었을 수 있습니다).',
    en: 'Not found (it may have been deleted).',
  },
  errConflict: { ko: '지금 상태에서는 할 수 없습니다.', en: 'Not possible in the current state.' },
  errTooLarge: { ko: '파일이 너무 큽니다(최대 2MB).', en: 'The file is too large (max 2 MB).' },
  errMediaType: {
    ko: 'PNG, JPEG, WebP 사진만 올릴 수 있습니다.',
    en: 'Only PNG, JPEG and WebP photos can be uploaded.',
  },
  errInternal: { ko: '서버 오류가 났습니다. 다시 시도하세요.', en: 'Server error. Please try again.' },
  errRateLimited: {
    ko: '요청이 너무 많습니다. {wait} 후 다시 시도하세요.',
    en: 'Too many requests. Try again in {wait}.',
  },
} satisfies Dictionary;

export type AdminKey = keyof typeof dict;
