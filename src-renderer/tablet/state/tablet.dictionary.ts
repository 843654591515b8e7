/** Every text the tablet shows, Korean first (the guest's default), English switchable. */
import type { Dictionary } from '../../common/i18n';

export const dict = {
  appName: { ko: '테이블 오더', en: 'Table Order' },
  table: { ko: '{n}번 테이블', en: 'Table {n}' },
  langSwitch: { ko: 'English', en: '한국어' },

  // Setup (T1)
  setupTitle: { ko: '태블릿 설정', en: 'Tablet setup' },
  setupHint: {
    ko: '매장 코드, 테이블 번호, 테이블 비밀번호를 입력하세요. 한 번만 설정하면 됩니다.',
    en: 'Enter the store code, table number and table password. This is needed only once.',
  },
  storeCode: { ko: '매장 코드', en: 'Store code' },
  tableNumber: { ko: '테이블 번호', en: 'Table number' },
  password: { ko: '비밀번호', en: 'Password' },
  username: { ko: '관리자 아이디', en: 'Manager username' },
  connect: { ko: '연결하기', en: 'Connect' },
  connecting: { ko: '연결 중…', en: 'Connecting…' },
  pairing: { ko: 'QR 코드로 연결하는 중…', en: 'Pairing with the QR code…' },
  pairFailed: {
    ko: 'QR 코드가 만료되었거나 이미 사용되었습니다. 관리자 화면에서 새 QR 코드를 만들거나 아래에 직접 입력하세요.',
    en: 'This QR code has expired or was already used. Make a new one on the admin screen, or enter the details below.',
  },
  badCredentials: {
    ko: '매장 코드, 테이블 번호 또는 비밀번호가 맞지 않습니다.',
    en: 'The store code, table number or password is not right.',
  },
  locked: {
    ko: '시도가 너무 많습니다. {m}분 후에 다시 시도하세요.',
    en: 'Too many attempts. Please try again in {m} min.',
  },
  unreachable: {
    ko: '매장 서버에 연결할 수 없습니다. 와이파이와 매장 PC를 확인하세요.',
    en: 'The store server cannot be reached. Check the Wi-Fi and the store PC.',
  },
  invalidInput: { ko: '입력한 값을 확인하세요.', en: 'Please check what you entered.' },
  reasonUnpaired: {
    ko: '이 태블릿의 연결이 해제되었습니다. 테이블 비밀번호가 바뀌었거나 관리자가 연결을 해제했습니다. QR 코드를 스캔하거나 비밀번호로 다시 설정하세요.',
    en: 'This tablet has been unpaired: the table password was changed or a manager unpaired it. Scan a new QR code or set it up with the password.',
  },
  reasonPairingExpired: {
    ko: 'QR 연결이 만료되었습니다. 새 QR 코드를 스캔하거나 비밀번호로 설정하세요.',
    en: 'The QR pairing has expired. Scan a new QR code or set up with the password.',
  },
  // Field errors (next to the field)
  fieldRequired: { ko: '입력해 주세요.', en: 'Please fill this in.' },
  fieldStoreCode: { ko: '매장 코드는 100자까지입니다.', en: 'The store code is at most 100 characters.' },
  fieldTableNumber: { ko: '1부터 999까지의 숫자를 입력하세요.', en: 'Enter a number from 1 to 999.' },
  fieldTooLong: { ko: '{n}자까지 입력할 수 있습니다.', en: 'At most {n} characters.' },
  staffTitle: { ko: '직원 확인', en: 'Staff check' },
  staffHint: {
    ko: '태블릿 설정을 바꾸려면 매장 관리자 계정으로 확인하세요.',
    en: "To change this tablet's setup, confirm with a store manager account.",
  },
  staffDenied: { ko: '관리자 계정만 설정을 바꿀 수 있습니다.', en: 'Only a manager can change the setup.' },
  confirm: { ko: '확인', en: 'Confirm' },
  cancel: { ko: '취소', en: 'Cancel' },

  // Connection
  online: { ko: '연결됨', en: 'Connected' },
  reconnecting: { ko: '다시 연결 중', en: 'Reconnecting' },
  offline: { ko: '연결 끊김', en: 'Offline' },

  // Menu (T2)
  menuLoading: { ko: '메뉴를 불러오는 중…', en: 'Loading the menu…' },
  menuUnavailable: {
    ko: '메뉴를 불러올 수 없습니다. 연결되면 자동으로 다시 시도합니다.',
    en: 'The menu cannot be loaded right now. It will retry by itself.',
  },
  menuEmpty: { ko: '준비된 메뉴가 없습니다.', en: 'No dishes yet.' },
  soldOut: { ko: '품절', en: 'Sold out' },
  add: { ko: '담기', en: 'Add' },
  inCart: { ko: '{n}개 담음', en: '{n} in cart' },
  myOrders: { ko: '주문 내역', en: 'My orders' },
  backToMenu: { ko: '메뉴로', en: 'Menu' },

  // Cart (T3)
  cart: { ko: '장바구니', en: 'Cart' },
  cartEmpty: { ko: '메뉴를 눌러 담아 보세요.', en: 'Tap a dish to add it.' },
  clearCart: { ko: '비우기', en: 'Clear' },
  remove: { ko: '빼기', en: 'Remove' },
  increase: { ko: '{name} 하나 더', en: 'One more {name}' },
  decrease: { ko: '{name} 하나 빼기', en: 'One less {name}' },
  total: { ko: '합계', en: 'Total' },
  items: { ko: '{n}개', en: '{n} items' },
  order: { ko: '주문하기', en: 'Order' },
  removeSoldOut: { ko: '품절된 메뉴를 빼 주세요.', en: 'Please remove the sold-out dishes.' },
  cartFull: { ko: '한 번에 {n}가지까지 주문할 수 있습니다.', en: 'Up to {n} different dishes per order.' },

  // Order (T4)
  reviewTitle: { ko: '주문 확인', en: 'Check your order' },
  reviewHint: { ko: '이대로 주문할까요?', en: 'Place this order?' },
  placeOrder: { ko: '주문 확정', en: 'Place order' },
  sendingOrder: { ko: '주문을 보내는 중…', en: 'Sending your order…' },
  orderDone: { ko: '주문이 접수되었습니다', en: 'Your order is in' },
  orderNumber: { ko: '주문 번호', en: 'Order number' },
  backSoon: { ko: '{s}초 후 메뉴로 돌아갑니다', en: 'Back to the menu in {s} s' },
  queuedTitle: { ko: '주문을 전송 중입니다', en: 'Your order is being sent' },
  queuedHint: {
    ko: '매장 서버와 잠시 연결이 끊겼습니다. 주문은 이 태블릿에 안전하게 보관되어 있으며, 연결되면 자동으로 한 번만 전송됩니다.',
    en: 'The store server is out of reach for a moment. Your order is kept safely on this tablet and will be sent once, automatically, when it is back.',
  },
  sending: { ko: '전송 중…', en: 'Sending…' },
  refusedSoldOut: {
    ko: '죄송합니다. 방금 품절된 메뉴가 있습니다. 장바구니를 확인해 주세요.',
    en: 'Sorry, a dish in your cart has just sold out. Please check your cart.',
  },
  refusedGone: {
    ko: '죄송합니다. 더 이상 판매하지 않는 메뉴가 있습니다. 장바구니를 확인해 주세요.',
    en: 'Sorry, a dish in your cart is no longer on the menu. Please check your cart.',
  },
  refusedConflict: {
    ko: '지금은 주문을 받을 수 없습니다. 직원을 불러 주세요.',
    en: 'The order could not be taken right now. Please call a staff member.',
  },
  refusedOther: {
    ko: '주문을 처리하지 못했습니다. 잠시 후 다시 시도하거나 직원을 불러 주세요.',
    en: 'The order could not be placed. Try again in a moment or call a staff member.',
  },
  refusedSessionEnded: {
    ko: '테이블 이용이 새로 시작되었습니다. 장바구니를 확인한 뒤 다시 주문해 주세요.',
    en: 'A new visit has started at this table. Please check your cart and order again.',
  },
  outboxSessionEnded: {
    ko: '보내지 못한 주문이 있었지만 그 사이 테이블 이용이 끝나 취소했습니다. 필요하면 다시 주문해 주세요.',
    en: 'An order waiting to be sent was cancelled because the table visit ended in the meantime. Please order again if you still want it.',
  },
  outboxDeleted: {
    ko: '보내지 못한 주문이 직원에 의해 삭제되어 다시 보내지 않았습니다.',
    en: 'An order waiting to be sent had been deleted by the staff, so it was not sent again.',
  },
  laterRefused: {
    ko: '보내지 못한 주문이 있어 장바구니로 되돌렸습니다.',
    en: 'An order could not be sent, so it was put back in your cart.',
  },
  delivered: { ko: '주문이 전송되었습니다 ({no})', en: 'Your order was sent ({no})' },
  close: { ko: '닫기', en: 'Close' },

  // My orders (T5)
  noOrders: { ko: '아직 주문이 없습니다.', en: 'No orders yet.' },
  ordersTotal: { ko: '총 주문 금액', en: 'Total so far' },
  ordersLoading: { ko: '주문 내역을 불러오는 중…', en: 'Loading your orders…' },
  lastKnown: { ko: '마지막으로 확인한 주문 (오프라인)', en: 'Last known orders (offline)' },
  lastKnownAt: { ko: '{time} 기준', en: 'as of {time}' },
  lastKnownHint: {
    ko: '매장 서버에 다시 연결되면 최신 내역으로 바뀝니다.',
    en: 'This is replaced by the latest list once the store server answers.',
  },

  // Errors
  oops: { ko: '잠시 문제가 생겼습니다', en: 'Something went wrong' },
  oopsHint: {
    ko: '화면을 다시 불러오면 해결됩니다. 장바구니는 그대로 있습니다.',
    en: 'Reloading fixes it. Your cart is kept.',
  },
  reload: { ko: '다시 불러오기', en: 'Reload' },
} satisfies Dictionary;

export type TabletText = keyof typeof dict;
