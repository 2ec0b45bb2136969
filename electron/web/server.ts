import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { CSP } from '../../shared/csp';
import type { Dispatch } from '../handlers/dispatch';

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

const MAX_BODY = 80 * 1024 * 1024;
export const TOKEN_HEADER = 'x-phdv-token';

/**
 * Serves the renderer and the contract on 127.0.0.1 only, for browsers on machines without
 * Electron and for the browser tests. Every API call must carry the per-run token (given to the
 * page in the URL fragment, which browsers never send to servers) and come with our own Host and
 * Origin, so other local processes and web pages (DNS rebinding) cannot use it.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = crypto.randomBytes(24).toString('base64url');
  const root = path.resolve(options.staticDir);
  let origin = '';

  const server = http.createServer((req, res) => {
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Resource-Policy': 'same-origin',
      });
      res.end(body);
    };
    if (req.headers.host !== origin.slice('http://'.length)) return send(421, 'Sai địa chỉ máy chủ');
    const url = new URL(req.url ?? '/', origin);

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(405, 'Chỉ nhận POST');
      if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(403, 'Nguồn gọi không được phép');
      const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
      const expected = Buffer.from(token);
      if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return send(403, 'Thiếu hoặc sai mã phiên');
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) {
          send(413, 'Dữ liệu gửi lên quá lớn');
          req.destroy();
        } else chunks.push(c);
      });
      req.on('end', () => {
        if (size > MAX_BODY) return;
        let input: unknown;
        try {
          input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        } catch {
          return send(400, 'JSON không hợp lệ');
        }
        const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
        void options.dispatch(channel, input).then((result) => send(200, JSON.stringify(result), 'application/json; charset=utf-8'));
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Không hỗ trợ');
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return send(404, 'Không tìm thấy');
    fs.readFile(file, (err, data) => {
      if (err) return send(404, 'Không tìm thấy');
      send(200, data, TYPES[path.extname(file)] ?? 'application/octet-stream');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
