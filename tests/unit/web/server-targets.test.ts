import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import type { Dispatch } from '../../../electron/handlers/dispatch';
import { tempDir } from '../../helpers/temp';
import { rawStatus } from './raw-http';

/**
 * Each of these request targets used to end the whole process (an exception thrown out of the
 * request handler); the first ones need no token, so any local program could stop the app.
 */
const open: WebServer[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

async function serve(dispatch: Dispatch = async () => ({ ok: true, value: 'pong' })) {
  const stat = path.join(tempDir(), 'static');
  fs.mkdirSync(stat);
  fs.writeFileSync(path.join(stat, 'index.html'), '<p>xin chào</p>');
  const logged: unknown[] = [];
  const server = await startWebServer({ dispatch, staticDir: stat, log: (e) => logged.push(e) });
  open.push(server);
  const host = `Host: 127.0.0.1:${server.port}`;
  const get = (target: string) => rawStatus(server.port, `GET ${target} HTTP/1.1\r\n${host}\r\nConnection: close`);
  const post = (target: string, body = '{}') =>
    rawStatus(server.port, `POST ${target} HTTP/1.1\r\n${host}\r\nx-phdv-token: ${server.token}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close`, body);
  return { server, get, post, logged };
}

describe('the web server answers every request target and keeps serving', () => {
  const BAD_GETS = ['/%', '/%E0%A4%A', '/%00', '/index.html%00.js', 'http://[', '/%ZZ', '/a%0Ab', '/%C0%AF', '*', 'http://127.0.0.1:1/%'];

  for (const target of BAD_GETS) {
    it(`GET ${JSON.stringify(target)} → 400, then the page is still served`, async () => {
      const { get } = await serve();
      expect(await get(target)).toBe(400);
      expect(await get('/')).toBe(200);
    });
  }

  for (const target of ['/api/%E0%A4%A', '/api/%', '/api/plan.list%00', '/api/%00']) {
    it(`POST ${target} with the token → 400, then the API still answers`, async () => {
      const { post } = await serve();
      expect(await post(target)).toBe(400);
      expect(await post('/api/app.info')).toBe(200);
    });
  }

  it('every bad target in a row, on one server, then both a page and an API call', async () => {
    const { get, post } = await serve();
    for (const t of BAD_GETS) expect(await get(t), t).toBe(400);
    expect(await post('/api/%E0%A4%A')).toBe(400);
    expect(await get('/')).toBe(200);
    expect(await post('/api/app.info')).toBe(200);
  });

  it('a handler that throws or rejects is answered 500 and logged; the server keeps serving', async () => {
    let mode: 'throw' | 'reject' | 'ok' = 'throw';
    const dispatch = ((_c: unknown, _i: unknown) => {
      if (mode === 'throw') throw new Error('boom');
      if (mode === 'reject') return Promise.reject(new Error('later boom'));
      return Promise.resolve({ ok: true, value: 1 });
    }) as Dispatch;
    const { post, logged, server } = await serve(dispatch);
    expect(await post('/api/app.info')).toBe(500);
    mode = 'reject';
    expect(await post('/api/app.info')).toBe(500);
    mode = 'ok';
    expect(await post('/api/app.info')).toBe(200);
    expect(logged.map((e) => (e as Error).message)).toEqual(['boom', 'later boom']);
    expect(server.stats().faults).toBe(2);
  });
});
