/** The texts of guest service (T9 staff call, T10 bill, T11 guest phones), in the tablet's four languages. */
import type { Dictionary } from '../../common/i18n';

export const serviceDict = {
  // Staff call (T9)
  callStaff: { ko: '직원 호출', en: 'Call staff', zh: '呼叫店员', ja: 'スタッフ呼出' },
  callTitle: {
    ko: '무엇을 가져다 드릴까요?',
    en: 'What can we bring you?',
    zh: '需要什么服务？',
    ja: 'ご用件をお選びください',
  },
  callHint: {
    ko: '필요한 것을 고르거나 요청 사항을 적어 주세요.',
    en: 'Pick what you need or write a request.',
    zh: '请选择所需项目或填写备注。',
    ja: '必要なものを選ぶか、ご要望をご記入ください。',
  },
  callNote: { ko: '요청 사항 (선택)', en: 'Request (optional)', zh: '备注（可选）', ja: 'ご要望（任意）' },
  callNotePlaceholder: {
    ko: '예: 아기 의자 부탁드려요',
    en: 'e.g. a high chair, please',
    zh: '例如：请给一把儿童椅',
    ja: '例：子ども用の椅子をお願いします',
  },
  callSend: { ko: '호출하기', en: 'Call', zh: '呼叫', ja: '呼び出す' },
  callSending: { ko: '보내는 중…', en: 'Sending…', zh: '发送中…', ja: '送信中…' },
  callPresetsLoading: {
    ko: '항목을 불러오는 중… 요청 사항은 바로 적을 수 있습니다.',
    en: 'Loading the choices… you can write a request right away.',
    zh: '正在加载选项…也可以直接填写备注。',
    ja: '項目を読み込み中…ご要望はすぐにご記入いただけます。',
  },
  myCalls: { ko: '내 요청', en: 'My requests', zh: '我的呼叫', ja: '呼び出し履歴' },
  callQueued: { ko: '요청을 보냈습니다', en: 'Request sent', zh: '已发送请求', ja: '送信しました' },
  callOpen: { ko: '요청을 받았습니다', en: 'Request received', zh: '已收到请求', ja: '受け付けました' },
  callAcknowledged: { ko: '처리 중', en: 'On the way', zh: '处理中', ja: '対応中' },
  callDone: { ko: '완료', en: 'Done', zh: '已完成', ja: '完了' },
  callQueuedHint: {
    ko: '연결되면 자동으로 한 번만 전송됩니다.',
    en: 'It will be sent once, automatically, when the connection is back.',
    zh: '恢复连接后会自动发送一次。',
    ja: '接続が戻ると自動で一度だけ送信されます。',
  },
  callTooMany: {
    ko: '아직 처리 중인 요청이 많습니다. 직원이 곧 찾아갑니다.',
    en: 'Several requests are still open. A staff member will be with you shortly.',
    zh: '仍有多个请求待处理，店员马上就到。',
    ja: '未対応のご依頼が多くあります。まもなくスタッフが伺います。',
  },
  callRefused: {
    ko: '요청을 보내지 못했습니다. 잠시 후 다시 시도해 주세요.',
    en: 'The request could not be sent. Please try again in a moment.',
    zh: '请求未能发送，请稍后重试。',
    ja: '送信できませんでした。しばらくしてから再度お試しください。',
  },
  callSessionEnded: {
    ko: '테이블 이용이 끝나 보내지 못한 요청을 취소했습니다.',
    en: 'A request waiting to be sent was cancelled because the table visit ended.',
    zh: '用餐已结束，待发送的请求已取消。',
    ja: 'ご利用が終了したため、送信待ちのご依頼を取り消しました。',
  },

  // Bill (T10)
  bill: { ko: '계산서', en: 'Bill', zh: '账单', ja: '会計' },
  billLoading: {
    ko: '계산서를 불러오는 중…',
    en: 'Loading the bill…',
    zh: '正在加载账单…',
    ja: '会計を読み込み中…',
  },
  billEmpty: {
    ko: '아직 주문이 없어 계산서가 비어 있습니다.',
    en: 'No orders yet: the bill is empty.',
    zh: '还没有订单，账单为空。',
    ja: 'まだ注文がないため、会計は空です。',
  },
  billUnavailable: {
    ko: '계산서를 불러올 수 없습니다. 연결되면 다시 시도합니다.',
    en: 'The bill cannot be loaded right now. It will retry when connected.',
    zh: '暂时无法加载账单，连接恢复后会重试。',
    ja: '会計を読み込めません。接続が戻ると再試行します。',
  },
  billItem: { ko: '메뉴', en: 'Item', zh: '菜品', ja: '品目' },
  billQty: { ko: '단가 × 수량', en: 'Price × qty', zh: '单价 × 数量', ja: '単価 × 数量' },
  billAmount: { ko: '금액', en: 'Amount', zh: '金额', ja: '金額' },
  billTotal: { ko: '합계', en: 'Total', zh: '合计', ja: '合計' },
  billPaid: { ko: '결제한 금액', en: 'Paid', zh: '已付', ja: 'お支払い済み' },
  billDue: { ko: '남은 금액', en: 'Due', zh: '待付', ja: '残額' },
  billRequest: { ko: '계산 요청', en: 'Ask for the bill', zh: '请求结账', ja: 'お会計を依頼' },
  billRequested: {
    ko: '계산 요청을 보냈습니다. 직원이 곧 찾아갑니다.',
    en: 'Bill requested. A staff member will be with you shortly.',
    zh: '已请求结账，店员马上就到。',
    ja: 'お会計を依頼しました。まもなくスタッフが伺います。',
  },

  // Guest phones (T11)
  phoneOrder: { ko: '휴대폰으로 주문', en: 'Order by phone', zh: '用手机点餐', ja: 'スマホで注文' },
  phoneOrderHint: {
    ko: '매장 와이파이에 연결한 휴대폰 카메라로 QR 코드를 찍으면 이 테이블로 주문할 수 있습니다.',
    en: "Scan this code with a phone on the store's Wi-Fi to order for this table.",
    zh: '连接店内Wi-Fi后，用手机相机扫描二维码即可为本桌点餐。',
    ja: '店内Wi-Fiにつないだスマホのカメラで読み取ると、このテーブルで注文できます。',
  },
  phoneOrderUntil: {
    ko: '{time}까지 사용할 수 있습니다',
    en: 'Valid until {time}',
    zh: '有效期至{time}',
    ja: '{time}まで有効',
  },
  phoneOrderMaking: {
    ko: 'QR 코드를 만드는 중…',
    en: 'Making the code…',
    zh: '正在生成二维码…',
    ja: 'QRコードを作成中…',
  },
  phoneOrderFailed: {
    ko: 'QR 코드를 만들 수 없습니다. 연결을 확인해 주세요.',
    en: 'The code cannot be made right now. Check the connection.',
    zh: '暂时无法生成二维码，请检查连接。',
    ja: 'QRコードを作成できません。接続をご確認ください。',
  },
  newCode: { ko: '새 QR 코드', en: 'New code', zh: '新二维码', ja: '新しいQRコード' },
  guestJoining: {
    ko: '테이블에 연결하는 중…',
    en: 'Joining the table…',
    zh: '正在连接餐桌…',
    ja: 'テーブルに接続中…',
  },
  guestEndedTitle: {
    ko: '이용이 끝났습니다',
    en: 'Your visit has ended',
    zh: '用餐已结束',
    ja: 'ご利用は終了しました',
  },
  guestEndedHint: {
    ko: '방문해 주셔서 감사합니다. 이 휴대폰으로는 더 이상 주문할 수 없습니다.',
    en: 'Thank you for visiting. This phone can no longer order for the table.',
    zh: '感谢您的光临。此手机已无法继续点餐。',
    ja: 'ご来店ありがとうございました。このスマホからはご注文いただけません。',
  },
  guestInvalidTitle: {
    ko: '사용할 수 없는 QR 코드입니다',
    en: 'This code cannot be used',
    zh: '此二维码无法使用',
    ja: 'このQRコードは使用できません',
  },
  guestInvalidHint: {
    ko: 'QR 코드가 만료되었거나 테이블 이용이 끝났습니다. 테이블의 태블릿에서 새 QR 코드를 찍어 주세요.',
    en: "The code has expired or the table's visit has ended. Scan a new code on the table's tablet.",
    zh: '二维码已过期或用餐已结束，请扫描桌上平板的新二维码。',
    ja: 'QRコードの期限切れか、ご利用が終了しています。テーブルのタブレットで新しいQRコードを読み取ってください。',
  },
  guestUnreachable: {
    ko: '매장 서버에 연결할 수 없습니다. 매장 와이파이에 연결한 뒤 다시 찍어 주세요.',
    en: "The store server cannot be reached. Join the store's Wi-Fi and scan again.",
    zh: '无法连接店内服务器，请连接店内Wi-Fi后重新扫描。',
    ja: '店舗サーバーに接続できません。店内Wi-Fiにつないでから再度読み取ってください。',
  },
  guestPhone: { ko: '내 휴대폰', en: 'My phone', zh: '我的手机', ja: 'マイスマホ' },
} satisfies Dictionary;
