import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWebServer } from '../../../electron/web/server';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';

function get(port: number, target: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: Buffer; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: target, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the download route of the browser build ("Tải về")', () => {
  it('returns the bytes of a file the app saved, with the token only, and nothing outside the output folder', async () => {
    const dir = tempDir('phdv-download-');
    const s = await openTestServices(path.join(dir, 'test.db'));
    const server = await startWebServer({ dispatch: s.dispatch, staticDir: dir, outputDir: s.outputDir });
    try {
      const host = `127.0.0.1:${server.port}`;
      const saved = await s.dispatch('template.save', { period: '2021-Q2', unit: '524-BDV' });
      if (!saved.ok) throw new Error(saved.error.message);
      expect(saved.value).toMatchObject({ count: 1, inOutputFolder: true });
      const file = (saved.value as { files: string[] }).files[0]!;
      const url = (p: string) => `/download?file=${encodeURIComponent(p)}`;

      const good = await get(server.port, url(file), { host, 'x-phdv-token': server.token });
      expect(good.status).toBe(200);
      expect(good.body.equals(fs.readFileSync(file))).toBe(true);
      expect(good.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(good.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(path.basename(file))}`);

      expect((await get(server.port, url(file), { host })).status).toBe(403);
      expect((await get(server.port, url(file), { host, 'x-phdv-token': 'sai' })).status).toBe(403);
      expect((await get(server.port, url(file), { host, 'x-phdv-token': server.token, origin: 'http://evil.example' })).status).toBe(403);

      // The database beside the output folder, a `..` walk to it, a link to it, the folder itself.
      fs.symlinkSync(path.join(dir, 'test.db'), path.join(s.outputDir, 'lien-ket.xlsx'));
      for (const p of [path.join(dir, 'test.db'), `${s.outputDir}/../test.db`, path.join(s.outputDir, 'lien-ket.xlsx'), s.outputDir, 'test.db']) {
        const r = await get(server.port, url(p), { host, 'x-phdv-token': server.token });
        expect(r.status, p).toBe(404);
        expect(r.body.toString('utf8')).toBe('Không có tệp này trong thư mục xuất của phần mềm.');
      }
    } finally {
      await server.close();
      await s.close();
    }
  });

  it('a server started without an output folder serves no downloads', async () => {
    const dir = tempDir('phdv-download-');
    fs.writeFileSync(path.join(dir, 'a.docx'), 'x');
    const s = await openTestServices(path.join(dir, 'test.db'));
    const server = await startWebServer({ dispatch: s.dispatch, staticDir: dir });
    try {
      const r = await get(server.port, `/download?file=${encodeURIComponent(path.join(dir, 'a.docx'))}`, { host: `127.0.0.1:${server.port}`, 'x-phdv-token': server.token });
      expect(r.status).toBe(404);
    } finally {
      await server.close();
      await s.close();
    }
  });
});
