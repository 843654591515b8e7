/**
 * Every text the tablet shows, Korean first (the guest's default); English, Chinese and Japanese
 * for what a guest reads (setup and staff texts are for the manager and fall back to English).
 */
import type { Dictionary } from '../../common/i18n';
import { serviceDict } from './service.dictionary';

export const dict = {
  appName: { ko: '테이블 오더', en: 'Table Order' },
  table: { ko: '{n}번 테이블', en: 'Table {n}', zh: '{n}号桌', ja: '{n}番テーブル' },
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
  connecting: { ko: '연결 중…', en: 'Connecting…', zh: '连接中…', ja: '接続中…' },
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
  cancel: { ko: '취소', en: 'Cancel', zh: '取消', ja: 'キャンセル' },

  // Connection
  online: { ko: '연결됨', en: 'Connected', zh: '已连接', ja: '接続中' },
  reconnecting: { ko: '다시 연결 중', en: 'Reconnecting', zh: '正在重新连接', ja: '再接続中' },
  offline: { ko: '연결 끊김', en: 'Offline', zh: '已断开', ja: 'オフライン' },
  offlineBanner: {
    ko: '매장 서버에 연결할 수 없습니다. 메뉴와 장바구니는 그대로 쓸 수 있고, 주문은 연결되면 한 번만 전송됩니다.',
    en: 'The store server cannot be reached. The menu and cart still work; orders are sent once, as soon as it answers.',
    zh: '无法连接到店内服务器。菜单和购物车仍可使用，连接恢复后订单只会发送一次。',
    ja: '店舗サーバーに接続できません。メニューとカートはそのまま使え、注文は接続後に一度だけ送信されます。',
  },
  offlineWaiting: {
    ko: '전송 대기 {n}건',
    en: '{n} waiting to be sent',
    zh: '待发送 {n} 项',
    ja: '送信待ち {n} 件',
  },
  httpsSetupLink: { ko: '태블릿을 앱처럼 쓰기 (HTTPS)', en: 'Use this tablet like an app (HTTPS)' },
  language: { ko: '언어', en: 'Language', zh: '语言', ja: '言語' },

  // Menu (T2, T7, T8)
  menuLoading: {
    ko: '메뉴를 불러오는 중…',
    en: 'Loading the menu…',
    zh: '正在加载菜单…',
    ja: 'メニューを読み込み中…',
  },
  menuUnavailable: {
    ko: '메뉴를 불러올 수 없습니다. 연결되면 자동으로 다시 시도합니다.',
    en: 'The menu cannot be loaded right now. It will retry by itself.',
    zh: '暂时无法加载菜单，连接恢复后会自动重试。',
    ja: 'メニューを読み込めません。接続が戻ると自動で再試行します。',
  },
  menuEmpty: {
    ko: '준비된 메뉴가 없습니다.',
    en: 'No dishes yet.',
    zh: '暂无菜品。',
    ja: 'メニューがありません。',
  },
  categories: { ko: '메뉴 분류', en: 'Categories', zh: '菜单分类', ja: 'カテゴリー' },
  soldOut: { ko: '품절', en: 'Sold out', zh: '售罄', ja: '売り切れ' },
  add: { ko: '담기', en: 'Add', zh: '加入', ja: '追加' },
  addName: { ko: '{name} 담기', en: 'Add {name}', zh: '加入{name}', ja: '{name}を追加' },
  chooseName: {
    ko: '{name} 옵션 선택',
    en: 'Choose options for {name}',
    zh: '选择{name}的选项',
    ja: '{name}のオプションを選ぶ',
  },
  inCart: { ko: '{n}개 담음', en: '{n} in cart', zh: '已加{n}份', ja: '{n}個追加済み' },
  hasOptions: { ko: '옵션 선택', en: 'Options', zh: '可选规格', ja: 'オプションあり' },
  myOrders: { ko: '주문 내역', en: 'My orders', zh: '我的订单', ja: '注文履歴' },
  backToMenu: { ko: '메뉴로', en: 'Menu', zh: '菜单', ja: 'メニュー' },

  // Dish sheet (T7, T8)
  origin: { ko: '원산지', en: 'Origin', zh: '原产地', ja: '原産地' },
  allergens: { ko: '알레르기 유발 성분', en: 'Allergens', zh: '过敏原', ja: 'アレルゲン' },
  required: { ko: '필수', en: 'Required', zh: '必选', ja: '必須' },
  pickOne: { ko: '1개 선택', en: 'Choose 1', zh: '选1项', ja: '1つ選択' },
  pickUpTo: { ko: '최대 {n}개', en: 'Up to {n}', zh: '最多{n}项', ja: '最大{n}つ' },
  pickRange: {
    ko: '{min}~{max}개 선택',
    en: 'Choose {min}–{max}',
    zh: '选{min}–{max}项',
    ja: '{min}〜{max}つ選択',
  },
  needChoice: {
    ko: '‘{group}’을(를) 선택해 주세요.',
    en: 'Please choose: {group}.',
    zh: '请选择：{group}。',
    ja: '「{group}」を選んでください。',
  },
  needMore: {
    ko: '‘{group}’을(를) {n}개 이상 선택해 주세요.',
    en: 'Please choose at least {n}: {group}.',
    zh: '{group}：请至少选择{n}项。',
    ja: '「{group}」を{n}つ以上選んでください。',
  },
  maxReached: {
    ko: '‘{group}’은(는) 최대 {n}개까지 고를 수 있습니다.',
    en: '{group}: up to {n}.',
    zh: '{group}：最多可选{n}项。',
    ja: '「{group}」は最大{n}つまでです。',
  },
  request: { ko: '요청 사항', en: 'Request', zh: '备注', ja: 'ご要望' },
  requestPlaceholder: {
    ko: '예: 양파 빼주세요',
    en: 'e.g. no onions, please',
    zh: '例如：不要洋葱',
    ja: '例：玉ねぎ抜きで',
  },
  quantity: { ko: '수량', en: 'Quantity', zh: '数量', ja: '数量' },
  addPrice: { ko: '{price} 담기', en: 'Add · {price}', zh: '加入 · {price}', ja: '追加 · {price}' },

  // Cart (T3)
  cart: { ko: '장바구니', en: 'Cart', zh: '购物车', ja: 'カート' },
  cartEmpty: {
    ko: '메뉴의 + 버튼으로 담아 보세요.',
    en: 'Tap + on a dish to add it.',
    zh: '点击菜品上的 + 加入。',
    ja: '料理の + で追加できます。',
  },
  showCart: { ko: '펼치기', en: 'Show', zh: '展开', ja: '表示' },
  foldCart: { ko: '접기', en: 'Hide', zh: '收起', ja: '閉じる' },
  clearCart: { ko: '비우기', en: 'Clear', zh: '清空', ja: '空にする' },
  remove: { ko: '빼기', en: 'Remove', zh: '删除', ja: '削除' },
  increase: { ko: '{name} 하나 더', en: 'One more {name}', zh: '{name}加一份', ja: '{name}を1つ追加' },
  decrease: { ko: '{name} 하나 빼기', en: 'One less {name}', zh: '{name}减一份', ja: '{name}を1つ減らす' },
  total: { ko: '합계', en: 'Total', zh: '合计', ja: '合計' },
  items: { ko: '{n}개', en: '{n} items', zh: '{n}份', ja: '{n}点' },
  order: { ko: '주문하기', en: 'Order', zh: '下单', ja: '注文する' },
  removeSoldOut: {
    ko: '품절된 메뉴를 빼 주세요.',
    en: 'Please remove the sold-out dishes.',
    zh: '请删除已售罄的菜品。',
    ja: '売り切れの料理を削除してください。',
  },
  cartFull: {
    ko: '한 번에 {n}가지까지 주문할 수 있습니다.',
    en: 'Up to {n} different dishes per order.',
    zh: '每次最多可点{n}种。',
    ja: '一度に{n}種類まで注文できます。',
  },

  // Order (T4)
  reviewTitle: { ko: '주문 확인', en: 'Check your order', zh: '确认订单', ja: '注文の確認' },
  reviewHint: {
    ko: '이대로 주문할까요?',
    en: 'Place this order?',
    zh: '确定下单吗？',
    ja: 'この内容で注文しますか？',
  },
  placeOrder: { ko: '주문 확정', en: 'Place order', zh: '确认下单', ja: '注文を確定' },
  sendingOrder: {
    ko: '주문을 보내는 중…',
    en: 'Sending your order…',
    zh: '正在发送订单…',
    ja: '注文を送信中…',
  },
  orderDone: {
    ko: '주문이 접수되었습니다',
    en: 'Your order is in',
    zh: '订单已收到',
    ja: 'ご注文を承りました',
  },
  orderNumber: { ko: '주문번호', en: 'Order no.', zh: '订单号', ja: '注文番号' },
  orderNo: { ko: '주문번호 {n}', en: 'Order {n}', zh: '订单 {n}', ja: '注文番号 {n}' },
  backSoon: {
    ko: '{s}초 후 메뉴로 돌아갑니다',
    en: 'Back to the menu in {s} s',
    zh: '{s}秒后返回菜单',
    ja: '{s}秒後にメニューに戻ります',
  },
  queuedTitle: {
    ko: '주문을 전송 중입니다',
    en: 'Your order is being sent',
    zh: '订单发送中',
    ja: '注文を送信しています',
  },
  queuedHint: {
    ko: '매장 서버와 잠시 연결이 끊겼습니다. 주문은 이 태블릿에 안전하게 보관되어 있으며, 연결되면 자동으로 한 번만 전송됩니다.',
    en: 'The store server is out of reach for a moment. Your order is kept safely on this tablet and will be sent once, automatically, when it is back.',
    zh: '与店内服务器暂时断开。订单已安全保存在本平板上，恢复连接后会自动发送一次。',
    ja: '店舗サーバーとの接続が一時的に切れています。注文はこのタブレットに安全に保存され、接続が戻ると自動で一度だけ送信されます。',
  },
  sending: { ko: '전송 중…', en: 'Sending…', zh: '发送中…', ja: '送信中…' },
  refusedSoldOut: {
    ko: '죄송합니다. 방금 품절된 메뉴가 있습니다. 장바구니를 확인해 주세요.',
    en: 'Sorry, a dish in your cart has just sold out. Please check your cart.',
    zh: '抱歉，购物车中有菜品刚刚售罄，请检查购物车。',
    ja: '申し訳ありません。カートの料理が売り切れました。カートをご確認ください。',
  },
  refusedGone: {
    ko: '죄송합니다. 더 이상 판매하지 않는 메뉴가 있습니다. 장바구니를 확인해 주세요.',
    en: 'Sorry, a dish in your cart is no longer on the menu. Please check your cart.',
    zh: '抱歉，购物车中有菜品已下架，请检查购物车。',
    ja: '申し訳ありません。販売終了の料理があります。カートをご確認ください。',
  },
  refusedConflict: {
    ko: '지금은 주문을 받을 수 없습니다. 직원을 불러 주세요.',
    en: 'The order could not be taken right now. Please call a staff member.',
    zh: '目前无法下单，请呼叫店员。',
    ja: '現在ご注文を受け付けできません。スタッフをお呼びください。',
  },
  refusedOther: {
    ko: '주문을 처리하지 못했습니다. 잠시 후 다시 시도하거나 직원을 불러 주세요.',
    en: 'The order could not be placed. Try again in a moment or call a staff member.',
    zh: '下单失败，请稍后重试或呼叫店员。',
    ja: '注文できませんでした。しばらくしてから再度お試しいただくか、スタッフをお呼びください。',
  },
  refusedSessionEnded: {
    ko: '테이블 이용이 새로 시작되었습니다. 장바구니를 확인한 뒤 다시 주문해 주세요.',
    en: 'A new visit has started at this table. Please check your cart and order again.',
    zh: '本桌已开始新的用餐，请确认购物车后重新下单。',
    ja: 'このテーブルの新しいご利用が始まりました。カートを確認して再度ご注文ください。',
  },
  // A13: the staff moved this table's guests, or merged them into another table.
  floorMoved: {
    ko: '다른 테이블로 이동되었습니다. 주문 내역은 옮긴 테이블에서 이어집니다.',
    en: 'Your party was moved to another table. Your orders continue there.',
    zh: '已移至其他餐桌，您的订单将在新餐桌继续。',
    ja: '別のテーブルへ移動しました。ご注文は移動先のテーブルに引き継がれます。',
  },
  floorMerged: {
    ko: '다른 테이블과 합석되었습니다. 주문 내역은 합친 테이블에서 이어집니다.',
    en: 'Your table was merged with another table. Your orders continue there.',
    zh: '已与其他餐桌合并，您的订单将在合并后的餐桌继续。',
    ja: '別のテーブルと相席になりました。ご注文は相席先のテーブルに引き継がれます。',
  },
  outboxSessionEnded: {
    ko: '보내지 못한 주문이 있었지만 그 사이 테이블 이용이 끝나 취소했습니다. 필요하면 다시 주문해 주세요.',
    en: 'An order waiting to be sent was cancelled because the table visit ended in the meantime. Please order again if you still want it.',
    zh: '一笔待发送的订单因用餐已结束而取消，如有需要请重新下单。',
    ja: '送信待ちの注文は、その間にご利用が終了したため取り消しました。必要であれば再度ご注文ください。',
  },
  outboxDeleted: {
    ko: '보내지 못한 주문이 직원에 의해 삭제되어 다시 보내지 않았습니다.',
    en: 'An order waiting to be sent had been deleted by the staff, so it was not sent again.',
    zh: '一笔待发送的订单已被店员删除，未再发送。',
    ja: '送信待ちの注文はスタッフにより削除されたため、再送信しませんでした。',
  },
  laterRefused: {
    ko: '보내지 못한 주문이 있어 장바구니로 되돌렸습니다.',
    en: 'An order could not be sent, so it was put back in your cart.',
    zh: '有订单未能发送，已放回购物车。',
    ja: '送信できなかった注文をカートに戻しました。',
  },
  delivered: {
    ko: '주문이 전송되었습니다 ({no})',
    en: 'Your order was sent ({no})',
    zh: '订单已发送（{no}）',
    ja: '注文を送信しました（{no}）',
  },
  close: { ko: '닫기', en: 'Close', zh: '关闭', ja: '閉じる' },

  // My orders (T5)
  noOrders: {
    ko: '아직 주문이 없습니다.',
    en: 'No orders yet.',
    zh: '还没有订单。',
    ja: 'まだ注文はありません。',
  },
  ordersTotal: { ko: '총 주문 금액', en: 'Total so far', zh: '订单总额', ja: '注文合計' },
  ordersLoading: {
    ko: '주문 내역을 불러오는 중…',
    en: 'Loading your orders…',
    zh: '正在加载订单…',
    ja: '注文履歴を読み込み中…',
  },
  statusPending: { ko: '대기중', en: 'Pending', zh: '等待中', ja: '受付済み' },
  statusPreparing: { ko: '준비중', en: 'Preparing', zh: '制作中', ja: '調理中' },
  statusCompleted: { ko: '완료', en: 'Completed', zh: '已完成', ja: '完了' },
  lastKnown: { ko: '마지막으로 확인한 주문 (오프라인)', en: 'Last known orders (offline)' },
  lastKnownAt: { ko: '{time} 기준', en: 'as of {time}' },
  lastKnownHint: {
    ko: '매장 서버에 다시 연결되면 최신 내역으로 바뀝니다.',
    en: 'This is replaced by the latest list once the store server answers.',
  },

  // Errors
  oops: {
    ko: '잠시 문제가 생겼습니다',
    en: 'Something went wrong',
    zh: '出现了问题',
    ja: '問題が発生しました',
  },
  oopsHint: {
    ko: '화면을 다시 불러오면 해결됩니다. 장바구니는 그대로 있습니다.',
    en: 'Reloading fixes it. Your cart is kept.',
    zh: '重新加载即可解决，购物车内容会保留。',
    ja: '再読み込みで直ります。カートはそのままです。',
  },
  reload: { ko: '다시 불러오기', en: 'Reload', zh: '重新加载', ja: '再読み込み' },
  ...serviceDict,
} satisfies Dictionary;

export type TabletText = keyof typeof dict;
