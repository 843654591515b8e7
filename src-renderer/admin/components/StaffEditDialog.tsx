import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Staff, StaffRole } from '../../../src-shared/types';
import { api, keys } from '../state/admin-api';
import { useAdminT } from '../state/admin-i18n';
import { Modal, SaveCancelFooter } from './Modal';
import { Field } from './Field';
import { FormError } from './FormError';
import { useFormErrors } from '../state/use-form-errors';
import { useToast } from './Toasts';

/** A9: a new password (ends that account's logins) and/or another role. */
export function StaffEditDialog({ staff, onClose }: { staff: Staff; onClose: () => void }) {
  const t = useAdminT();
  const qc = useQueryClient();
  const toast = useToast();
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<StaffRole>(staff.role);
  const save = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = {};
      if (password) body.password = password;
      if (role !== staff.role) body.role = role;
      return Object.keys(body).length ? api.put(`/api/admin/staff/${staff.id}`, body) : Promise.resolve(null);
    },
    onSuccess: () => {
      toast('ok', password ? t('passwordChanged') : t('saved'));
      void qc.invalidateQueries({ queryKey: keys.staff });
      onClose();
    },
  });
  const { byField, other, onInput, formError } = useFormErrors(save.error, ['password', 'role']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Modal
      title={`${staff.username} · ${t('edit')}`}
      onClose={onClose}
      footer={<SaveCancelFooter formId="staff-edit-form" pending={save.isPending} onCancel={onClose} />}
    >
      <form id="staff-edit-form" onSubmit={submit} onInput={onInput} noValidate>
        <Field label={t('newPassword')} error={byField.password} hint="4–64">
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <Field label={t('role')} error={byField.role}>
          <select name="role" value={role} onChange={(e) => setRole(e.target.value as StaffRole)}>
            <option value="kitchen">{t('roleKitchen')}</option>
            <option value="manager">{t('roleManager')}</option>
          </select>
        </Field>
        <FormError error={formError} other={other} />
      </form>
    </Modal>
  );
}
