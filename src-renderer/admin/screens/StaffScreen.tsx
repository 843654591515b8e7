import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminLoginResponse, Staff, StaffRole } from '../../../src-shared/types';
import { api, ApiError, isForbidden, keys } from '../state/admin-api';
import { errorText, useAdminT } from '../state/admin-i18n';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Field } from '../components/Field';
import { FormError } from '../components/FormError';
import { ManagerOnly } from '../components/ManagerOnly';
import { useToast } from '../components/Toasts';
import { useFormErrors } from '../state/use-form-errors';
import { StaffEditDialog } from '../components/StaffEditDialog';

/** A9: kitchen and manager accounts. */
export function StaffScreen({ session }: { session: AdminLoginResponse }) {
  const t = useAdminT();
  const qc = useQueryClient();
  const toast = useToast();
  const [form, setForm] = useState({ username: '', password: '', role: 'kitchen' as StaffRole });
  const [editing, setEditing] = useState<Staff | null>(null);
  const [deleting, setDeleting] = useState<Staff | null>(null);
  const q = useQuery({
    queryKey: keys.staff,
    queryFn: () => api.get<{ staff: Staff[] }>('/api/admin/staff'),
  });
  const create = useMutation({
    mutationFn: () => api.post<Staff>('/api/admin/staff', form),
    onSuccess: (s) => {
      toast('ok', t('staffAdded', { name: s.username }));
      setForm({ username: '', password: '', role: form.role });
      void qc.invalidateQueries({ queryKey: keys.staff });
    },
  });

  const { byField, other, onInput, formError } = useFormErrors(create.error, [
    'username',
    'password',
    'role',
  ]);
  if (isForbidden(q.error)) return <ManagerOnly />;
  const duplicate = create.error instanceof ApiError && create.error.status === 409;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const roleName = (r: StaffRole) => t(r === 'manager' ? 'roleManager' : 'roleKitchen');

  return (
    <section>
      <h1>{t('staffTitle')}</h1>
      <form
        className="panel inline-form"
        onSubmit={submit}
        noValidate
        data-testid="add-staff-form"
        onInput={onInput}
      >
        <h2>{t('addStaff')}</h2>
        <Field label={t('username')} error={byField.username ?? (duplicate ? t('duplicateUser') : undefined)}>
          <input
            name="username"
            value={form.username}
            onChange={(e) => setForm({ ...form, username: e.target.value })}
          />
        </Field>
        <Field label={t('password')} error={byField.password} hint="4–64">
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
          />
        </Field>
        <Field label={t('role')} error={byField.role}>
          <select
            name="role"
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value as StaffRole })}
          >
            <option value="kitchen">{t('roleKitchen')}</option>
            <option value="manager">{t('roleManager')}</option>
          </select>
        </Field>
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? t('saving') : t('add')}
        </button>
        {!duplicate && <FormError error={formError} other={other} />}
      </form>
      {q.isError && (
        <p className="error" role="alert">
          {errorText(t, q.error)}
        </p>
      )}
      {q.isPending && <p className="muted">{t('loading')}</p>}
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
