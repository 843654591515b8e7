/**
 * One dish in full (T7, T8): photo, description, 원산지 and allergens, its option groups, a
 * request and a quantity, with the price as chosen. Required groups are checked before the
 * dish goes into the cart; sold-out options stay visible but cannot be picked.
 */
import { useRef, useState } from 'react';
import { Dialog } from '../../common/Dialog';
import { useGuestLang, useT } from '../../common/i18n';
import {
  ALLERGENS,
  descriptionIn,
  formatDelta,
  nameIn,
  type OptionGroup,
  type RichMenu,
} from '../../common/menu-extras';
import { dict } from '../state/tablet.dictionary';
import { addLine, MAX_QUANTITY, NOTE_MAX } from '../state/cart-store';
import { useWon } from '../state/guest-text';
import { Badges, DishImage } from './DishImage';

type Picks = Record<number, number[]>;

function rule(g: OptionGroup, t: ReturnType<typeof useT<typeof dict>>): string {
  if (g.max_select === 1)
    return g.min_select >= 1 ? `${t('required')} · ${t('pickOne')}` : t('pickUpTo', { n: 1 });
  if (g.min_select === 0) return t('pickUpTo', { n: g.max_select });
  const range = t('pickRange', { min: g.min_select, max: g.max_select });
  return `${t('required')} · ${range}`;
}

