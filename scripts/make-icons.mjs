/**
 * Renders the app icon (src-renderer/tablet/public/icon.svg, the one source) into the PNGs
 * and favicon.ico that installs and old browsers ask for, and copies the set into the public
 * dir of each web app. Run once after changing the SVG, then commit the files:
 *   node scripts/make-icons.mjs
 * Uses Debian's Chromium through playwright-core (no browser download).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const source = path.join(root, 'src-renderer/tablet/public/icon.svg');
const apps = ['tablet', 'admin', 'kitchen'].map((a) => path.join(root, 'src-renderer', a, 'public'));
const svg = readFileSync(source, 'utf8');
// iOS rounds the corners itself and shows transparency as black: a square, full-bleed variant.
const squareSvg = svg.replace(/rx="\d+"/, 'rx="0"');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();

async function render(markup, size) {
  await page.setViewportSize({ width: size, height: size });
  const img = `data:image/svg+xml;base64,${Buffer.from(markup).toString('base64')}`;
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img src="${img}" width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  await page.locator('img').evaluate((el) => el.decode());
  return page.screenshot({ omitBackground: true });
}

/** An .ico whose entries are PNGs (every browser since IE 11 reads them). */
function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

// One page renders one size at a time, so strictly in sequence.
const favicons = [];
for (const size of [16, 32, 48]) favicons.push({ size, data: await render(svg, size) });
const files = {
  'icon-192.png': await render(svg, 192),
  'icon-512.png': await render(svg, 512),
  'apple-touch-icon.png': await render(squareSvg, 180),
  'favicon.ico': ico(favicons),
};
await browser.close();

for (const dir of apps) {
  mkdirSync(dir, { recursive: true });
  if (path.join(dir, 'icon.svg') !== source) copyFileSync(source, path.join(dir, 'icon.svg'));
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, name), data);
}
console.log(`icons written to ${apps.map((d) => path.relative(root, d)).join(', ')}`);
