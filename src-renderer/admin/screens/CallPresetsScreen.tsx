import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallPresetList } from '../../../src-shared/types';
import { LIMITS } from '../../../src-shared/limits';
import { api, ApiError, isForbidden, keys } from '../state/admin-api';
import { errorText, useAdminT } from '../state/admin-i18n';
import { useIsManager } from '../state/auth-session';
import {
  newRow,
  sameRows,
  serverErrors,
  toBody,
  toRows,
  validate,
  type PresetField,
  type PresetRow,
  type RowErrors,
} from '../state/call-presets-form';
import { CallPresetRow } from '../components/CallPresetRow';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ManagerOnly } from '../components/ManagerOnly';
import { useToast } from '../components/Toasts';
import { Empty, LoadError, Loading } from '../components/ScreenState';

/** T9: the call buttons guests see on the tablet, edited as one list and saved at once. */
export function CallPresetsScreen() {
  const t = useAdminT();
  const qc = useQueryClient();
  const toast = useToast();
  const manager = useIsManager();
  const q = useQuery({
    queryKey: keys.callPresets,
    queryFn: () => api.get<CallPresetList>('/api/admin/call-presets'),
    enabled: manager,
  });
  const [rows, setRows] = useState<PresetRow[] | null>(null);
  const [errors, setErrors] = useState<RowErrors>({});
  const [tried, setTried] = useState(false);
  const [deleting, setDeleting] = useState<PresetRow | null>(null);
  const saved = q.data ? toRows(q.data.presets) : null;

  // The draft starts from the server's list (and again after a save).
  useEffect(() => {
    if (q.data && rows === null) setRows(toRows(q.data.presets));
  }, [q.data, rows]);

  const save = useMutation({
    mutationFn: (draft: PresetRow[]) => api.put<CallPresetList>('/api/admin/call-presets', toBody(draft)),
    onSuccess: (list) => {
      qc.setQueryData(keys.callPresets, list);
      setRows(toRows(list.presets));
      setTried(false);
      setErrors({});
      toast('ok', t('presetsSaved'));
    },
    onError: (e, draft) => {
      if (e instanceof ApiError && e.status === 400)
        setErrors(
          serverErrors(
            draft,
            e.errors.map((x) => x.path),
          ),
        );
    },
  });

  if (!manager || isForbidden(q.error)) return <ManagerOnly />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  if (!rows || !saved) return <Loading />;

  const update = (next: PresetRow[]) => {
    setRows(next);
    if (tried) setErrors(validate(next));
  };
  const change = (key: string, field: PresetField, value: string) =>
    update(rows.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    const [r] = next.splice(index, 1);
    next.splice(index + by, 0, r!);
    update(next);
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    const found = validate(rows);
    setErrors(found);
    if (Object.keys(found).length) return;
    save.mutate(rows);
  };
  const full = rows.length >= LIMITS.callPresetsMax;
  const dirty = !sameRows(rows, saved);
  const invalid = Object.keys(errors).length > 0;

  return (
    <section className="presets-screen">
      <h1>{t('presetsTitle')}</h1>
      <p className="muted">
        {t('presetsIntro', { n: LIMITS.callPresetsMax, max: LIMITS.callPresetLabelMax })}
      </p>
      <form className="panel" onSubmit={submit} noValidate data-testid="presets-form">
        {rows.length === 0 && <Empty>{t('presetsEmpty')}</Empty>}
        <ol className="preset-list">
          {rows.map((r, i) => (
            <CallPresetRow
              key={r.key}
              row={r}
              index={i}
              count={rows.length}
              errors={errors[r.key]}
              onChange={(field, value) => change(r.key, field, value)}
              onMove={(by) => move(i, by)}
              onDelete={() => setDeleting(r)}
            />
          ))}
        </ol>
        <div className="preset-actions">
          <button
            type="button"
            data-testid="preset-add"
            disabled={full}
            onClick={() => update([...rows, newRow()])}
          >
            {t('presetAdd')}
          </button>
          {full && <span className="muted">{t('presetsFull', { n: LIMITS.callPresetsMax })}</span>}
          <span className="spacer" />
          {dirty && <span className="preset-dirty">{t('unsavedChanges')}</span>}
          <button type="button" disabled={!dirty || save.isPending} onClick={() => update(saved)}>
            {t('presetsRevert')}
          </button>
          <button type="submit" className="primary" disabled={save.isPending || !dirty}>
            {save.isPending ? t('saving') : t('save')}
          </button>
        </div>
        {invalid && (
          <p className="error" role="alert">
            {t('presetsFix')}
          </p>
        )}
        {save.isError && !invalid && (
          <p className="error" role="alert">
            {errorText(t, save.error)}
          </p>
        )}
      </form>
      {deleting && (
        <ConfirmDialog
          title={t('presetDeleteTitle')}
          message={t('presetDeleteConfirm', { name: deleting.label.trim() || t('presetUnnamed') })}
          confirmLabel={t('delete')}
          onConfirm={async () => update(rows.filter((r) => r.key !== deleting.key))}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
