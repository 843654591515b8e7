/** Texts of the checkout panel and the floor dialogs (A12, A13). */
import type { Dictionary } from '../../common/i18n';

export const checkoutDict = {
  checkout: { ko: '계산', en: 'Checkout' },
  checkoutTitle: { ko: '{n}번 테이블 계산', en: 'Checkout — table {n}' },
  billLines: { ko: '주문 내역', en: 'Bill' },
  billEmpty: { ko: '아직 주문이 없습니다.', en: 'No orders yet.' },
  noSeating: {
    ko: '이 테이블은 지금 이용 중이 아닙니다.',
    en: 'This table has no guests right now.',
  },
  totalAmount: { ko: '합계', en: 'Total' },
  paidAmount: { ko: '결제됨', en: 'Paid' },
  dueAmount: { ko: '남은 금액', en: 'Due' },
  overpaid: {
    ko: '{amount} 더 받았습니다(주문 삭제). 결제 하나를 취소하고 다시 기록하세요.',
    en: '{amount} too much was paid (an order was deleted). Void a payment and record it again.',
  },
  paidInFull: { ko: '모두 결제되었습니다.', en: 'Paid in full.' },
  guestCount: { ko: '인원', en: 'Guests' },
  guestsN: { ko: '{n}명', en: '{n} guests' },
  guestUnknown: { ko: '미입력', en: 'not set' },
  perGuest: { ko: '1인 {amount}', en: '{amount} each' },
  guestSaved: { ko: '인원을 {n}명으로 저장했습니다.', en: 'Guests set to {n}.' },
  fewerGuests: { ko: '한 명 줄이기', en: 'One guest fewer' },
  moreGuests: { ko: '한 명 늘리기', en: 'One guest more' },

  recordPayment: { ko: '결제 기록', en: 'Record a payment' },
  method: { ko: '결제 수단', en: 'Method' },
  method_cash: { ko: '현금', en: 'Cash' },
  method_card: { ko: '카드', en: 'Card' },
  method_transfer: { ko: '계좌이체', en: 'Transfer' },
  method_other: { ko: '기타', en: 'Other' },
  payAmount: { ko: '금액', en: 'Amount' },
  payNote: { ko: '메모 (선택)', en: 'Note (optional)' },
  quickDue: { ko: '남은 금액 전부', en: 'All that is due' },
  quickHalf: { ko: '절반', en: 'Half' },
  recordAs: { ko: '{method} {amount} 기록', en: 'Record {amount} by {method}' },
  paymentRecorded: { ko: '{method} {amount} 결제를 기록했습니다.', en: 'Recorded {amount} by {method}.' },
  payTooMuch: {
    ko: '남은 금액({due})보다 많이 받을 수 없습니다. 금액을 확인하세요.',
    en: 'That is more than is due ({due}). Check the amount.',
  },
  payNothingDue: { ko: '더 받을 금액이 없습니다.', en: 'Nothing is due.' },
  payNoSeating: {
    ko: '이 테이블은 이미 이용 완료되었습니다.',
    en: 'This table’s visit has already ended.',
  },
  payAmountInvalid: {
    ko: '1원 이상 남은 금액 이하로 입력하세요.',
    en: 'Enter at least 1 and at most what is due.',
  },

  split: { ko: '나눠 내기', en: 'Split evenly' },
  splitWays: { ko: '{n}명', en: '{n} ways' },
  splitDo: { ko: '나누기', en: 'Split' },
  splitHint: {
    ko: '남은 금액을 똑같이 나눕니다(원 단위, 합계가 정확히 맞습니다).',
    en: 'Splits what is due into equal whole-won amounts that add up exactly.',
  },
  splitShare: { ko: '{i}번째', en: 'Share {i}' },
  splitRecord: { ko: '{method} 기록', en: 'Record by {method}' },
  splitRecorded: { ko: '기록됨', en: 'Recorded' },
  splitStale: {
    ko: '나눈 뒤 금액이 바뀌었습니다. 다시 나누세요.',
    en: 'The bill changed after the split. Split again.',
  },
  splitAgain: { ko: '다시 나누기', en: 'Split again' },

  byLines: { ko: '선택한 메뉴 결제', en: 'Pay for the ticked lines' },
  linesSelected: { ko: '선택 {count}개 · {amount}', en: '{count} ticked · {amount}' },
  tickLine: { ko: '{name} 선택', en: 'Tick {name}' },

  payments: { ko: '결제 내역', en: 'Payments' },
  noPayments: { ko: '아직 결제가 없습니다.', en: 'No payments yet.' },
  voidPayment: { ko: '결제 취소', en: 'Void' },
  voidTitle: { ko: '결제 취소', en: 'Void a payment' },
  voidConfirm: {
    ko: '{time} {method} {amount} 결제를 취소합니다. 취소한 결제는 내역에 남고 감사 기록에 사유와 함께 남습니다.',
    en: 'Void the {method} payment of {amount} made at {time}? It stays listed and is audited with the reason.',
  },
  voidReason: { ko: '취소 사유', en: 'Reason' },
  voidReasonRequired: { ko: '사유를 입력하세요.', en: 'Enter a reason.' },
  voidDo: { ko: '결제 취소', en: 'Void payment' },
  voided: { ko: '취소됨', en: 'Voided' },
  voidedToast: { ko: '{amount} 결제를 취소했습니다.', en: 'Voided the payment of {amount}.' },

  endPaid: { ko: '이용 완료', en: 'End session' },
  endUnpaidTitle: { ko: '미결제 금액이 있습니다', en: 'Money is still due' },
  endUnpaidConfirm: {
    ko: '{n}번 테이블에 미결제 {amount}이(가) 남아 있습니다. 이대로 이용 완료하면 미결제로 기록됩니다.',
    en: 'Table {n} still owes {amount}. Ending now records it as unpaid.',
  },
  endUnpaidDo: { ko: '미결제로 이용 완료', en: 'End with money unpaid' },
  endedUnpaid: {
    ko: '{n}번 테이블 이용 완료 — 미결제 {amount} 기록됨',
    en: 'Table {n} ended — {amount} recorded as unpaid',
  },
  endedPaid: { ko: '{n}번 테이블 이용 완료 (결제 완료)', en: 'Table {n} ended (paid in full)' },
  endCardUnpaid: {
    ko: '미결제 {amount}이(가) 남아 있습니다. 이용 완료하면 미결제로 기록됩니다.',
    en: '{amount} is still due; ending records it as unpaid.',
  },

  moveTable: { ko: '테이블 이동', en: 'Move table' },
  moveTitle: { ko: '{n}번 테이블 이동', en: 'Move table {n}' },
  movePick: { ko: '옮길 빈 테이블을 고르세요.', en: 'Pick an empty table to move to.' },
  moveNoEmpty: { ko: '빈 테이블이 없습니다.', en: 'There is no empty table.' },
  moveConfirm: {
    ko: '{from}번 테이블의 주문 {count}건({amount}), 결제와 호출이 {to}번 테이블로 옮겨집니다. {from}번 테이블은 비워집니다.',
    en: 'Table {from}’s {count} orders ({amount}), payments and calls move to table {to}. Table {from} becomes empty.',
  },
  moveDo: { ko: '{to}번으로 이동', en: 'Move to table {to}' },
  moved: { ko: '{from}번 테이블을 {to}번으로 옮겼습니다.', en: 'Moved table {from} to table {to}.' },
  moveTaken: {
    ko: '{to}번 테이블에 이미 손님이 있습니다. 합석을 쓰세요.',
    en: 'Table {to} already has guests. Use merge instead.',
  },
  mergeTable: { ko: '합석', en: 'Merge' },
  mergeTitle: { ko: '{n}번 테이블 합석', en: 'Merge table {n}' },
  mergePick: { ko: '합칠 이용 중인 테이블을 고르세요.', en: 'Pick a table with guests to merge into.' },
  mergeNone: { ko: '합칠 수 있는 이용 중인 테이블이 없습니다.', en: 'No other table has guests.' },
  mergeConfirm: {
    ko: '{from}번 테이블의 주문 {count}건({amount}), 결제와 호출이 {to}번 테이블 계산서로 합쳐집니다. {from}번 테이블은 비워집니다.',
    en: 'Table {from}’s {count} orders ({amount}), payments and calls join table {to}’s bill. Table {from} becomes empty.',
  },
  mergeDo: { ko: '{to}번에 합석', en: 'Merge into table {to}' },
  merged: { ko: '{from}번 테이블을 {to}번에 합석했습니다.', en: 'Merged table {from} into table {to}.' },
  mergeNeedsBoth: {
    ko: '두 테이블 모두 이용 중이어야 합석할 수 있습니다.',
    en: 'Both tables must have guests to merge.',
  },
  floorGone: {
    ko: '{from}번 테이블은 이미 비어 있습니다.',
    en: 'Table {from} has no guests any more.',
  },
  tableOption: { ko: '{n}번 · {amount}', en: 'Table {n} · {amount}' },
} satisfies Dictionary;
