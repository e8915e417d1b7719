import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { BlobStore } from './blob-store.ts';

/** A key is one or more safe path segments: no `..`, no absolute paths, nothing odd. */
const KEY = /^[A-Za-z0-9_-]{1,64}(\/[A-Za-z0-9_-]{1,128})*$/;

/**
 * Blobs as files under one directory (`DATA_DIR/blobs`). Writes go to a temp
 * file first and are renamed into place, so a reader never sees half a blob
 * and a crash leaves only a stray temp file.
 */
export function fsBlobStore(root: string): BlobStore {
  const base = resolve(root);
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new Error('invalid blob key');
    const path = join(base, ...key.split('/'));
    if (!path.startsWith(base + sep)) throw new Error('invalid blob key');
    return path;
  };
  const tempBeside = async (path: string) => {
    await mkdir(dirname(path), { recursive: true });
    return `${path}.${randomBytes(6).toString('hex')}.tmp`;
  };

  return {
    async put(key, source) {
      const path = pathOf(key);
      const temp = await tempBeside(path);
      try {
        await pipeline(source, createWriteStream(temp, { flags: 'wx' }));
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async putFile(key, file) {
      const path = pathOf(key);
      const temp = await tempBeside(path);
      try {
        // A rename across file systems fails; copying to the temp file then renaming stays atomic.
        await rename(file, temp).catch(() => copyFile(file, temp));
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async get(key) {
      const path = pathOf(key);
      if (!(await exists(path))) return null;
      return createReadStream(path);
    },
    async has(key) {
      return exists(pathOf(key));
    },
    async size(key) {
      const info = await stat(pathOf(key)).catch(() => null);
      return info?.isFile() ? info.size : null;
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

async function exists(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ?? false;
}
