/** Texts of the staff-call bar (T9), shared by the admin dashboard and the kitchen board. */
import type { Dictionary } from './i18n';

export const callDict = {
  'call.title': { ko: '직원 호출', en: 'Staff calls' },
  'call.table': { ko: '{n}번', en: 'T{n}' },
  'call.tableLong': { ko: '{n}번 테이블', en: 'Table {n}' },
  'call.open': { ko: '새 호출', en: 'New' },
  'call.acknowledged': { ko: '확인함', en: 'Seen' },
  'call.ack': { ko: '확인', en: 'Got it' },
  'call.done': { ko: '완료', en: 'Done' },
  'call.more': { ko: '+{n}건 더', en: '+{n} more' },
  'call.less': { ko: '접기', en: 'Less' },
  'call.noteOnly': { ko: '요청 메모', en: 'Note' },
  'call.ageSeconds': { ko: '방금', en: 'just now' },
  'call.ageMinutes': { ko: '{n}분 전', en: '{n} min ago' },
  'call.ageHours': { ko: '{h}시간 {m}분 전', en: '{h} h {m} min ago' },
  'call.failed': {
    ko: '호출 상태를 바꾸지 못했습니다. 다시 눌러 주세요.',
    en: 'Could not update the call. Please tap again.',
  },
  'call.key': { ko: '키 {k}', en: 'key {k}' },
} satisfies Dictionary;
