/** The words of the shared form checks, Korean first; kept apart so dictionaries stay light. */
import type { Dictionary } from './i18n';

/**
 * Field messages for zod's issue codes. Each app spreads these into its own dictionary (and may
 * reword one there), so the translate function it already has can say them.
 */
export const formDictionary = {
  formRequired: { ko: '꼭 입력해야 합니다.', en: 'Required.' },
  formTooShort: { ko: '{n}자 이상이어야 합니다.', en: 'Must be at least {n} characters.' },
  formTooLong: { ko: '{n}자 이하여야 합니다.', en: 'Must be at most {n} characters.' },
  formTooSmall: { ko: '{n} 이상이어야 합니다.', en: 'Must be at least {n}.' },
  formTooBig: { ko: '{n} 이하여야 합니다.', en: 'Must be at most {n}.' },
  formWholeNumber: { ko: '정수(숫자)여야 합니다.', en: 'Must be a whole number.' },
  formFormat: { ko: '형식이 올바르지 않습니다.', en: 'The format is not valid.' },
  formOneOf: { ko: '다음 중 하나여야 합니다: {values}', en: 'Must be one of: {values}' },
  formInvalid: { ko: '올바른 값이 아닙니다.', en: 'This value is not valid.' },
} satisfies Dictionary;

export type FormMessageKey = keyof typeof formDictionary;
