import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { name, stationName } from '../../../src-shared/schemas';
import { FormField } from '../../common/FormField';
import { useAdminT } from '../state/admin-i18n';
import { ApiError } from '../state/admin-api';
import { CONFLICT_ERROR, useAdminForm, useFormFailure } from '../state/use-admin-form';
import { FormFailure } from './FormFailure';

/** The one field both category forms have (CreateCategoryBody / UpdateCategoryBody's name). */
const CategoryName = z.strictObject({ name });
/** A kitchen station's name (CreateStationBody / UpdateStationBody's name, K5). */
export const StationName = z.strictObject({ name: stationName });
const FIELDS = ['name'] as const;

interface Props {
  /** Sends the checked (trimmed) name; a 409 means the name is taken. */
  save: (name: string) => Promise<unknown>;
  onSaved: () => void;
  label: string;
  initial?: string;
  className: string;
  placeholder?: string;
  autoFocus?: boolean;
  submitLabel: string;
  onCancel?: () => void;
  /** The name rule; a category's by default. Must be a module-level constant (the form keeps it). */
  schema?: typeof CategoryName;
  /** What a 409 means here (a taken name by default; a station may also hit the store's limit). */
  describeConflict?: (error: unknown) => string;
}

/** A7 / K5: a category or station name to add or rename, with "that name already exists" at the field. */
export function CategoryNameForm(props: Props) {
  const t = useAdminT();
  const form = useAdminForm(props.schema ?? CategoryName, { name: props.initial ?? '' });
  const { register, handleSubmit, reset, formState } = form;
  const { failure, fail, clear } = useFormFailure(form, FIELDS, {
    field: 'name',
    message: t('duplicateCategory'),
  });
  const onError = (error: unknown) => {
    if (props.describeConflict && error instanceof ApiError && error.status === 409) {
      clear();
      form.setError(
        'name',
        { type: CONFLICT_ERROR, message: props.describeConflict(error) },
        { shouldFocus: true },
      );
    } else fail(error);
  };
  const mutation = useMutation({
    mutationFn: props.save,
    onSuccess: () => {
      reset({ name: props.initial ?? '' });
      props.onSaved();
    },
    onError,
  });
  const submit = handleSubmit((body) => {
    clear();
    mutation.mutate(body.name);
  });
  return (
    <form className={props.className} onSubmit={submit} noValidate>
      <FormField label={props.label} error={formState.errors.name?.message}>
        {(a) => (
          <input {...a} {...register('name')} placeholder={props.placeholder} autoFocus={props.autoFocus} />
        )}
      </FormField>
      <FormFailure form={form} failure={failure} single />
      {props.onCancel ? (
        <div className="row">
          <button type="submit" className="primary small" disabled={mutation.isPending}>
            {mutation.isPending ? t('saving') : props.submitLabel}
          </button>
          <button type="button" className="small" onClick={props.onCancel}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('saving') : props.submitLabel}
        </button>
      )}
    </form>
  );
}
