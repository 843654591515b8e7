import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GuestRevokeResult, TableInfo, TablesList, UnpairResult } from '../../../src-shared/types';
import { CreateTableBody } from '../../../src-shared/schemas';
import { asWholeNumber } from '../../common/forms';
import { FormField } from '../../common/FormField';
import { api, ApiError, isForbidden, keys } from '../state/admin-api';
import { errorText, useAdminT, useFormat } from '../state/admin-i18n';
import { useAdminForm, useFormFailure } from '../state/use-admin-form';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormFailure } from '../components/FormFailure';
import { ManagerOnly } from '../components/ManagerOnly';
import { useToast } from '../components/Toasts';
import { PairingDialog } from '../components/PairingDialog';
import { TableEditDialog } from '../components/TableEditDialog';

const FIELDS = ['table_number', 'password'] as const;

/** How the table's tablet last called: HTTPS (store CA installed), plain HTTP, or not yet. */
function TransportBadge({ secure }: { secure: boolean | null }) {
  const t = useAdminT();
  if (secure === null) {
    return (
      <span className="muted" title={t('tlsUnknownHint')} data-testid="transport-badge">
        {t('tlsUnknown')}
      </span>
    );
  }
  return (
    <span
      className={secure ? 'badge badge-ok' : 'badge badge-off'}
      title={t(secure ? 'tlsHttpsHint' : 'tlsHttpHint')}
      data-testid="transport-badge"
    >
      {t(secure ? 'tlsHttps' : 'tlsHttp')}
    </span>
  );
}

