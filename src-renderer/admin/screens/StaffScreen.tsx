import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminLoginResponse, Staff, StaffRole } from '../../../src-shared/types';
import { CreateStaffBody } from '../../../src-shared/schemas';
import { FormField } from '../../common/FormField';
import { api, isForbidden, keys } from '../state/admin-api';
import { errorText, useAdminT } from '../state/admin-i18n';
import { useAdminForm, useFormFailure } from '../state/use-admin-form';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormFailure } from '../components/FormFailure';
import { ManagerOnly } from '../components/ManagerOnly';
import { useToast } from '../components/Toasts';
import { StaffEditDialog } from '../components/StaffEditDialog';
import { LoadError, Loading } from '../components/ScreenState';

const FIELDS = ['username', 'password', 'role'] as const;

/** A9: kitchen and manager accounts. */
export function StaffScreen({ session }: { session: AdminLoginResponse }) {
  const t = useAdminT();
  const qc = useQueryClient();
  const toast = useToast();
  const form = useAdminForm(CreateStaffBody, { username: '', password: '', role: 'kitchen' });
  const { register, handleSubmit, reset, getValues, formState } = form;
  const { errors } = formState;
  const { failure, fail, clear } = useFormFailure(form, FIELDS, {
    field: 'username',
    message: t('duplicateUser'),
  });
  const [editing, setEditing] = useState<Staff | null>(null);
  const [deleting, setDeleting] = useState<Staff | null>(null);
  const q = useQuery({
    queryKey: keys.staff,
    queryFn: () => api.get<{ staff: Staff[] }>('/api/admin/staff'),
  });
  const create = useMutation({
    mutationFn: (body: { username: string; password: string; role: StaffRole }) =>
      api.post<Staff>('/api/admin/staff', body),
    onSuccess: (s) => {
      toast('ok', t('staffAdded', { name: s.username }));
      // The next account is often of the same kind: keep the role.
      reset({ username: '', password: '', role: getValues('role') });
      void qc.invalidateQueries({ queryKey: keys.staff });
    },
    onError: fail,
  });
  const submit = handleSubmit((body) => {
    clear();
    create.mutate(body);
  });

  if (isForbidden(q.error)) return <ManagerOnly />;
  const roleName = (r: StaffRole) => t(r === 'manager' ? 'roleManager' : 'roleKitchen');

  return (
    <section>
      <h1>{t('staffTitle')}</h1>
      <form className="panel inline-form" onSubmit={submit} noValidate data-testid="add-staff-form">
        <h2>{t('addStaff')}</h2>
        <FormField label={t('username')} error={errors.username?.message}>
          {(a) => <input {...a} {...register('username')} autoComplete="off" />}
        </FormField>
        <FormField label={t('password')} error={errors.password?.message} hint="4–64">
          {(a) => <input {...a} {...register('password')} type="password" autoComplete="new-password" />}
        </FormField>
        <FormField label={t('role')} error={errors.role?.message}>
          {(a) => (
            <select {...a} {...register('role')}>
              <option value="kitchen">{t('roleKitchen')}</option>
              <option value="manager">{t('roleManager')}</option>
            </select>
          )}
        </FormField>
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? t('saving') : t('add')}
        </button>
        <FormFailure form={form} failure={failure} />
      </form>
      {q.isError && <LoadError error={q.error} onRetry={() => void q.refetch()} />}
      {q.isPending && <Loading />}
      {q.data && (
        <table className="list" data-testid="staff-list">
          <thead>
            <tr>
              <th>{t('username')}</th>
              <th>{t('role')}</th>
              <th>{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {q.data.staff.map((s) => (
              <tr key={s.id} data-testid={`staff-row-${s.username}`}>
                <td>
                  <strong>{s.username}</strong>{' '}
                  {s.id === session.staff.id && <span className="muted">{t('you')}</span>}
                </td>
                <td>
                  <span className={s.role === 'manager' ? 'badge badge-manager' : 'badge badge-kitchen'}>
                    {roleName(s.role)}
                  </span>
                </td>
                <td className="row-tools">
                  <button type="button" className="small" onClick={() => setEditing(s)}>
                    {t('changePassword')}
                  </button>
                  <button
                    type="button"
                    className="small danger-outline"
                    disabled={s.id === session.staff.id}
                    onClick={() => setDeleting(s)}
                  >
                    {t('delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <StaffEditDialog staff={editing} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmDialog
          title={t('delete')}
          message={t('deleteStaffConfirm', { name: deleting.username })}
          confirmLabel={t('delete')}
          onConfirm={async () => {
            await api.del(`/api/admin/staff/${deleting.id}`);
            toast('ok', t('deleted'));
            void qc.invalidateQueries({ queryKey: keys.staff });
          }}
          describeError={(e) => errorText(t, e)}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
