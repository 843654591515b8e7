/**
 * Writes the installer icons from the icon drawn in code: `npx tsx build/make-icons.ts`.
 * electron-builder reads build/icon.png (Linux) and build/icon.ico (Windows NSIS).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeIco, iconPng } from '../src-main/desktop/icon-image';

const dir = import.meta.dirname;
writeFileSync(path.join(dir, 'icon.png'), iconPng(512));
writeFileSync(
  path.join(dir, 'icon.ico'),
  encodeIco([256, 64, 48, 32, 16].map((size) => ({ size, png: iconPng(size) }))),
);
process.stdout.write('wrote build/icon.png and build/icon.ico\n');
