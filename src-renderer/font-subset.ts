/**
 * Trims the bundled Noto Sans KR (@fontsource) before Vite copies its files into an app's
 * `assets/`: the store serves fonts only to Chromium-class browsers, so the `.woff` fallback
 * of every slice goes, and so do the Cyrillic and Vietnamese faces nobody types. Apps that
 * speak only Korean and English (admin, kitchen) also drop the slices that hold nothing but
 * hanja; the tablet keeps them for its Chinese and Japanese guests. The browser still picks
 * slices by `unicode-range`, so a page downloads only the few files its text needs.
 */
import type { Plugin } from 'vite';

const FONT_CSS = /@fontsource[\\/]noto-sans-kr[\\/]\d+\.css$/;
const UNUSED_SUBSETS = /\/\* noto-sans-kr-(cyrillic|vietnamese)-\d+-normal \*\//;
const IDEOGRAPHS: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

export interface FontSubsetOptions {
  /** Keep the slices that only hold CJK ideographs (hanja / hanzi / kanji). */
  keepIdeographs: boolean;
}

/** `U+ac00-d7a3,U+20` → [[0xac00, 0xd7a3], [0x20, 0x20]]. */
function parseRanges(list: string): Array<[number, number]> {
  return list.split(',').map((part) => {
    const [from, to] = part.trim().slice(2).split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

function onlyIdeographs(face: string): boolean {
  const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
  if (!range) return false;
  return parseRanges(range).every(([a, b]) => IDEOGRAPHS.some(([lo, hi]) => a >= lo && b <= hi));
}

/** The CSS of one weight file, trimmed as described above (exported for the unit test). */
export function subsetFontCss(css: string, options: FontSubsetOptions): string {
  const faces = css.split(/(?=\/\* noto-sans-kr-)/);
  return faces
    .filter((face) => !UNUSED_SUBSETS.test(face))
    .filter((face) => options.keepIdeographs || !onlyIdeographs(face))
    .map((face) => face.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''))
    .join('');
}

export function fontSubset(options: FontSubsetOptions): Plugin {
  return {
    name: 'table-order:font-subset',
    enforce: 'pre',
    transform(code, id) {
      if (!FONT_CSS.test(id.split('?')[0]!)) return null;
      return { code: subsetFontCss(code, options), map: null };
    },
  };
}
