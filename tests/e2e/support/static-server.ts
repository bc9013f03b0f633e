import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { defined } from '../../support/defined';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Serves `directory` under `urlPrefix` (which starts and ends with "/"); the longest prefix wins. */
  mount(urlPrefix: string, directory: string): void;
  /** The file a URL path is served from, or undefined when it would be a 404. */
  resolveFile(urlPath: string): string | undefined;
  close(): Promise<void>;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A plain file server on loopback and a random port: no compression, no caching, nothing but files. */
export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  const table = new Map(Object.entries(mounts));

  function resolveFile(urlPath: string): string | undefined {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return undefined;
    }
    const prefix = [...table.keys()].sort((a, b) => b.length - a.length).find((candidate) => decoded.startsWith(candidate));
    if (!prefix) return undefined;
    const root = path.resolve(defined(table.get(prefix), `the folder mounted at ${prefix}`));
    let file = path.resolve(root, `.${path.posix.normalize(`/${decoded.slice(prefix.length)}`)}`);
    if (file !== root && !file.startsWith(root + path.sep)) return undefined;
    if (decoded.endsWith('/')) file = path.join(file, 'index.html');
    return isFile(file) ? file : undefined;
  }

  // An LMS relaunch carries the whole stored CMI in the harness URL: far more than Node's 16 KB default.
  const server: Server = createServer({ maxHeaderSize: 1 << 20 }, (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = request.method === 'GET' || request.method === 'HEAD' ? resolveFile(url.pathname) : undefined;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}`);
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    mount: (urlPrefix, directory) => void table.set(urlPrefix, directory),
    resolveFile,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
