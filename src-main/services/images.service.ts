/** Menu images: type checked by content (magic bytes), stored under an unguessable name. */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LIMITS } from '../../src-shared/limits';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../errors/app-error';
import type { ServiceContext } from './context';
import { asStorageError } from './storage-errors';

export function detectImageType(bytes: Buffer): 'png' | 'jpg' | 'webp' | null {
  if (
    bytes.length >= 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return 'png';
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('ascii') === 'RIFF' &&
    bytes.subarray(8, 12).toString('ascii') === 'WEBP'
  ) {
    return 'webp';
  }
  return null;
}

export async function saveImage(ctx: ServiceContext, bytes: Buffer): Promise<{ image_url: string }> {
  if (!bytes.length) throw new ValidationError('The image is empty');
  if (bytes.length > LIMITS.imageBytes) throw new PayloadTooLargeError('Images can be at most 2 MiB');
  const type = detectImageType(bytes);
  if (!type) throw new UnsupportedMediaTypeError('Only PNG, JPEG and WebP images are accepted');
  const name = `${randomBytes(16).toString('hex')}.${type}`;
  const tmp = path.join(ctx.config.imagesDir, `.${name}.tmp`);
  try {
    await mkdir(ctx.config.imagesDir, { recursive: true, mode: 0o700 });
    await writeFile(tmp, bytes, { mode: 0o600 });
    await rename(tmp, path.join(ctx.config.imagesDir, name));
  } catch (error) {
    // A half-written file (disk full) must not stay behind.
    await rm(tmp, { force: true }).catch(() => {});
    ctx.log.error('could not save an image:', error);
    throw asStorageError(error, 'The image');
  }
  return { image_url: `/images/${name}` };
}