export function DishSheet({
  menu,
  onClose,
  onFull,
}: {
  menu: RichMenu;
  onClose: () => void;
  onFull: () => void;
}) {
  const t = useT(dict);
  const [lang] = useGuestLang();
  const won = useWon();
  const groups = menu.option_groups ?? [];
  const [picks, setPicks] = useState<Picks>({});
  const [note, setNote] = useState('');
  const [quantity, setQuantity] = useState(1);
  const [problem, setProblem] = useState<{ group: number; text: string } | null>(null);
  const groupRefs = useRef(new Map<number, HTMLFieldSetElement>());
  const soldOut = !menu.available;

  // An option sold out while the sheet is open drops out of the choice (T6 live menu).
  const picked = (g: OptionGroup) =>
    (picks[g.id] ?? []).filter((id) => g.options.some((o) => o.id === id && o.available));
  const chosen = groups.flatMap((g) => g.options.filter((o) => picked(g).includes(o.id)));
  const unit = menu.price + chosen.reduce((s, o) => s + o.price_delta, 0);

  function toggle(g: OptionGroup, optionId: number) {
    const now = picked(g);
    let next: number[];
    if (now.includes(optionId)) {
      // A required single choice stays chosen; anything else can be taken back.
      next = g.max_select === 1 && g.min_select >= 1 ? now : now.filter((x) => x !== optionId);
    } else if (g.max_select === 1) next = [optionId];
    else if (now.length >= g.max_select) {
      setProblem({ group: g.id, text: t('maxReached', { group: nameIn(g, lang), n: g.max_select }) });
      return;
    } else next = [...now, optionId];
    if (problem?.group === g.id) setProblem(null);
    setPicks({ ...picks, [g.id]: next });
  }

  function add() {
    for (const g of groups) {
      const n = picked(g).length;
      if (n < g.min_select) {
        const group = nameIn(g, lang);
        setProblem({
          group: g.id,
          text: g.min_select === 1 ? t('needChoice', { group }) : t('needMore', { group, n: g.min_select }),
        });
        groupRefs.current.get(g.id)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        return;
      }
    }
    const ok = addLine({
      menu_id: menu.id,
      name: menu.name,
      price: unit,
      quantity,
      options: chosen.map((o) => ({
        id: o.id,
        group_name: groups.find((g) => g.options.includes(o))!.name,
        name: o.name,
        price_delta: o.price_delta,
      })),
      note,
    });
    if (!ok) onFull();
    onClose();
  }

  const name = nameIn(menu, lang);
  const description = descriptionIn(menu, lang);
  const allergens = (menu.allergens ?? []).filter((a) => ALLERGENS[a]);
  return (
    <Dialog
      className="tablet-dialog sheet-dialog"
      labelledBy="dish-title"
      onClose={onClose}
      testId="dish-sheet"
    >
      <div className="sheet">
        <div className="sheet-photo">
          <DishImage src={menu.image_url} name={name} />
          <Badges menu={menu} />
        </div>
        <button type="button" className="sheet-close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
        <div className="sheet-body">
          <h2 id="dish-title">{name}</h2>
          {lang !== 'ko' && name !== menu.name && (
            <p className="muted ko-name" lang="ko">
              {menu.name}
            </p>
          )}
          <p className="sheet-price">{won(menu.price)}</p>
          {description && <p className="sheet-desc">{description}</p>}
          {(menu.origin || allergens.length > 0) && (
            <dl className="facts">
              {menu.origin && (
                <>
                  <dt>{t('origin')}</dt>
                  <dd data-testid="origin">{menu.origin}</dd>
                </>
              )}
              {allergens.length > 0 && (
                <>
                  <dt>{t('allergens')}</dt>
                  <dd className="allergens" data-testid="allergens">
                    {allergens.map((a) => (
                      <span key={a} className="chip">
                        {ALLERGENS[a]![lang]}
                        {lang !== 'ko' && <span lang="ko"> {ALLERGENS[a]!.ko}</span>}
                      </span>
                    ))}
                  </dd>
                </>
              )}
            </dl>
          )}
          {groups.map((g) => {
            const single = g.max_select === 1;
            const mine = picked(g);
            const bad = problem?.group === g.id;
            return (
              <fieldset
                key={g.id}
                className={`opt-group${bad ? ' invalid' : ''}`}
                data-group-id={g.id}
                ref={(el) => {
                  if (el) groupRefs.current.set(g.id, el);
                }}
              >
                <legend>
                  <span className="opt-group-name">{nameIn(g, lang)}</span>
                  <span className={`opt-rule${g.min_select > 0 ? ' req' : ''}`}>{rule(g, t)}</span>
                </legend>
                {bad && (
                  <p className="opt-problem" role="alert">
                    {problem.text}
                  </p>
                )}
                <div className="opt-list">
                  {g.options.map((o) => {
                    const on = mine.includes(o.id);
                    const full = !single && !on && mine.length >= g.max_select;
                    return (
                      <label
                        key={o.id}
                        className={`opt${on ? ' on' : ''}${!o.available ? ' sold-out' : ''}${full ? ' full' : ''}`}
                        data-option-id={o.id}
                      >
                        <input
                          type={single ? 'radio' : 'checkbox'}
                          name={`group-${g.id}`}
                          checked={on}
                          disabled={!o.available || soldOut}
                          onChange={() => toggle(g, o.id)}
                          onClick={() => {
                            // A radio can't be unticked by the browser: an optional single choice can.
                            if (single && on) toggle(g, o.id);
                          }}
                        />
                        <span className="opt-name">{nameIn(o, lang)}</span>
                        {!o.available ? (
                          <span className="tag">{t('soldOut')}</span>
                        ) : (
                          <span className="opt-delta">{formatDelta(o.price_delta, won)}</span>
                        )}
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            );
          })}
          <label className="note-field">
            <span>
              {t('request')}
              <span className="muted counter" aria-live="polite">
                {note.length}/{NOTE_MAX}
              </span>
            </span>
            <textarea
              rows={2}
              maxLength={NOTE_MAX}
              value={note}
              placeholder={t('requestPlaceholder')}
              onChange={(e) => setNote(e.target.value.slice(0, NOTE_MAX))}
            />
          </label>
        </div>
        <div className="sheet-foot">
          <div className="stepper" role="group" aria-label={t('quantity')}>
            <button
              type="button"
              className="btn round"
              aria-label={t('decrease', { name })}
              disabled={quantity <= 1}
              onClick={() => setQuantity(quantity - 1)}
            >
              −
            </button>
            <span className="qty" data-testid="sheet-qty">
              {quantity}
            </span>
            <button
              type="button"
              className="btn round"
              aria-label={t('increase', { name })}
              disabled={quantity >= MAX_QUANTITY}
              onClick={() => setQuantity(quantity + 1)}
            >
              +
            </button>
          </div>
          <button
            type="button"
            className="btn primary sheet-add"
            disabled={soldOut}
            onClick={add}
            data-testid="sheet-add"
          >
            {soldOut ? t('soldOut') : t('addPrice', { price: won(unit * quantity) })}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
