/** Categories as a side rail (landscape) or tabs (portrait), dishes as cards (T2, T6). */
import { useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useLang, useT } from '../../common/i18n';
import { formatWon } from '../../../src-shared/format';
import type { Menu, MenuTree } from '../../../src-shared/types';
import { dict } from '../state/tablet.dictionary';
import { addToCart, useCart } from '../state/cart-store';

function Placeholder() {
  return (
    <svg className="placeholder" viewBox="0 0 120 90" aria-hidden="true">
      <rect width="120" height="90" fill="#f1e9df" />
      <ellipse cx="60" cy="52" rx="30" ry="10" fill="none" stroke="#c9b8a4" strokeWidth="3" />
      <path d="M33 50a27 20 0 0 1 54 0" fill="none" stroke="#c9b8a4" strokeWidth="3" />
      <path d="M60 26v4" stroke="#c9b8a4" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

function DishImage({ src }: { src: string | null }) {
  const [broken, setBroken] = useState(false);
  if (!src || broken) return <Placeholder />;
  return <img src={src} alt="" loading="lazy" decoding="async" onError={() => setBroken(true)} />;
}

function MenuCard({ menu, inCart, onFull }: { menu: Menu; inCart: number; onFull: () => void }) {
  const t = useT(dict);
  const [lang] = useLang();
  const soldOut = !menu.available;
  return (
    <button
      type="button"
      className={`card${soldOut ? ' sold-out' : ''}${inCart ? ' in-cart' : ''}`}
      disabled={soldOut}
      onClick={() => addToCart(menu) || onFull()}
      aria-label={`${menu.name} ${formatWon(menu.price, lang)}${soldOut ? ` ${t('soldOut')}` : ''}`}
      data-menu-id={menu.id}
    >
      <span className="card-image">
        <DishImage src={menu.image_url} />
        {soldOut && <span className="sold-out-badge">{t('soldOut')}</span>}
        {inCart > 0 && <span className="in-cart-badge">{t('inCart', { n: inCart })}</span>}
      </span>
      <span className="card-body">
        <span className="card-name">{menu.name}</span>
        <span className="card-price">{formatWon(menu.price, lang)}</span>
        {menu.description && <span className="card-desc">{menu.description}</span>}
      </span>
    </button>
  );
}

export function MenuView({ query, onFull }: { query: UseQueryResult<MenuTree>; onFull: () => void }) {
  const t = useT(dict);
  const cart = useCart();
  const categories = (query.data?.categories ?? []).filter((c) => c.menus.length > 0);
  const [picked, setPicked] = useState<number | null>(null);
  const current = categories.find((c) => c.id === picked) ?? categories[0];

  if (!query.data) {
    return (
      <section className="menu-view empty-state" aria-busy={query.isFetching}>
        <p className="lead">
          {query.isError || query.failureCount > 0 ? t('menuUnavailable') : t('menuLoading')}
        </p>
      </section>
    );
  }
  if (!current) {
    return (
      <section className="menu-view empty-state">
        <p className="lead">{t('menuEmpty')}</p>
      </section>
    );
  }
  const qty = new Map(cart.map((l) => [l.menu_id, l.quantity]));
  return (
    <section className="menu-view">
      <nav className="rail" aria-label="categories">
        {categories.map((c) => (
          <button
            key={c.id}
            type="button"
            className={`rail-item${c.id === current.id ? ' active' : ''}`}
            aria-pressed={c.id === current.id}
            onClick={() => setPicked(c.id)}
          >
            {c.name}
          </button>
        ))}
      </nav>
      <div className="grid" key={current.id}>
        <h2 className="grid-title">{current.name}</h2>
        {current.menus.map((m) => (
          <MenuCard key={m.id} menu={m} inCart={qty.get(m.id) ?? 0} onFull={onFull} />
        ))}
      </div>
    </section>
  );
}
