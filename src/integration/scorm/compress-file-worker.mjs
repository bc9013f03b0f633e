// The file compressor's worker thread (see file-compressor.ts): deflates each file it is sent with Node's zlib and
// hands the bytes back without copying. Plain JavaScript, so Node runs it as it is, however the build loads the
// module that starts it.
import { parentPort } from 'node:worker_threads';
import { crc32, deflateRawSync } from 'node:zlib';

parentPort?.on('message', ({ id, bytes, level }) => {
  const deflated = deflateRawSync(bytes, { level });
  const own = deflated.byteOffset === 0 && deflated.byteLength === deflated.buffer.byteLength;
  const result = own ? deflated : new Uint8Array(deflated);
  parentPort?.postMessage({ id, crc: crc32(bytes), deflated: result }, [result.buffer]);
});
