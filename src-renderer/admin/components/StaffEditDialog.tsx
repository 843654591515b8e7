import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Staff, StaffRole } from '../../../src-shared/types';
import { UpdateStaffBody } from '../../../src-shared/schemas';
import { blankAsUnset } from '../../common/forms';
import { FormField } from '../../common/FormField';
import { api, keys } from '../state/admin-api';
import { useAdminT } from '../state/admin-i18n';
import { useAdminForm, useFormFailure } from '../state/use-admin-form';
import { Modal, SaveCancelFooter } from './Modal';
import { FormFailure } from './FormFailure';
import { useToast } from './Toasts';

const FIELDS = ['password', 'role'] as const;

/** A9: a new password (ends that account's logins) and/or another role. */
export function StaffEditDialog({ staff, onClose }: { staff: Staff; onClose: () => void }) {
  const t = useAdminT();
  const qc = useQueryClient();
  const toast = useToast();
  const form = useAdminForm(UpdateStaffBody, { role: staff.role });
  const { register, handleSubmit, formState } = form;
  const { errors } = formState;
  const { failure, fail, clear } = useFormFailure(form, FIELDS);
  const save = useMutation({
    mutationFn: (body: { password?: string; role?: StaffRole }) =>
      Object.keys(body).length ? api.put(`/api/admin/staff/${staff.id}`, body) : Promise.resolve(null),
    onSuccess: (_, body) => {
      toast('ok', body.password ? t('passwordChanged') : t('saved'));
      void qc.invalidateQueries({ queryKey: keys.staff });
      onClose();
    },
    onError: fail,
  });
  const submit = handleSubmit(({ password, role }) => {
    clear();
    save.mutate({ ...(password ? { password } : {}), ...(role !== staff.role ? { role } : {}) });
  });
  return (
    <Modal
      title={`${staff.username} · ${t('edit')}`}
      onClose={onClose}
      footer={<SaveCancelFooter formId="staff-edit-form" pending={save.isPending} onCancel={onClose} />}
    >
      <form id="staff-edit-form" onSubmit={submit} noValidate>
        <FormField label={t('newPassword')} error={errors.password?.message} hint="4–64">
          {(a) => (
            <input
              {...a}
              {...register('password', blankAsUnset)}
              type="password"
              autoComplete="new-password"
            />
          )}
        </FormField>
        <FormField label={t('role')} error={errors.role?.message}>
          {(a) => (
            <select {...a} {...register('role')}>
              <option value="kitchen">{t('roleKitchen')}</option>
              <option value="manager">{t('roleManager')}</option>
            </select>
          )}
        </FormField>
        <FormFailure form={form} failure={failure} />
      </form>
    </Modal>
  );
}
