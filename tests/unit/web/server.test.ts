import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startWebServer } from '../../../electron/web/server';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';

function request(port: number, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('local web server', () => {
  it('serves the API only with the run token, our Host and our Origin; static files without escaping the folder', async () => {
    const dir = tempDir();
    const stat = path.join(dir, 'static');
    fs.mkdirSync(stat);
    fs.writeFileSync(path.join(stat, 'index.html'), '<p>xin chào</p>');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'bí mật');
    const s = await openTestServices();
    const server = await startWebServer({ dispatch: s.dispatch, staticDir: stat });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
      const host = `127.0.0.1:${server.port}`;
      const api = (headers: Record<string, string>) =>
        request(server.port, { path: '/api/plan.list', method: 'POST', headers: { host, 'content-type': 'application/json', ...headers }, body: '{}' });

      const good = await api({ 'x-phdv-token': server.token });
      expect(good.status).toBe(200);
      expect(JSON.parse(good.body)).toMatchObject({ ok: true, value: [{ year: 2021 }] });
      expect((await api({})).status).toBe(403);
      expect((await api({ 'x-phdv-token': 'sai' })).status).toBe(403);
      expect((await api({ 'x-phdv-token': server.token, origin: 'http://evil.example' })).status).toBe(403);
      expect((await api({ 'x-phdv-token': server.token, host: 'evil.example' })).status).toBe(421);

      const page = await request(server.port, { path: '/', headers: { host } });
      expect(page.body).toContain('xin chào');
      expect(page.headers['content-security-policy']).toContain("default-src 'none'");
      const escape = await request(server.port, { path: '/..%2Fsecret.txt', headers: { host } });
      expect(escape.status).toBe(404);
      expect(escape.body).not.toContain('bí mật');
    } finally {
      await server.close();
      await s.close();
    }
  });
});
