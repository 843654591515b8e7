/** The trim of the bundled Noto Sans KR, on the package's real CSS. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { subsetFontCss } from '../../../src-renderer/font-subset';

const require = createRequire(import.meta.url);
const css = readFileSync(require.resolve('@fontsource/noto-sans-kr/400.css'), 'utf8');
const faces = (text: string) => text.match(/@font-face/g)?.length ?? 0;

describe('subsetFontCss', () => {
  it('keeps only woff2 sources and drops the Cyrillic and Vietnamese faces', () => {
    const out = subsetFontCss(css, { keepIdeographs: true });
    expect(css).toMatch(/\.woff\)/);
    expect(out).not.toMatch(/\.woff\)/);
    expect(out).not.toMatch(/cyrillic|vietnamese/);
    expect(faces(out)).toBe(faces(css) - 2);
    // Hangul (가) and Latin are still covered.
    expect(out).toMatch(/noto-sans-kr-latin-400-normal\.woff2/);
  });

  it('drops the slices of hanja only when asked, never a slice holding Hangul', () => {
    const all = subsetFontCss(css, { keepIdeographs: true });
    const trimmed = subsetFontCss(css, { keepIdeographs: false });
    expect(faces(trimmed)).toBeLessThan(faces(all));
    const ranges = [...trimmed.matchAll(/unicode-range:\s*([^;]+);/g)].map((m) => m[1]!);
    const covers = (cp: number) =>
      ranges.some((r) =>
        r.split(',').some((part) => {
          const [a, b] = part.trim().slice(2).split('-');
          return parseInt(a!, 16) <= cp && cp <= parseInt(b ?? a!, 16);
        }),
      );
    for (const ch of '가한글주방관리자') expect(covers(ch.codePointAt(0)!), ch).toBe(true);
  });
});
