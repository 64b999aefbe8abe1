import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

// A plain static file server that mounts a folder under a sub-path, as a course site or a
// university web space would, to check the build needs nothing at the host's root.

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.css': 'text/css',
};

export async function serveUnder(folder: string, mount: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(mount)) { response.writeHead(404).end('not here'); return; }
    const relative = normalize(path.slice(mount.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    const file = join(folder, relative.endsWith('/') || relative === '.' ? join(relative, 'index.html') : relative);
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}${mount}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
