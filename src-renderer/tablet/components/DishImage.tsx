/** A dish's photo, or its first letter on a tint of its own when there is none; its badges. */
import { useState } from 'react';
import { useGuestLang } from '../../common/i18n';
import { BADGE_LABELS, BADGES, type RichMenu } from '../../common/menu-extras';

/** Warm tints that suit food; a dish keeps its tint (picked from its name). */
const TINTS = ['#f6e3d3', '#f3e6c8', '#e4ecd7', '#f5dcdc', '#e3e6ef', '#efe0ee', '#dcece9'];
const INKS = ['#9a4a1c', '#8a6410', '#4d6b2e', '#9b3535', '#46507a', '#7a3f74', '#2f6b62'];

function tintOf(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return h % TINTS.length;
}

export function Placeholder({ name }: { name: string }) {
  const i = tintOf(name);
  return (
    <span
      className="placeholder"
      style={{ background: TINTS[i], color: INKS[i] }}
      aria-hidden="true"
      data-testid="placeholder"
    >
      {Array.from(name.trim())[0] ?? '·'}
    </span>
  );
}

export function DishImage({ src, name }: { src: string | null; name: string }) {
  const [broken, setBroken] = useState(false);
  if (!src || broken) return <Placeholder name={name} />;
  return <img src={src} alt="" loading="lazy" decoding="async" onError={() => setBroken(true)} />;
}

/** 인기 · 추천 · 신메뉴 as small labels; laid out in a row so none can cover another. */
export function Badges({ menu }: { menu: RichMenu }) {
  const [lang] = useGuestLang();
  const shown = BADGES.filter((b) => menu.badges?.includes(b));
  if (!shown.length) return null;
  return (
    <span className="badges">
      {shown.map((b) => (
        <span key={b} className={`badge badge-${b}`}>
          {BADGE_LABELS[b][lang]}
        </span>
      ))}
    </span>
  );
}
