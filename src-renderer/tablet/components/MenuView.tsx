/**
 * The menu (T2, T6, T8): every category in one scrolling grid of photo tiles, a rail (or tabs
 * in portrait) that jumps to a category and follows the scroll. A tile opens the dish sheet;
 * its + adds at once, or opens the sheet when there are options to choose.
 */
import { useEffect, useRef, useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useGuestLang, useT } from '../../common/i18n';
import { descriptionIn, nameIn, type RichMenu } from '../../common/menu-extras';
import type { MenuTree } from '../../../src-shared/types';
import { dict } from '../state/tablet.dictionary';
import { addToCart, countOf, useCart } from '../state/cart-store';
import { useWon } from '../state/guest-text';
import { Badges, DishImage } from './DishImage';
import { DishSheet } from './DishSheet';

type CategoryWithNames = MenuTree['categories'][number] & {
  translations?: Parameters<typeof nameIn>[0]['translations'];
};

function MenuCard(props: { menu: RichMenu; inCart: number; onOpen: () => void; onFull: () => void }) {
  const { menu, inCart } = props;
  const t = useT(dict);
  const [lang] = useGuestLang();
  const won = useWon();
  const soldOut = !menu.available;
  const name = nameIn(menu, lang);
  const description = descriptionIn(menu, lang);
  const hasOptions = (menu.option_groups ?? []).length > 0;
  return (
    <article
      className={`card${soldOut ? ' sold-out' : ''}${inCart ? ' in-cart' : ''}`}
      data-menu-id={menu.id}
      aria-disabled={soldOut || undefined}
    >
      <button
        type="button"
        className="card-open"
        onClick={props.onOpen}
        aria-label={`${name} ${won(menu.price)}${soldOut ? ` ${t('soldOut')}` : ''}`}
      >
        <span className="card-image">
          <DishImage src={menu.image_url} name={name} />
        </span>
        <span className="card-body">
          <span className="card-name">{name}</span>
          {description && <span className="card-desc">{description}</span>}
          <span className="card-price">
            {won(menu.price)}
            {hasOptions && <span className="card-opts">{t('hasOptions')}</span>}
          </span>
        </span>
      </button>
      {/* One row above the photo: flex items never cover each other (sold out + count both show). */}
      <span className="card-flags">
        {soldOut && <span className="sold-out-badge">{t('soldOut')}</span>}
        <Badges menu={menu} />
        {inCart > 0 && <span className="in-cart-badge">{t('inCart', { n: inCart })}</span>}
      </span>
      <button
        type="button"
        className="card-add"
        disabled={soldOut}
        aria-label={hasOptions ? t('chooseName', { name }) : t('addName', { name })}
        onClick={() => (hasOptions ? props.onOpen() : addToCart(menu) || props.onFull())}
      >
        <span aria-hidden="true">+</span>
        <span className="card-add-text">{t('add')}</span>
      </button>
    </article>
  );
}

export function MenuView({ query, onFull }: { query: UseQueryResult<MenuTree>; onFull: () => void }) {
  const t = useT(dict);
  const [lang] = useGuestLang();
  const cart = useCart();
  const categories = (query.data?.categories ?? []).filter((c) => c.menus.length > 0) as CategoryWithNames[];
  const [active, setActive] = useState<number | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const jumping = useRef(false);
  // The sheet reads the dish from the live menu: a sold-out option greys out while it is open.
  const open = categories.flatMap((c) => c.menus).find((m) => m.id === openId) as RichMenu | undefined;

  // The rail follows the scroll: the last section whose heading has passed the top.
  useEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const onScroll = () => {
      if (jumping.current) return;
      const top = box.getBoundingClientRect().top + 24;
      let current: number | null = null;
      for (const el of box.querySelectorAll<HTMLElement>('[data-section]')) {
        if (el.getBoundingClientRect().top <= top) current = Number(el.dataset.section);
      }
      setActive(current);
    };
    box.addEventListener('scroll', onScroll, { passive: true });
    return () => box.removeEventListener('scroll', onScroll);
  }, [query.data]);

  if (!query.data) {
    return (
      <section className="menu-view empty-state" aria-busy={query.isFetching}>
        <p className="lead">
          {query.isError || query.failureCount > 0 ? t('menuUnavailable') : t('menuLoading')}
        </p>
      </section>
    );
  }
  if (!categories.length) {
    return (
      <section className="menu-view empty-state">
        <p className="lead">{t('menuEmpty')}</p>
      </section>
    );
  }
  const current = active ?? categories[0]!.id;
  const jump = (id: number) => {
    setActive(id);
    jumping.current = true;
    scroller.current?.querySelector(`[data-section="${id}"]`)?.scrollIntoView({ block: 'start' });
    // Let the jump's own scroll events pass before the rail follows the scroll again.
    setTimeout(() => (jumping.current = false), 150);
  };
  return (
    <section className="menu-view">
      <nav className="rail" aria-label={t('categories')}>
        {categories.map((c) => (
          <button
            key={c.id}
            type="button"
            className={`rail-item${c.id === current ? ' active' : ''}`}
            aria-pressed={c.id === current}
            onClick={() => jump(c.id)}
          >
            {nameIn(c, lang)}
          </button>
        ))}
      </nav>
      <div className="menu-scroll" ref={scroller}>
        {categories.map((c) => (
          <section key={c.id} className="menu-section" data-section={c.id} aria-label={nameIn(c, lang)}>
            <h2 className="grid-title">{nameIn(c, lang)}</h2>
            <div className="grid">
              {c.menus.map((m) => (
                <MenuCard
                  key={m.id}
                  menu={m}
                  inCart={countOf(cart, m.id)}
                  onOpen={() => setOpenId(m.id)}
                  onFull={onFull}
                />
              ))}
            </div>
          </section>
        ))}
      </div>
      {open && <DishSheet menu={open} onClose={() => setOpenId(null)} onFull={onFull} />}
    </section>
  );
}
