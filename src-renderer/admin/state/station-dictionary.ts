/** Texts of the kitchen stations screen (K5): stations and which categories go to each. */
import type { Dictionary } from '../../common/i18n';

export const stationDict = {
  stationsTitle: { ko: '주방 스테이션', en: 'Kitchen stations' },
  stationsIntro: {
    ko: '주방 화면은 스테이션별로 나눠 볼 수 있습니다. 카테고리마다 어느 스테이션에서 만들지 정하세요.',
    en: 'Kitchen boards can show one station each. Choose which station makes each category.',
  },
  stationName: { ko: '스테이션 이름', en: 'Station name' },
  addStation: { ko: '스테이션 추가', en: 'Add station' },
  defaultStation: { ko: '기본', en: 'Default' },
  defaultStationHint: {
    ko: '스테이션을 정하지 않은 카테고리가 가는 곳입니다.',
    en: 'Where categories without a station go.',
  },
  noStations: {
    ko: '아직 스테이션이 없습니다. 모든 카테고리가 기본 스테이션으로 갑니다.',
    en: 'No stations yet. Every category goes to the default station.',
  },
  stationCategories: { ko: '카테고리 {n}개', en: 'Categories: {n}' },
  duplicateStation: { ko: '이미 있는 스테이션 이름입니다.', en: 'A station with that name already exists.' },
  stationLimit: {
    ko: '스테이션은 매장당 최대 {n}개까지 만들 수 있습니다.',
    en: 'A store can have at most {n} stations.',
  },
  deleteStationTitle: { ko: '스테이션 삭제', en: 'Delete station' },
  deleteStationConfirm: {
    ko: '스테이션 "{name}"을(를) 삭제합니다. 이 스테이션의 카테고리 {n}개({list})는 기본 스테이션으로 옮겨집니다.',
    en: 'Delete station "{name}"? Its {n} categories ({list}) move to the default station.',
  },
  deleteStationEmpty: {
    ko: '스테이션 "{name}"을(를) 삭제합니다. 이 스테이션에 배정된 카테고리는 없습니다.',
    en: 'Delete station "{name}"? No categories are assigned to it.',
  },
  routingTitle: { ko: '카테고리별 스테이션', en: 'Station of each category' },
  routingHint: {
    ko: '바꾸면 바로 저장되고, 주방 화면에 곧바로 반영됩니다.',
    en: 'Changes are saved at once and reach the kitchen boards right away.',
  },
  stationOf: { ko: '{name} 스테이션', en: 'Station of {name}' },
  station: { ko: '스테이션', en: 'Station' },
  stationSet: { ko: '{cat} → {station}', en: '{cat} → {station}' },
  stationsLink: { ko: '스테이션 배정', en: 'Station routing' },
} satisfies Dictionary;
