import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TableInfo } from '../../../src-shared/types';
import { tableNumber, UpdateTableBody } from '../../../src-shared/schemas';
import { asWholeNumber, blankAsUnset } from '../../common/forms';
import { FormField } from '../../common/FormField';
import { api, keys } from '../state/admin-api';
import { useAdminT } from '../state/admin-i18n';
import { useAdminForm, useFormFailure } from '../state/use-admin-form';
import { Modal, SaveCancelFooter } from './Modal';
import { FormFailure } from './FormFailure';
import { useToast } from './Toasts';

/** The number box is filled in from the start: emptying it is a mistake, not "keep it". */
const EditTableForm = UpdateTableBody.extend({ table_number: tableNumber });
const FIELDS = ['table_number', 'password'] as const;

/** A8: change a table's number and/or password (a new password ends the tablet's login). */
export function TableEditDialog({ table, onClose }: { table: TableInfo; onClose: () => void }) {
  const t = useAdminT();
  const qc = useQueryClient();
  const toast = useToast();
  const form = useAdminForm(EditTableForm, { table_number: table.table_number });
  const { register, handleSubmit, formState } = form;
  const { errors } = formState;
  const { failure, fail, clear } = useFormFailure(form, FIELDS, {
    field: 'table_number',
    message: t('duplicateNumber'),
  });
  const save = useMutation({
    mutationFn: (body: { table_number?: number; password?: string }) =>
      Object.keys(body).length ? api.put(`/api/admin/tables/${table.id}`, body) : Promise.resolve(null),
    onSuccess: (_, body) => {
      toast('ok', body.password ? t('passwordChanged') : t('saved'));
      void qc.invalidateQueries({ queryKey: keys.tables });
      void qc.invalidateQueries({ queryKey: keys.dashboard });
      onClose();
    },
    onError: fail,
  });
  const submit = handleSubmit(({ table_number, password }) => {
    clear();
    save.mutate({
      ...(table_number !== table.table_number ? { table_number } : {}),
      ...(password ? { password } : {}),
    });
  });
  return (
    <Modal
      title={`${t('tableN', { n: table.table_number })} · ${t('edit')}`}
      onClose={onClose}
      footer={<SaveCancelFooter formId="table-edit-form" pending={save.isPending} onCancel={onClose} />}
    >
      <form id="table-edit-form" onSubmit={submit} noValidate>
        <FormField label={t('tableNumber')} error={errors.table_number?.message} hint="1–999">
          {(a) => <input {...a} {...register('table_number', asWholeNumber)} inputMode="numeric" />}
        </FormField>
        <FormField
          label={t('newPassword')}
          error={errors.password?.message}
          // A password from before the 6-character rule: say why it should change.
          hint={table.password_weak ? t('weakPasswordHint') : '6–64'}
        >
          {(a) => (
            <input
              {...a}
              {...register('password', blankAsUnset)}
              type="password"
              autoComplete="new-password"
            />
          )}
        </FormField>
        <FormFailure form={form} failure={failure} />
      </form>
    </Modal>
  );
}
