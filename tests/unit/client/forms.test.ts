// @vitest-environment happy-dom
/**
 * The shared form helper: a shared request schema checked in the browser, its messages in the
 * app's language next to their fields, and a server's 400 field errors put on the same fields.
 */
import { act, createElement as h, type FormEvent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { CreateTableBody } from '../../../src-shared/schemas';
import { ApiError } from '../../../src-renderer/common/api';
import { useT, setLang } from '../../../src-renderer/common/i18n';
import { formDictionary } from '../../../src-renderer/common/form-messages';
import { applyServerErrors, asWholeNumber, useZodForm } from '../../../src-renderer/common/forms';
import { FormField } from '../../../src-renderer/common/FormField';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Body = { table_number: number; password: string };

/** A table form as the admin app builds it; `onValid` stands in for the request. */
function TableForm({ onValid }: { onValid: (body: Body, form: ReturnType<typeof useForm>) => void }) {
  const form = useForm();
  const { register, handleSubmit, formState } = form;
  const onSubmit = handleSubmit((body) => onValid(body, form));
  return h(
    'form',
    { onSubmit: (e: FormEvent) => void onSubmit(e), noValidate: true },
    h(FormField, {
      label: '테이블 번호',
      error: formState.errors.table_number?.message,
      children: (a) => h('input', { ...a, ...register('table_number', asWholeNumber) }),
    }),
    h(FormField, {
      label: '테이블 비밀번호',
      error: formState.errors.password?.message,
      hint: '6–64',
      children: (a) => h('input', { ...a, ...register('password'), type: 'password' }),
    }),
    h('button', { type: 'submit' }, '추가'),
  );
}
function useForm() {
  const t = useT(formDictionary);
  return useZodForm(CreateTableBody, { password: '' }, { t });
}

let root: Root | null = null;
async function mount(onValid: (body: Body, form: ReturnType<typeof useForm>) => void) {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root!.render(h(TableForm, { onValid })));
  return host;
}
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  localStorage.clear();
});

/** Types into a box the way a keyboard does (React listens to `input`). */
async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function submit(host: HTMLElement) {
  await act(async () => {
    host.querySelector('button')!.click();
  });
}
/** The field box (label, control, its message) around the control whose label says `label`. */
function field(host: HTMLElement, label: string) {
  const box = [...host.querySelectorAll('.field')].find(
    (f) => f.querySelector('.field-label')!.textContent === label,
  )!;
  const input = box.querySelector('input')!;
  const noteId = input.getAttribute('aria-describedby');
  return {
    box,
    input,
    invalid: input.getAttribute('aria-invalid') === 'true',
    note: noteId ? (host.querySelector(`[id="${noteId}"]`)?.textContent ?? null) : null,
    error: box.querySelector('.field-error')?.textContent ?? null,
  };
}

describe('useZodForm + FormField', () => {
  it('shows a too-short password in Korean under the password field and sends nothing', async () => {
    const sent: Body[] = [];
    const host = await mount((body) => sent.push(body));
    await type(field(host, '테이블 번호').input, '12');
    await type(field(host, '테이블 비밀번호').input, '1234');
    await submit(host);

    const password = field(host, '테이블 비밀번호');
    expect(password.error).toBe('6자 이상이어야 합니다.');
    expect(password.invalid).toBe(true);
    expect(password.note).toBe('6자 이상이어야 합니다.');
    expect(password.box.classList.contains('field-invalid')).toBe(true);
    const number = field(host, '테이블 번호');
    expect(number.error).toBeNull();
    expect(number.invalid).toBe(false);
    expect(sent).toEqual([]);

    // Fixing the field clears its message; the next submit sends the parsed body.
    await type(password.input, 'secret-1');
    expect(field(host, '테이블 비밀번호').error).toBeNull();
    expect(field(host, '테이블 비밀번호').note).toBe('6–64');
    await submit(host);
    expect(sent).toEqual([{ table_number: 12, password: 'secret-1' }]);
  });

  it('says an empty or non-numeric number in words, and switches language with the app', async () => {
    const host = await mount(() => {});
    await submit(host);
    expect(field(host, '테이블 번호').error).toBe('꼭 입력해야 합니다.');
    await type(field(host, '테이블 번호').input, 'abc');
    expect(field(host, '테이블 번호').error).toBe('정수(숫자)여야 합니다.');
    await act(async () => setLang('en'));
    expect(field(host, '테이블 번호').error).toBe('Must be a whole number.');
    expect(field(host, '테이블 비밀번호').error).toBe('Must be at least 6 characters.');
  });

  it("puts a 400 envelope's field errors on the matching fields and returns the rest", async () => {
    let leftover: { placed: number; other: string[] } | null = null;
    const host = await mount((_, form) => {
      const refused = new ApiError('Invalid body', 400, 'VALIDATION_ERROR', [
        { path: 'table_number', message: 'must be at most 999' },
        { path: 'password.0', message: 'must be a string' },
        { path: 'note', message: 'is not a field this call takes' },
      ]);
      leftover = applyServerErrors(form, refused, ['table_number', 'password'], (m) =>
        m === 'must be at most 999' ? '999 이하여야 합니다.' : m,
      );
    });
    await type(field(host, '테이블 번호').input, '5');
    await type(field(host, '테이블 비밀번호').input, 'secret-1');
    await submit(host);

    expect(field(host, '테이블 번호').error).toBe('999 이하여야 합니다.');
    expect(field(host, '테이블 번호').invalid).toBe(true);
    expect(field(host, '테이블 비밀번호').error).toBe('must be a string');
    expect(leftover).toEqual({ placed: 2, other: ['note: is not a field this call takes'] });
    // The server's message at a field goes once that field is edited.
    await type(field(host, '테이블 번호').input, '6');
    expect(field(host, '테이블 번호').error).toBeNull();
    expect(field(host, '테이블 비밀번호').error).toBe('must be a string');
  });
});
