import { inflateRawSync } from 'node:zlib';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFileCompressor, type FileCompressor } from '../../../../src/integration/scorm/file-compressor';
import { packFile } from '../../../../src/integration/scorm/zip-package';
import { defined } from '../../../support/defined';

// Records the compressor's worker threads, so a test can see that close() ends them.
const started = vi.hoisted(() => [] as Worker[]);
vi.mock('node:worker_threads', async (importOriginal) => {
  const threads = await importOriginal<typeof import('node:worker_threads')>();
  class RecordedWorker extends threads.Worker {
    constructor(...args: ConstructorParameters<typeof threads.Worker>) {
      super(...args);
      started.push(this);
    }
  }
  return { ...threads, Worker: RecordedWorker };
});

const opened: FileCompressor[] = [];
afterEach(async () => {
  started.splice(0);
  await Promise.all(opened.splice(0).map((compressor) => compressor.close()));
});

function openCompressor(): FileCompressor {
  const compressor = createFileCompressor();
  opened.push(compressor);
  return compressor;
}

const page = '<!DOCTYPE html><html><body>' + '<p>Listening without fixing. </p>'.repeat(200) + '</body></html>';
const encode = (text: string) => new TextEncoder().encode(text);

describe('createFileCompressor', () => {
  it('packs a file the way packFile does, and the deflated bytes inflate back to the input', async () => {
    const input = encode(page);
    const expected = packFile('courses/x/index.html', input);
    const packed = await openCompressor().pack('courses/x/index.html', input.slice());
    expect(packed).toMatchObject({ path: 'courses/x/index.html', size: expected.size, crc: expected.crc });
    expect(new Uint8Array(inflateRawSync(packed.deflated))).toEqual(input);
    expect(packed.deflated).toEqual(new Uint8Array(expected.deflated));
    expect(packed.deflated.length).toBeLessThan(input.length / 10);
  });

  it('stores already-compressed formats at level 0, as packFile does', async () => {
    const input = encode(page);
    const expected = packFile('_astro/font.I9.woff2', input);
    const packed = await openCompressor().pack('_astro/font.I9.woff2', input.slice());
    expect(packed).toMatchObject({ size: expected.size, crc: expected.crc });
    expect(packed.deflated).toEqual(new Uint8Array(expected.deflated));
    // Stored blocks: the whole input plus a few header bytes, no smaller.
    expect(packed.deflated.length).toBeGreaterThan(input.length);
    expect(new Uint8Array(inflateRawSync(packed.deflated))).toEqual(input);
  });

  it('copies bytes that share their buffer (a pooled Buffer) and still packs just them', async () => {
    const pooled = Buffer.from('<p>short page</p>');
    expect(pooled.byteOffset > 0 || pooled.byteLength < pooled.buffer.byteLength).toBe(true);
    const expected = packFile('courses/x/a.html', pooled);
    const packed = await openCompressor().pack('courses/x/a.html', pooled);
    expect(packed).toMatchObject({ size: expected.size, crc: expected.crc });
    expect(Buffer.from(inflateRawSync(packed.deflated)).toString('utf8')).toBe('<p>short page</p>');
  });

  it('answers each of many files waiting at once with its own result', async () => {
    const compressor = openCompressor();
    const inputs = Array.from({ length: 40 }, (_, index) => encode(`${index}:`.repeat(index * 50 + 1)));
    const packed = await Promise.all(inputs.map((input, index) => compressor.pack(`courses/x/${index}.html`, input.slice())));
    packed.forEach((file, index) => {
      expect(file.path).toBe(`courses/x/${index}.html`);
      const input = defined(inputs[index], `input ${index}`);
      expect(file.crc).toBe(packFile(file.path, input).crc);
      expect(new Uint8Array(inflateRawSync(file.deflated))).toEqual(input);
    });
  });

  it('refuses entry paths a package cannot hold, as packFile does', () => {
    const compressor = openCompressor();
    for (const bad of ['/courses/x/index.html', 'courses/../x.html', 'courses/x/.DS_Store']) {
      expect(() => compressor.pack(bad, encode('x'))).toThrow(/Cannot put/);
    }
  });

  it('runs one worker thread, which close ends', async () => {
    const compressor = openCompressor();
    await compressor.pack('courses/x/index.html', encode(page));
    expect(started).toHaveLength(1);
    const worker = defined(started[0], 'a started worker');
    const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
    await compressor.close();
    await expect(exited).resolves.toBeTypeOf('number');
    expect(worker.threadId).toBe(-1);
  });
});
