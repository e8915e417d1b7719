import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blobKey } from './blob-store.ts';
import { fsBlobStore } from './fs-blob-store.ts';

describe('filesystem blob store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rodnik-blobs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores, streams back, sizes and deletes a blob by key', async () => {
    const blobs = fsBlobStore(join(dir, 'blobs'));
    const key = blobKey('family-1', 'a'.repeat(64));
    expect(await blobs.has(key)).toBe(false);
    expect(await blobs.get(key)).toBeNull();
    await blobs.put(key, Readable.from([Buffer.from('скан '), Buffer.from('паспорта')]));
    expect(await blobs.has(key)).toBe(true);
    expect(await blobs.size(key)).toBe(Buffer.byteLength('скан паспорта'));
    expect(await text((await blobs.get(key))!)).toBe('скан паспорта');
    await blobs.delete(key);
    expect(await blobs.has(key)).toBe(false);
    expect(await blobs.size(key)).toBeNull();
  });

  it('moves a local file in, leaving no temp file behind', async () => {
    const blobs = fsBlobStore(join(dir, 'blobs'));
    const staged = join(dir, 'staged.bin');
    writeFileSync(staged, 'bytes');
    await blobs.putFile('family-2/' + 'b'.repeat(64), staged);
    expect(readdirSync(join(dir, 'blobs', 'family-2'))).toEqual(['b'.repeat(64)]);
    expect(await text((await blobs.get('family-2/' + 'b'.repeat(64)))!)).toBe('bytes');
  });

  it('keeps nothing when the source stream fails half-way', async () => {
    const blobs = fsBlobStore(join(dir, 'blobs'));
    async function* broken() {
      yield Buffer.from('half');
      throw new Error('connection lost');
    }
    await expect(blobs.put('family-3/x', Readable.from(broken()))).rejects.toThrow(
      'connection lost',
    );
    expect(await blobs.has('family-3/x')).toBe(false);
    expect(readdirSync(join(dir, 'blobs', 'family-3'))).toEqual([]);
  });

  it('refuses keys that would leave its directory', async () => {
    const blobs = fsBlobStore(join(dir, 'blobs'));
    await expect(blobs.has('../outside')).rejects.toThrow('invalid blob key');
    await expect(blobs.has('/etc/passwd')).rejects.toThrow('invalid blob key');
  });
});
