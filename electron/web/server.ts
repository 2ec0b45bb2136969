import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { CSP } from '../../shared/csp';
import type { Dispatch } from '../handlers/dispatch';
import { Budget, DEFAULT_LIMITS, type Limits } from './budget';
import { DOWNLOAD_PATH, readDownload } from './download';
import { parseRequestPath } from './target';

export interface WebServerStats {
  /** API calls admitted and not yet answered. */
  activeApi: number;
  /** Request bytes those calls hold (announced or received so far). */
  inFlightBytes: number;
  /** Handler errors caught by the guard (answered 500, logged). */
  faults: number;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  stats(): WebServerStats;
  /** Node's own timeouts as set on the server, in ms. */
  timeouts(): { headersTimeout: number; requestTimeout: number; keepAliveTimeout: number; timeout: number };
  close(): Promise<void>;
}

export interface Timeouts {
  /** Until the request's headers are complete (slow loris). */
  headersMs: number;
  /** Until the whole request, body included, is received. */
  requestMs: number;
  /** A kept-alive connection waiting for its next request. */
  keepAliveMs: number;
  /** A connection on which nothing happens. */
  idleMs: number;
  /** How often Node checks the first two. */
  checkEveryMs: number;
}

const DEFAULT_TIMEOUTS: Timeouts = { headersMs: 15_000, requestMs: 120_000, keepAliveMs: 5_000, idleMs: 120_000, checkEveryMs: 2_000 };

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  limits?: Partial<Limits>;
  timeouts?: Partial<Timeouts>;
  /** The product's output folder: "Tải về" serves files from it only. */
  outputDir?: string;
  /** Where handler errors go; the server keeps serving after each. */
  log?: (error: unknown) => void;
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

export const TOKEN_HEADER = 'x-phdv-token';
const BUSY = 'Máy chủ đang bận xử lý các yêu cầu khác; hãy thử lại sau giây lát.';
const TOO_LARGE = 'Dữ liệu gửi lên quá lớn.';

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', close = false, extra: Record<string, string> = {}): void {
  // A call may be refused while its body is still arriving: answer once.
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // Refused before its body was read: the connection ends rather than taking the rest.
    ...(close ? { Connection: 'close' } : {}),
    ...extra,
  });
  res.end(body);
}

/**
 * Serves the renderer and the contract on 127.0.0.1 only, for browsers on machines without
 * Electron and for the browser tests. Every API call must carry the per-run token (given to the
 * page in the URL fragment, which browsers never send to servers) and come with our own Host and
 * Origin, so other local processes and web pages (DNS rebinding) cannot use it. Any local program
 * can still reach the port, so no request may end the process or exhaust its memory.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = crypto.randomBytes(24).toString('base64url');
  const root = path.resolve(options.staticDir);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const t = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const log = options.log ?? ((e: unknown) => console.error('Máy chủ cục bộ: lỗi khi xử lý yêu cầu:', e));
  const budget = new Budget(limits);
  let faults = 0;
  let origin = '';

  /** Our own page with this run's token, or the reason to refuse. */
  function refusal(req: http.IncomingMessage): string | null {
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return 'Nguồn gọi không được phép';
    const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
    const expected = Buffer.from(token);
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return 'Thiếu hoặc sai mã phiên';
    return null;
  }

  function api(req: http.IncomingMessage, res: http.ServerResponse, channel: string, guard: (e: unknown) => void): void {
    if (req.method !== 'POST') return send(res, 405, 'Chỉ nhận POST');
    const denied = refusal(req);
    if (denied) return send(res, 403, denied);

    // Node has already checked that Content-Length, when present, is a plain number.
    const announced = req.headers['content-length'] === undefined ? null : Number(req.headers['content-length']);
    if (announced !== null && announced > limits.maxBodyBytes) return send(res, 413, TOO_LARGE, undefined, true);
    const ticket = budget.admit();
    if (!ticket) return send(res, 503, BUSY, undefined, true);
    // 'close' comes whether the call is answered or the client goes away half way.
    res.once('close', () => ticket.release());
    if (announced !== null && !ticket.reserve(announced)) return send(res, 503, BUSY, undefined, true);

    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (c: Buffer) => {
      if (refused) return;
      size += c.length;
      // A chunked body announces nothing: it is counted as it arrives.
      if (size > limits.maxBodyBytes) refused = true;
      else if (announced === null && !ticket.reserve(c.length)) refused = true;
      if (!refused) return void chunks.push(c);
      chunks.length = 0;
      send(res, size > limits.maxBodyBytes ? 413 : 503, size > limits.maxBodyBytes ? TOO_LARGE : BUSY, undefined, true);
    });
    req.on('end', () => {
      if (refused) return;
      let input: unknown;
      try {
        input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      } catch {
        return send(res, 400, 'JSON không hợp lệ');
      }
      chunks.length = 0;
      // The request is complete; a long import or restore must not count as an idle connection.
      req.socket.setTimeout(0);
      Promise.resolve()
        .then(() => options.dispatch(channel, input))
        .then((result) => send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8'))
        .catch(guard);
    });
  }

  function files(req: http.IncomingMessage, res: http.ServerResponse, decoded: string, guard: (e: unknown) => void): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Không hỗ trợ');
    const rel = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = path.resolve(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return send(res, 404, 'Không tìm thấy');
    fs.readFile(file, (err, data) => {
      try {
        if (err) return send(res, 404, 'Không tìm thấy');
        send(res, 200, data, TYPES[path.extname(file)] ?? 'application/octet-stream');
      } catch (e) {
        guard(e);
      }
    });
  }

  // The token travels in a header, as for the API: a URL would keep it in the history.
  function download(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.method !== 'GET') return send(res, 405, 'Chỉ nhận GET');
    const refused = refusal(req);
    if (refused) return send(res, 403, refused);
    const answer = readDownload(options.outputDir, req.url ?? '');
    if (answer.status === 404) return send(res, 404, answer.message);
    send(res, 200, answer.bytes, answer.type, false, { 'Content-Disposition': answer.disposition });
  }

  const server = http.createServer(
    { headersTimeout: t.headersMs, requestTimeout: t.requestMs, keepAliveTimeout: t.keepAliveMs, connectionsCheckingInterval: t.checkEveryMs },
    (req, res) => {
      // The guard: whatever a handler throws is logged and answered, and the server serves on.
      const guard = (e: unknown) => {
        faults++;
        try {
          log(e);
        } catch {
          // A failing logger must not bring the server down either.
        }
        if (!res.headersSent) send(res, 500, 'Máy chủ cục bộ gặp lỗi khi xử lý yêu cầu; hãy thử lại.', undefined, true);
        else res.destroy();
      };
      req.on('error', () => {});
      res.on('error', () => {});
      try {
        if (req.headers.host !== origin.slice('http://'.length)) return send(res, 421, 'Sai địa chỉ máy chủ');
        const target = parseRequestPath(req.url);
        if (!target) return send(res, 400, 'Địa chỉ yêu cầu không hợp lệ.', undefined, true);
        if (target.raw.startsWith('/api/')) return api(req, res, target.decoded.slice('/api/'.length), guard);
        if (target.raw === DOWNLOAD_PATH) return download(req, res);
        files(req, res, target.decoded, guard);
      } catch (e) {
        guard(e);
      }
    },
  );
  server.timeout = t.idleMs;

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
    stats: () => ({ activeApi: budget.active, inFlightBytes: budget.bytes, faults }),
    timeouts: () => ({ headersTimeout: server.headersTimeout, requestTimeout: server.requestTimeout, keepAliveTimeout: server.keepAliveTimeout, timeout: server.timeout }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
