/** Texts of the live dashboard's cards and its layout settings. */
import type { Dictionary } from '../../common/i18n';

export const dashboardDict = {
  tableShort: { ko: '{n}번', en: 'T{n}' },
  minutesN: { ko: '{n}분', en: '{n} min' },
  hoursMinutesN: { ko: '{h}시간 {m}분', en: '{h} h {m} min' },
  elapsedTitle: { ko: '첫 주문 후 {t}', en: '{t} since the first order' },
  waitWarnTitle: {
    ko: '{n}분 넘게 나오지 않은 주문이 있습니다',
    en: 'An order has been waiting over {n} min',
  },
  dishesMore: { ko: '+{n}', en: '+{n}' },
  dishesMoreTitle: { ko: '메뉴 {n}개 더', en: '{n} more dishes' },
  openCard: { ko: '{n}번 테이블 주문 보기', en: 'Open the orders of table {n}' },
  layoutDense: { ko: '촘촘하게 보기', en: 'Dense layout' },
  denseSuggest: {
    ko: '테이블이 {n}개입니다. 촘촘하게 보기를 켜면 한 화면에 더 보입니다.',
    en: '{n} tables: the dense layout fits more on one screen.',
  },
  newFade: { ko: '새 주문 표시', en: 'New-order highlight' },
  newFadeMinutes: { ko: '{n}분 후 꺼짐', en: 'fades after {n} min' },
} satisfies Dictionary;
