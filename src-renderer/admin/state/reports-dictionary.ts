/** Texts of the reports screen (A15). */
import type { Dictionary } from '../../common/i18n';

export const reportsDict = {
  navReports: { ko: '리포트', en: 'Reports' },
  repTitle: { ko: '매출 리포트', en: 'Sales report' },
  repPreset_today: { ko: '오늘', en: 'Today' },
  repPreset_yesterday: { ko: '어제', en: 'Yesterday' },
  repPreset_week: { ko: '이번 주', en: 'This week' },
  repPreset_month: { ko: '이번 달', en: 'This month' },
  repPreset_last30: { ko: '지난 30일', en: 'Last 30 days' },
  repPresets: { ko: '기간 빠른 선택', en: 'Quick ranges' },
  repFrom: { ko: '시작일', en: 'From' },
  repTo: { ko: '종료일', en: 'To' },
  repRangeSep: { ko: '~', en: '–' },
  repRangeInvalid: { ko: '날짜를 올바르게 입력하세요.', en: 'Enter valid dates.' },
  repRangeReversed: {
    ko: '시작일이 종료일보다 늦습니다. 날짜를 바꾸세요.',
    en: 'The start date is after the end date. Change the dates.',
  },
  repRangeTooLong: {
    ko: '기간은 최대 {n}일까지 볼 수 있습니다. 지금은 {days}일입니다.',
    en: 'A report covers at most {n} days; this range has {days}.',
  },
  repCsv: { ko: 'CSV 다운로드', en: 'Download CSV' },
  repSales: { ko: '매출', en: 'Sales' },
  repOrders: { ko: '주문 수', en: 'Orders' },
  repAverage: { ko: '주문당 평균', en: 'Average per order' },
  repGuests: { ko: '손님 수', en: 'Guests' },
  repGuestsN: { ko: '{n}명', en: '{n}' },
  repPrep: { ko: '조리 시간 (중앙값 / 90%)', en: 'Prep time (median / 90th pct.)' },
  repPrepNone: { ko: '완료된 주문 없음', en: 'No served orders' },
  repPrepHint: { ko: '완료된 주문 {n}건 기준', en: 'Over {n} served orders' },
  repEmpty: {
    ko: '이 기간에는 주문이 없습니다. 다른 기간을 고르세요.',
    en: 'No orders in this range. Pick another range.',
  },
  repByDay: { ko: '일별 매출', en: 'Sales by day' },
  repByHour: { ko: '시간대별 매출', en: 'Sales by hour of day' },
  repByWeekday: { ko: '요일별 매출', en: 'Sales by weekday' },
  repTopMenu: { ko: '많이 팔린 메뉴', en: 'Top dishes' },
  repTopTables: { ko: '테이블별 매출', en: 'Sales by table' },
  repMethods: { ko: '결제 수단별', en: 'By payment method' },
  repShowTable: { ko: '표로 보기', en: 'Show as table' },
  repChartLoading: { ko: '차트 불러오는 중…', en: 'Loading charts…' },
  repChartFailed: { ko: '차트를 불러오지 못했습니다.', en: 'The charts could not be loaded.' },
  repDate: { ko: '날짜', en: 'Date' },
  repHour: { ko: '시간', en: 'Hour' },
  repHourN: { ko: '{n}시', en: '{n}:00' },
  repWeekday: { ko: '요일', en: 'Weekday' },
  repDish: { ko: '메뉴', en: 'Dish' },
  repQty: { ko: '수량', en: 'Qty' },
  repAmount: { ko: '금액', en: 'Amount' },
  repCount: { ko: '건수', en: 'Count' },
  repTable: { ko: '테이블', en: 'Table' },
  repMethod: { ko: '결제 수단', en: 'Method' },
  repShowAll: { ko: '전체 보기 ({n})', en: 'Show all ({n})' },
  repShowFewer: { ko: '상위 10개만 보기', en: 'Show top 10' },
} satisfies Dictionary;

/** Weekday names, 0 = Sunday (the API's numbering). */
export const WEEKDAYS = {
  ko: ['일', '월', '화', '수', '목', '금', '토'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
} as const;

/** Korean order: the week runs Monday to Sunday. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
