/**
 * Words every screen needs for the second-wave menu (API-2 "Menu", "Orders with options and
 * requests"): allergen and badge names in the guest languages, names with a Korean fallback,
 * price differences and the short daily order number. Menus cached on a tablet by an older
 * version lack the new fields, so readers treat them as possibly absent.
 */
import type { GuestLang } from './i18n';
import type { Menu, MenuOptionGroup, NameTranslation, Translations } from '../../src-shared/types';
import { ALLERGENS as ALLERGEN_CODES, BADGES, type Allergen, type Badge } from '../../src-shared/menu-codes';

export { ALLERGEN_CODES, BADGES };
export type { Allergen, Badge };
export type RichMenu = Menu;
export type OptionGroup = MenuOptionGroup;

/** The 19 allergens Korean law asks menus to name (식품 등의 표시기준), in the law's order. */
export const ALLERGENS: Record<Allergen, Record<GuestLang, string>> = {
  egg: { ko: '알류', en: 'Egg', zh: '蛋类', ja: '卵' },
  milk: { ko: '우유', en: 'Milk', zh: '牛奶', ja: '乳' },
  buckwheat: { ko: '메밀', en: 'Buckwheat', zh: '荞麦', ja: 'そば' },
  peanut: { ko: '땅콩', en: 'Peanut', zh: '花生', ja: '落花生' },
  soybean: { ko: '대두', en: 'Soybean', zh: '大豆', ja: '大豆' },
  wheat: { ko: '밀', en: 'Wheat', zh: '小麦', ja: '小麦' },
  mackerel: { ko: '고등어', en: 'Mackerel', zh: '鲭鱼', ja: 'さば' },
  crab: { ko: '게', en: 'Crab', zh: '蟹', ja: 'かに' },
  shrimp: { ko: '새우', en: 'Shrimp', zh: '虾', ja: 'えび' },
  pork: { ko: '돼지고기', en: 'Pork', zh: '猪肉', ja: '豚肉' },
  peach: { ko: '복숭아', en: 'Peach', zh: '桃子', ja: 'もも' },
  tomato: { ko: '토마토', en: 'Tomato', zh: '番茄', ja: 'トマト' },
  sulfites: { ko: '아황산류', en: 'Sulfites', zh: '亚硫酸盐', ja: '亜硫酸塩' },
  walnut: { ko: '호두', en: 'Walnut', zh: '核桃', ja: 'くるみ' },
  chicken: { ko: '닭고기', en: 'Chicken', zh: '鸡肉', ja: '鶏肉' },
  beef: { ko: '쇠고기', en: 'Beef', zh: '牛肉', ja: '牛肉' },
  squid: { ko: '오징어', en: 'Squid', zh: '鱿鱼', ja: 'いか' },
  shellfish: { ko: '조개류', en: 'Shellfish', zh: '贝类', ja: '貝類' },
  pine_nut: { ko: '잣', en: 'Pine nut', zh: '松子', ja: '松の実' },
};

export const BADGE_LABELS: Record<Badge, Record<GuestLang, string>> = {
  popular: { ko: '인기', en: 'Popular', zh: '人气', ja: '人気' },
  recommended: { ko: '추천', en: 'Chef’s pick', zh: '推荐', ja: 'おすすめ' },
  new: { ko: '신메뉴', en: 'New', zh: '新品', ja: '新メニュー' },
};

/** A name in the guest's language where the owner wrote one, else the Korean. */
export function nameIn(
  item: { name: string; translations?: Translations<NameTranslation> },
  lang: GuestLang,
): string {
  if (lang === 'ko') return item.name;
  return item.translations?.[lang]?.name?.trim() || item.name;
}

export function descriptionIn(menu: RichMenu, lang: GuestLang): string {
  if (lang === 'ko') return menu.description;
  return menu.translations?.[lang]?.description?.trim() || menu.description;
}

/** "+2,000원" / "−500원" / "" for a zero difference. */
export function formatDelta(delta: number, won: (n: number) => string): string {
  if (delta === 0) return '';
  return `${delta > 0 ? '+' : '−'}${won(Math.abs(delta))}`;
}

/**
 * "ORD-20261128-0005" → 5: the short daily number a guest hears called out. The full number
 * stays on staff screens, where two days' orders can meet.
 */
export function dailyNumber(orderNumber: string): string {
  const m = /-(\d+)$/.exec(orderNumber);
  return m ? String(Number(m[1])) : orderNumber;
}
