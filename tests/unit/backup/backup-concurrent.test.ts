import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupFile } from '../../../shared/domain/app';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';

describe('backups taken at once', () => {
  it('twenty backup.create calls at the same moment all succeed, each into its own complete file', async () => {
    const dir = tempDir();
    const s = await openTestServices(path.join(dir, 'c.db'));
    try {
      const replies = await Promise.all(Array.from({ length: 20 }, () => s.dispatch('backup.create', {})));
      expect(replies.filter((r) => !r.ok)).toEqual([]);
      const files = replies.map((r) => (r.ok ? (r.value as BackupFile).path : ''));
      expect(new Set(files).size).toBe(20);
      for (const f of files) {
        expect(path.basename(f)).toMatch(/^sao-luu-\d{8}-\d{6}-\d{3}-[0-9a-f]{8}(-\d+)?\.db$/);
        const copy = new BetterSqlite3(f, { readonly: true, fileMustExist: true });
        expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
        expect(copy.prepare('SELECT count(*) FROM indicators').pluck().get()).toBe(46);
        expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
        copy.close();
      }
      // No temporary file is left behind, and the list shows every copy once.
      expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      const listed = await s.dispatch('backup.list', {});
      expect(listed.ok && (listed.value as BackupFile[]).filter((b) => b.name.startsWith('sao-luu-')).length).toBe(20);
    } finally {
      await s.close();
    }
  });

  it('two backups to the same named file (CLI --out) both land, the second beside the first', async () => {
    const dir = tempDir();
    const s = await openTestServices(path.join(dir, 'o.db'));
    try {
      const { createBackup } = await import('../../../electron/backup/service');
      const out = path.join(dir, 'ra', 'sao-luu.db');
      const made = await Promise.all(Array.from({ length: 10 }, () => createBackup(s.ctx, out)));
      expect(new Set(made.map((m) => m.path)).size).toBe(10);
      expect(made.map((m) => m.path)).toContain(out);
      for (const m of made) expect(fs.statSync(m.path).size).toBeGreaterThan(0);
    } finally {
      await s.close();
    }
  });
});
