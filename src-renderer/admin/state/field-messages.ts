/**
 * The server's field messages (src-shared/validation.ts) are English; in Korean mode the
 * common ones are said in Korean. Anything unknown is shown as the server wrote it.
 */
const RULES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^must be at least 1 character$/, () => '꼭 입력해야 합니다.'],
  [/^must be at least (\d+) characters?$/, (m) => `${m[1]}자 이상이어야 합니다.`],
  [/^must be at most (\d+) characters$/, (m) => `${m[1]}자 이하여야 합니다.`],
  [/^must be at least (\d+)$/, (m) => `${m[1]} 이상이어야 합니다.`],
  [/^must be at most (\d+)$/, (m) => `${m[1]} 이하여야 합니다.`],
  [/^must be more than (\d+)$/, (m) => `${m[1]}보다 커야 합니다.`],
  [/^must be less than (\d+)$/, (m) => `${m[1]}보다 작아야 합니다.`],
  [/^is required$/, () => '꼭 입력해야 합니다.'],
  [/^must be a whole number$/, () => '정수(숫자)여야 합니다.'],
  [/^must be a number$/, () => '숫자여야 합니다.'],
  [/^must be a string$/, () => '글자로 입력해야 합니다.'],
  [/^must be a date YYYY-MM-DD$/, () => '날짜(YYYY-MM-DD)여야 합니다.'],
  [/^must be a real date$/, () => '있는 날짜여야 합니다.'],
  [/^from must not be after to$/, () => '시작일이 종료일보다 늦을 수 없습니다.'],
  [/^must be one of: (.+)$/, (m) => `다음 중 하나여야 합니다: ${m[1]}`],
  [/^letters, digits, - and _ only/, () => '영문, 숫자, -, _ 만 쓸 수 있습니다(1–32자).'],
];

export function localizeFieldMessage(message: string, lang: 'ko' | 'en'): string {
  if (lang === 'en') return message;
  for (const [re, say] of RULES) {
    const m = message.match(re);
    if (m) return say(m);
  }
  return message;
}
