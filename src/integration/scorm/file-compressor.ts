import { Worker } from 'node:worker_threads';
import { checkEntryPath, compressionLevel, type PackedFile } from './zip-package';

/** Compresses files for packages on another thread, so the build's main thread keeps working meanwhile. */
export interface FileCompressor {
  /** Packs one file as packFile does; `bytes` is handed over to the other thread and must not be used again. */
  pack(path: string, bytes: Uint8Array<ArrayBuffer>): Promise<PackedFile>;
  close(): Promise<void>;
}

interface Compressed {
  id: number;
  crc: number;
  deflated: Uint8Array<ArrayBuffer>;
}

/**
 * One worker thread running Node's zlib: measured against zlib's own thread-pool calls on built pages, it
 * costs this thread a fifth as much per file (a message instead of a zlib stream object per call).
 */
export function createFileCompressor(): FileCompressor {
  const worker = new Worker(new URL('./compress-file-worker.mjs', import.meta.url));
  const waiting = new Map<number, { path: string; size: number; resolve: (packed: PackedFile) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  worker.on('message', ({ id, crc, deflated }: Compressed) => {
    const request = waiting.get(id);
    waiting.delete(id);
    request?.resolve({ path: request.path, size: request.size, crc, deflated });
  });
  worker.on('error', (error) => {
    for (const request of waiting.values()) request.reject(error);
    waiting.clear();
  });
  return {
    pack(path, bytes) {
      checkEntryPath(path);
      const id = nextId++;
      const packed = new Promise<PackedFile>((resolve, reject) => waiting.set(id, { path, size: bytes.length, resolve, reject }));
      // Only a buffer the bytes fill alone can be handed over; anything else (a pooled Buffer) is copied.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const sent = own ? bytes : new Uint8Array(bytes);
      worker.postMessage({ id, bytes: sent, level: compressionLevel(path) }, [sent.buffer]);
      return packed;
    },
    async close() {
      await worker.terminate();
    },
  };
}
