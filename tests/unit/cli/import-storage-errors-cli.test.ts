import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../electron/cli/commands/import';
import { runCli } from '../../../electron/cli/main';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';

const SAMPLES = path.resolve(import.meta.dirname, '../../fixtures/samples');
const BATCH = ['NghiaHanh_BDV_Q1_2021.xlsx', 'TuNghia_BCHQS_Q1_2021.xlsx', 'BaoCao_Q2_BCHQS_SonHa.xlsx'].map((f) => path.join(SAMPLES, f));

interface FileRow {
  file: string;
  status: string;
  version: number | null;
  reason: { code: string; message: string } | null;
}

describe('import batch when the disk fills', () => {
  it('keeps the files saved before, and the file that hit the full disk says so (disk_full), the batch not aborted', async () => {
    const db = path.join(tempDir(), 'full.db');
    const s = await openTestServices(db);
    const out: string[] = [];
    const errors: string[] = [];
    try {
      // The disk fills right after the first file is saved: the database may not grow by one page more.
      const save = s.importer.save.bind(s.importer);
      let saves = 0;
      s.importer.save = async (...args) => {
        const r = await save(...args);
        if (++saves === 1) s.ctx.raw.pragma(`max_page_count = ${s.ctx.raw.pragma('page_count', { simple: true }) as number}`);
        return r;
      };
      const { notSaved } = await importFiles(s.importer, { json: true, out: (t) => out.push(t), err: (t) => errors.push(t) }, BATCH, { dryRun: false, dbPath: db });
      const files = (JSON.parse(out.join('\n')) as { files: FileRow[] }).files;
      expect(files.map((f) => f.status)).toEqual(['accepted', 'not_saved', 'not_saved']);
      expect(notSaved).toBe(2);
      expect(files[0]!.version).toBe(1);
      for (const f of files.slice(1)) {
        expect(f.reason).toMatchObject({ code: 'disk_full', message: expect.stringContaining('Ổ đĩa chứa tệp dữ liệu full.db đã đầy') });
        expect(f.version).toBeNull();
      }
      // Saved before stays saved; nothing of the others was written.
      expect(s.ctx.raw.prepare('SELECT count(*) FROM reports').pluck().get()).toBe(1);
    } finally {
      await s.close();
    }
  });
});

/**
 * Tests run as root, and root writes any file whatever its mode. A user namespace (`unshare -U`)
 * runs the CLI as an unprivileged user for whom chmod counts again, so the read-only file is real.
 */
const canDropRoot = spawnSync('unshare', ['-U', 'true']).status === 0;
const TSX = path.resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');
const CLI = path.resolve(import.meta.dirname, '../../../electron/cli/bin.ts');
const runUnprivileged = (args: string[]) => spawnSync('unshare', ['-U', TSX, CLI, ...args], { encoding: 'utf8', timeout: 120_000 });

describe.skipIf(!canDropRoot)('a database that cannot be written (run without root through unshare -U)', () => {
  it('a database in a read-only folder is reported as read_only with what to do, not as "not a SQLite database"', async () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o755);
    const db = path.join(dir, 'du-lieu.db');
    expect(await runCli(['plan', 'show', '--db', db], { out: () => {}, err: () => {} })).toBe(0);
    fs.chmodSync(db, 0o444);
    fs.chmodSync(dir, 0o555);
    try {
      const r = runUnprivileged(['plan', 'show', '--db', db, '--json']);
      expect(r.status, r.stderr).toBe(1);
      const error = (JSON.parse(r.stdout) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe('read_only');
      expect(error.message).toContain('du-lieu.db hoặc thư mục chứa nó chỉ cho phép đọc');
      expect(r.stderr).toContain('Lỗi: Tệp dữ liệu du-lieu.db');
      expect(r.stderr).not.toMatch(/không phải là cơ sở dữ liệu/);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });

  it('a read-only database file: the import says read_only for the file and exits 1', async () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o777);
    const db = path.join(dir, 'du-lieu.db');
    expect(await runCli(['plan', 'show', '--db', db], { out: () => {}, err: () => {} })).toBe(0);
    fs.chmodSync(db, 0o444);
    const r = runUnprivileged(['import', BATCH[0]!, '--db', db, '--json']);
    expect(r.status, r.stderr).toBe(1);
    const files = (JSON.parse(r.stdout) as { files: FileRow[] }).files;
    expect(files[0]).toMatchObject({ status: 'not_saved', reason: { code: 'read_only', message: expect.stringContaining('Read-only') } });
  });
});
