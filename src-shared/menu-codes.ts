/** Codes of API-2 "Menu": guest languages, allergens (Korean labelling law) and badges. */

/** Languages a menu can be translated into; Korean is the menu's own text. */
export const MENU_LANGUAGES = ['en', 'zh', 'ja'] as const;
export type MenuLanguage = (typeof MENU_LANGUAGES)[number];

export const ALLERGENS = [
  'egg',
  'milk',
  'buckwheat',
  'peanut',
  'soybean',
  'wheat',
  'mackerel',
  'crab',
  'shrimp',
  'pork',
  'peach',
  'tomato',
  'sulfites',
  'walnut',
  'chicken',
  'beef',
  'squid',
  'shellfish',
  'pine_nut',
] as const;
export type Allergen = (typeof ALLERGENS)[number];

export const BADGES = ['popular', 'recommended', 'new'] as const;
export type Badge = (typeof BADGES)[number];
