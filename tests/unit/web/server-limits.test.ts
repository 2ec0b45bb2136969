import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer, type WebServerOptions } from '../../../electron/web/server';
import type { Dispatch } from '../../../electron/handlers/dispatch';
import { tempDir } from '../../helpers/temp';
import { connect, rawStatus } from './raw-http';

/**
 * Limits are read from the server's own counters and from its answers, never from a clock: the
 * timeouts are made small through the options, and the test only waits for the close.
 */
const open: WebServer[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

/** A dispatch that holds every call until released, so calls can be kept in flight. */
function heldDispatch() {
  const waiting: (() => void)[] = [];
  const dispatch: Dispatch = () => new Promise((resolve) => waiting.push(() => resolve({ ok: true, value: 'ok' })));
  return { dispatch, waiting, releaseAll: () => waiting.splice(0).forEach((r) => r()) };
}

async function serve(dispatch: Dispatch, extra: Partial<WebServerOptions> = {}) {
  const stat = path.join(tempDir(), 'static');
  fs.mkdirSync(stat);
  fs.writeFileSync(path.join(stat, 'index.html'), '<p>xin chào</p>');
  const server = await startWebServer({ dispatch, staticDir: stat, log: () => {}, ...extra });
  open.push(server);
  const head = (target: string, length: number | 'chunked') =>
    `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nx-phdv-token: ${server.token}\r\nContent-Type: application/json\r\n` +
    (length === 'chunked' ? 'Transfer-Encoding: chunked' : `Content-Length: ${length}`) +
    '\r\n\r\n';
  return { server, head };
}

/** Waits until the server's counters say what we expect (events, not time, decide). */
async function until(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((r) => setImmediate(r));
}

describe('the web server caps concurrent API calls and the bytes in flight', () => {
  it('answers 503 beyond the concurrent calls allowed, and serves again once they finish', async () => {
    const held = heldDispatch();
    const { server } = await serve(held.dispatch, { limits: { maxConcurrentApi: 2 } });
    const host = `Host: 127.0.0.1:${server.port}`;
    const call = () => rawStatus(server.port, `POST /api/app.info HTTP/1.1\r\n${host}\r\nx-phdv-token: ${server.token}\r\nContent-Length: 2\r\nConnection: close`, '{}');
    const first = [call(), call()];
    await until(() => held.waiting.length === 2);
    expect(server.stats().activeApi).toBe(2);
    expect(await call()).toBe(503);
    expect(held.waiting).toHaveLength(2);
    held.releaseAll();
    expect(await Promise.all(first)).toEqual([200, 200]);
    await until(() => server.stats().activeApi === 0);
    const again = call();
    await until(() => held.waiting.length === 1);
    held.releaseAll();
    expect(await again).toBe(200);
  });

  it('refuses a body announced larger than one request may be (413) before reading it', async () => {
    const { server, head } = await serve(heldDispatch().dispatch, { limits: { maxBodyBytes: 1000, maxInFlightBytes: 5000 } });
    const c = await connect(server.port);
    c.write(head('/api/import.stage', 1001));
    expect(await c.status()).toBe(413);
    expect(server.stats().inFlightBytes).toBe(0);
    await c.closed();
  });

  it('answers 503 when the announced bytes would pass the in-flight budget, before buffering them', async () => {
    const held = heldDispatch();
    const { server, head } = await serve(held.dispatch, { limits: { maxBodyBytes: 1000, maxInFlightBytes: 1500 } });
    const a = await connect(server.port);
    a.write(head('/api/import.stage', 900) + '{"x":"');
    await until(() => server.stats().inFlightBytes === 900);
    const b = await connect(server.port);
    b.write(head('/api/import.stage', 900));
    expect(await b.status()).toBe(503);
    expect(server.stats().inFlightBytes).toBe(900);
    // The first client gives up half way: its reservation is returned.
    a.socket.destroy();
    await until(() => server.stats().inFlightBytes === 0 && server.stats().activeApi === 0);
    const after = rawStatus(server.port, head('/api/app.info', 2).slice(0, -4) + '\r\nConnection: close', '{}');
    await until(() => held.waiting.length === 1);
    held.releaseAll();
    expect(await after).toBe(200);
  });

  it('counts a chunked body as it arrives and stops it when the budget is passed', async () => {
    const { server, head } = await serve(heldDispatch().dispatch, { limits: { maxBodyBytes: 1000, maxInFlightBytes: 1500 } });
    const a = await connect(server.port);
    a.write(head('/api/import.stage', 900) + 'x'.repeat(10));
    await until(() => server.stats().inFlightBytes === 900);
    const b = await connect(server.port);
    b.write(head('/api/import.stage', 'chunked'));
    const chunk = 'y'.repeat(400);
    b.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    await until(() => server.stats().inFlightBytes === 1300);
    b.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    expect(await b.status()).toBe(503);
    await b.closed();
    await until(() => server.stats().inFlightBytes === 900);
    a.socket.destroy();
    await until(() => server.stats().inFlightBytes === 0);
  });

  it('stops a chunked body larger than one request may be (413)', async () => {
    const { server, head } = await serve(heldDispatch().dispatch, { limits: { maxBodyBytes: 500, maxInFlightBytes: 5000 } });
    const b = await connect(server.port);
    b.write(head('/api/import.stage', 'chunked'));
    const chunk = 'z'.repeat(300);
    b.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    expect(await b.status()).toBe(413);
    await b.closed();
    await until(() => server.stats().inFlightBytes === 0);
  });
});

describe('the web server closes idle and slow connections', () => {
  const small = { headersMs: 150, requestMs: 300, keepAliveMs: 100, idleMs: 400, checkEveryMs: 50 };

  it('closes a connection that never finishes its headers (slow loris)', async () => {
    const { server } = await serve(heldDispatch().dispatch, { timeouts: small });
    const c = await connect(server.port);
    c.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Slow: a`);
    await c.closed();
    expect(await rawStatus(server.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close`)).toBe(200);
  });

  it('closes a connection that sends its body too slowly and returns its bytes', async () => {
    const { server, head } = await serve(heldDispatch().dispatch, { timeouts: small });
    const c = await connect(server.port);
    c.write(head('/api/import.stage', 100) + '{');
    await until(() => server.stats().inFlightBytes === 100);
    await c.closed();
    await until(() => server.stats().inFlightBytes === 0 && server.stats().activeApi === 0);
  });

  it('closes a kept-alive connection left idle after its answer', async () => {
    const { server } = await serve(heldDispatch().dispatch, { timeouts: small });
    const c = await connect(server.port);
    c.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`);
    expect(await c.status()).toBe(200);
    await c.closed();
  });

  it('closes a connection that never sends anything', async () => {
    const { server } = await serve(heldDispatch().dispatch, { timeouts: small });
    const c = await connect(server.port);
    await c.closed();
  });

  it('sets Node’s own timeouts on the server by default', async () => {
    const { server } = await serve(heldDispatch().dispatch);
    const t = server.timeouts();
    expect(t.headersTimeout).toBeGreaterThan(0);
    expect(t.requestTimeout).toBeGreaterThanOrEqual(t.headersTimeout);
    expect(t.keepAliveTimeout).toBeGreaterThan(0);
    expect(t.timeout).toBeGreaterThan(0);
  });
});