/** A8: tables, their passwords, tablets online, tablet URL and pairing QR. */
export function TablesScreen() {
  const t = useAdminT();
  const f = useFormat();
  const qc = useQueryClient();
  const toast = useToast();
  const form = useAdminForm(CreateTableBody, { password: '' });
  const { register, handleSubmit, reset, formState } = form;
  const { errors } = formState;
  const { failure, fail, clear } = useFormFailure(form, FIELDS, {
    field: 'table_number',
    message: t('duplicateNumber'),
  });
  const [pairing, setPairing] = useState<TableInfo | null>(null);
  const [editing, setEditing] = useState<TableInfo | null>(null);
  const [deleting, setDeleting] = useState<TableInfo | null>(null);
  const [unpairing, setUnpairing] = useState<TableInfo | null>(null);
  const [revoking, setRevoking] = useState<TableInfo | null>(null);
  const q = useQuery({
    queryKey: keys.tables,
    queryFn: () => api.get<TablesList>('/api/admin/tables'),
  });
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: keys.tables });
    void qc.invalidateQueries({ queryKey: keys.dashboard });
  };
  const create = useMutation({
    mutationFn: (body: { table_number: number; password: string }) =>
      api.post<TableInfo>('/api/admin/tables', body),
    onSuccess: (tb) => {
      toast('ok', t('tableAdded', { n: tb.table_number }));
      reset();
      refresh();
    },
    onError: fail,
  });
  const submit = handleSubmit((body) => {
    clear();
    create.mutate(body);
  });

  if (isForbidden(q.error)) return <ManagerOnly />;
  // The server knows its LAN address; the admin window itself may be on 127.0.0.1.
  const tabletUrl = q.data?.tablet_url ?? `${location.origin}/table/`;
  const loopback = /^http:\/\/(127\.|localhost|\[::1\])/.test(tabletUrl);
  const tables = [...(q.data?.tables ?? [])].sort((a, b) => a.table_number - b.table_number);

  return (
    <section>
      <h1>{t('tablesTitle')}</h1>
      <div className="two-col">
        <form className="panel inline-form" onSubmit={submit} noValidate data-testid="add-table-form">
          <h2>{t('addTable')}</h2>
          <FormField label={t('tableNumber')} error={errors.table_number?.message} hint="1–999">
            {(a) => <input {...a} {...register('table_number', asWholeNumber)} inputMode="numeric" />}
          </FormField>
          <FormField label={t('tablePassword')} error={errors.password?.message} hint="6–64">
            {(a) => <input {...a} {...register('password')} type="password" autoComplete="new-password" />}
          </FormField>
          <button type="submit" className="primary" disabled={create.isPending}>
            {create.isPending ? t('saving') : t('add')}
          </button>
          <FormFailure form={form} failure={failure} />
        </form>
        <div className="panel">
          <h2>{t('tabletUrl')}</h2>
          <p className="mono url big" data-testid="tablet-url">
            {tabletUrl}
          </p>
          <p className="muted">{t(loopback ? 'tabletUrlLoopback' : 'tabletUrlHint')}</p>
          {q.data?.tablet_https_url && (
            <>
              <h2>{t('tlsTabletUrl')}</h2>
              <p className="mono url" data-testid="tablet-https-url">
                {q.data.tablet_https_url}
              </p>
              <p className="muted">
                {t('tlsPairingFirst')}{' '}
                <a href="/table/https-setup" target="_blank" rel="noreferrer">
                  {t('tlsSetupLink')}
                </a>
              </p>
            </>
          )}
        </div>
      </div>
      {q.isError && (
        <p className="error" role="alert">
          {errorText(t, q.error)}
        </p>
      )}
      {q.isPending && <p className="muted">{t('loading')}</p>}
      {tables.length > 0 && (
        <table className="list" data-testid="tables-list">
          <thead>
            <tr>
              <th>{t('tableNumber')}</th>
              <th>{t('tabletOnline')}</th>
              <th>{t('tlsColumn')}</th>
              <th>{t('session')}</th>
              <th>{t('createdAt')}</th>
              <th>{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tables.map((tb) => (
              <tr key={tb.id} data-testid={`table-row-${tb.table_number}`}>
                <td>
                  <strong>{t('tableN', { n: tb.table_number })}</strong>
                  {tb.password_weak && (
                    <span className="badge badge-off weak-password" title={t('weakPasswordHint')}>
                      {t('weakPassword')}
                    </span>
                  )}
                </td>
                <td>
                  <span className={tb.tablet_online ? 'tablet on' : 'tablet off'}>
                    <span className="dot" aria-hidden="true" />
                    {t(tb.tablet_online ? 'tabletOnline' : 'tabletOffline')}
                  </span>
                </td>
                <td>
                  <TransportBadge secure={tb.last_secure} />
                </td>
                <td>{tb.session ? t('inUse', { total: f.won(tb.session.total_amount) }) : t('idle')}</td>
                <td>{f.dateTime(tb.created_at)}</td>
                <td className="row-tools">
                  <button type="button" className="small primary" onClick={() => setPairing(tb)}>
                    {t('pairing')}
                  </button>
                  <button type="button" className="small" onClick={() => setEditing(tb)}>
                    {t('changeNumberPassword')}
                  </button>
                  <button type="button" className="small" onClick={() => setUnpairing(tb)}>
                    {t('unpairTablets')}
                  </button>
                  <button type="button" className="small" onClick={() => setRevoking(tb)}>
                    {t('revokePhones')}
                  </button>
                  <button type="button" className="small danger-outline" onClick={() => setDeleting(tb)}>
                    {t('delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pairing && (
        <PairingDialog
          table={pairing}
          tabletUrl={tabletUrl}
          tabletHttpsUrl={q.data?.tablet_https_url ?? null}
          onClose={() => setPairing(null)}
        />
      )}
      {editing && <TableEditDialog table={editing} onClose={() => setEditing(null)} />}
      {unpairing && (
        <ConfirmDialog
          title={t('unpairTablets')}
          message={t('unpairConfirm', { n: unpairing.table_number })}
          confirmLabel={t('unpairTablets')}
          onConfirm={async () => {
            const r = await api.del<UnpairResult>(`/api/admin/tables/${unpairing.id}/devices`);
            toast('ok', t('unpaired', { n: unpairing.table_number, count: r.revoked }));
            refresh();
          }}
          onClose={() => setUnpairing(null)}
        />
      )}
      {revoking && (
        <ConfirmDialog
          title={t('revokePhones')}
          message={t('revokePhonesConfirm', { n: revoking.table_number })}
          confirmLabel={t('revokePhones')}
          onConfirm={async () => {
            const r = await api.del<GuestRevokeResult>(`/api/admin/tables/${revoking.id}/guest-phones`);
            toast('ok', t('phonesRevoked', { n: revoking.table_number, count: r.revoked }));
          }}
          onClose={() => setRevoking(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('delete')}
          message={t('deleteTableConfirm', { n: deleting.table_number })}
          confirmLabel={t('delete')}
          onConfirm={async () => {
            await api.del(`/api/admin/tables/${deleting.id}`);
            toast('ok', t('deleted'));
            refresh();
          }}
          describeError={(e) =>
            e instanceof ApiError && e.status === 409 ? t('tableBusy') : errorText(t, e)
          }
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
