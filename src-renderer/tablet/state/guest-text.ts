/** Menu words in the guest's language: names with Korean fallback, money, option lines. */
import { useCallback } from 'react';
import { useGuestLang, type GuestLang } from '../../common/i18n';
import { formatDelta, nameIn, type RichMenu } from '../../common/menu-extras';
import { formatWon } from '../../../src-shared/format';

/** Won as a Korean reads it ("9,000원") or as the rest of the world does ("₩9,000"). */
export function useWon() {
  const [lang] = useGuestLang();
  return useCallback((n: number) => formatWon(n, lang === 'ko' ? 'ko' : 'en'), [lang]);
}

export interface ShownOption {
  id: number;
  name: string;
  price_delta: number;
}

/** An option's name in the guest's language, found on today's menu; else the name it was saved with. */
export function optionName(menu: RichMenu | undefined, o: ShownOption, lang: GuestLang): string {
  const live = menu?.option_groups?.flatMap((g) => g.options).find((x) => x.id === o.id);
  return live ? nameIn(live, lang) : o.name;
}

/** "매운맛 · 치즈 +2,000원" */
export function optionsText(
  menu: RichMenu | undefined,
  options: ShownOption[],
  lang: GuestLang,
  won: (n: number) => string,
): string {
  return options
    .map((o) => {
      const delta = formatDelta(o.price_delta, won);
      return delta ? `${optionName(menu, o, lang)} ${delta}` : optionName(menu, o, lang);
    })
    .join(' · ');
}

/** A dish name in the guest's language via today's menu; else the saved (Korean) name. */
export function dishName(menu: RichMenu | undefined, saved: string, lang: GuestLang): string {
  return menu ? nameIn(menu, lang) : saved;
}
