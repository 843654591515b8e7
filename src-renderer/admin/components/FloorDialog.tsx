import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Dashboard, DashboardTable } from '../../../src-shared/types';
import { ApiError, keys } from '../state/admin-api';
import { errorText, useAdminT, useFormat } from '../state/admin-i18n';
import { useMergeTable, useMoveTable } from '../state/checkout';
import { Modal } from './Modal';
import { useToast } from './Toasts';

interface Props {
  mode: 'move' | 'merge';
  from: DashboardTable;
  onDone: (toTableId: number) => void;
  onClose: () => void;
}

/**
 * Move a seating to an empty table, or merge it into a table with guests (A13): pick the
 * table, read what will move where, confirm.
 */
export function FloorDialog({ mode, from, onDone, onClose }: Props) {
  const t = useAdminT();
  const f = useFormat();
  const toast = useToast();
  const qc = useQueryClient();
  const move = useMoveTable(from.id);
  const merge = useMergeTable(from.id);
  const action = mode === 'move' ? move : merge;
  const [target, setTarget] = useState<DashboardTable | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tables = (qc.getQueryData<Dashboard>(keys.dashboard)?.tables ?? [])
    .filter((x) => x.id !== from.id && (mode === 'move' ? !x.session : !!x.session))
    .sort((a, b) => a.table_number - b.table_number);
  const names = { from: from.table_number, to: target?.table_number ?? 0 };

  const describe = (e: unknown) => {
    if (e instanceof ApiError && e.status === 409) {
      if (/no active session to/i.test(e.message) && e.message.includes(`Table ${from.table_number} `))
        return t('floorGone', names);
      return mode === 'move' ? t('moveTaken', names) : t('mergeNeedsBoth');
    }
    return errorText(t, e);
  };

  const run = () => {
    if (!target) return;
    setError(null);
    action.mutate(target.id, {
      onSuccess: () => {
        toast('ok', t(mode === 'move' ? 'moved' : 'merged', names));
        onDone(target.id);
      },
      onError: (e) => setError(describe(e)),
    });
  };

  return (
    <Modal
      title={t(mode === 'move' ? 'moveTitle' : 'mergeTitle', { n: from.table_number })}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" onClick={onClose} disabled={action.isPending}>
            {t('cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={!target || action.isPending}
            onClick={run}
            data-testid="floor-confirm"
          >
            {action.isPending
              ? t('working')
              : target
                ? t(mode === 'move' ? 'moveDo' : 'mergeDo', names)
                : t(mode === 'move' ? 'moveTable' : 'mergeTable')}
          </button>
        </>
      }
    >
      <p>{t(mode === 'move' ? 'movePick' : 'mergePick')}</p>
      {tables.length === 0 ? (
        <p className="notice">{t(mode === 'move' ? 'moveNoEmpty' : 'mergeNone')}</p>
      ) : (
        <div
          className="floor-pick"
          role="radiogroup"
          aria-label={t(mode === 'move' ? 'movePick' : 'mergePick')}
        >
          {tables.map((x) => (
            <button
              key={x.id}
              type="button"
              role="radio"
              aria-checked={target?.id === x.id}
              className={target?.id === x.id ? 'floor-table is-on' : 'floor-table'}
              onClick={() => setTarget(x)}
            >
              <span className="floor-table-n">{t('tableN', { n: x.table_number })}</span>
              <span className="muted nowrap">
                {x.session ? f.won(x.session.total_amount) : t('emptyTable')}
              </span>
            </button>
          ))}
        </div>
      )}
      {target && (
        <p className="floor-confirm notice notice-warn" data-testid="floor-summary">
          {t(mode === 'move' ? 'moveConfirm' : 'mergeConfirm', {
            ...names,
            count: from.session?.order_count ?? 0,
            amount: f.won(from.session?.total_amount ?? 0),
          })}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}
