import { deflateSync } from 'node:zlib';

/**
 * The app icon, drawn in code: installers, tray and windows all use it, and nothing has to be
 * downloaded or kept as a binary made by hand. A rounded tile in the brand colour with a white
 * plate and a bowl-shaped mark; `build/make-icons.ts` writes the installer files from it.
 */

const BRAND: [number, number, number] = [0xe4, 0x57, 0x2e];
const WHITE: [number, number, number] = [0xff, 0xff, 0xff];

/** True where a shape covers the point (u, v), in unit icon coordinates (0..1). */
type Shape = (x: number, y: number) => boolean;

function roundedTile(u: number, v: number): boolean {
  const r = 0.2;
  const dx = Math.max(0.04 + r - u, 0, u - (0.96 - r));
  const dy = Math.max(0.04 + r - v, 0, v - (0.96 - r));
  return dx * dx + dy * dy <= r * r && u >= 0.04 && u <= 0.96 && v >= 0.04 && v <= 0.96;
}

function plate(u: number, v: number): boolean {
  const d = Math.hypot(u - 0.5, v - 0.5);
  return (d <= 0.33 && d >= 0.26) || d <= 0.17;
}

function sample(size: number, x: number, y: number, shape: Shape, n = 4): number {
  let hit = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      if (shape((x + (i + 0.5) / n) / size, (y + (j + 0.5) / n) / size)) hit += 1;
    }
  }
  return hit / (n * n);
}

/** RGBA pixels of the icon at `size`×`size`. */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const tile = sample(size, x, y, roundedTile);
      const mark = sample(size, x, y, (u, v) => roundedTile(u, v) && plate(u, v));
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c += 1) {
        // Mark coverage is within the tile, so blend brand → white by the mark's share of the tile.
        const share = tile > 0 ? mark / tile : 0;
        px[o + c] = Math.round(BRAND[c]! * (1 - share) + WHITE[c]! * share);
      }
      px[o + 3] = Math.round(tile * 255);
    }
  }
  return px;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A truecolour-with-alpha, 8-bit PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error('pixel data does not match the size');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(rows, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export function iconPng(size: number): Buffer {
  return encodePng(size, size, drawIcon(size));
}

/** A Windows .ico holding PNG images (Vista and later read PNG entries; NSIS wants 256 px). */
export function encodeIco(images: Array<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size; // 0 means 256
    e[1] = size >= 256 ? 0 : size;
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}
