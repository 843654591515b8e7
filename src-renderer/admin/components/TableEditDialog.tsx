import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TableInfo } from '../../../src-shared/types';
import { api, ApiError, keys } from '../state/admin-api';
import { useAdminT } from '../state/admin-i18n';
import { Modal, SaveCancelFooter } from './Modal';
import { Field } from './Field';
import { FormError } from './FormError';
import { useFormErrors } from '../state/use-form-errors';
import { useToast } from './Toasts';

/** A8: change a table's number and/or password (a new password ends the tablet's login). */
export function TableEditDialog({ table, onClose }: { table: TableInfo; onClose: () => void }) {
  const t = useAdminT();
  const qc = useQueryClient();
  const toast = useToast();
  const [number, setNumber] = useState(String(table.table_number));
  const [password, setPassword] = useState('');
  const save = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = {};
      if (number !== String(table.table_number))
        body.table_number = number.trim() === '' ? null : Number(number);
      if (password) body.password = password;
      return Object.keys(body).length
        ? api.put(`/api/admin/tables/${table.id}`, body)
        : Promise.resolve(null);
    },
    onSuccess: () => {
      toast('ok', password ? t('passwordChanged') : t('saved'));
      void qc.invalidateQueries({ queryKey: keys.tables });
      void qc.invalidateQueries({ queryKey: keys.dashboard });
      onClose();
    },
  });
  const { byField, other, onInput, formError } = useFormErrors(save.error, ['table_number', 'password']);
  const duplicate = save.error instanceof ApiError && save.error.status === 409;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Modal
      title={`${t('tableN', { n: table.table_number })} · ${t('edit')}`}
      onClose={onClose}
      footer={<SaveCancelFooter formId="table-edit-form" pending={save.isPending} onCancel={onClose} />}
    >
      <form id="table-edit-form" onSubmit={submit} onInput={onInput} noValidate>
        <Field
          label={t('tableNumber')}
          error={byField.table_number ?? (duplicate ? t('duplicateNumber') : undefined)}
        >
          <input
            name="table_number"
            inputMode="numeric"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
          />
        </Field>
        <Field label={t('newPassword')} error={byField.password}>
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        {!duplicate && <FormError error={formError} other={other} />}
      </form>
    </Modal>
  );
}
